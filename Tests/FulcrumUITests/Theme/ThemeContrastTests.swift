import Foundation
import Testing

@testable import FulcrumUI

/// The shipped themes: each parses, sets every role, and keeps text readable.
@Suite("Shipped themes")
struct ThemeContrastTests {
  static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes")
  static let shipped = ["dark", "light", "high-contrast", "colorblind", "mono"]

  /// A terminal's own colours, standing in for `default` in a theme.
  struct TerminalColors: CustomTestStringConvertible, Sendable {
    var name: String
    var foreground: (UInt8, UInt8, UInt8)
    var background: (UInt8, UInt8, UInt8)
    var testDescription: String { name }
  }

  static let terminals = [
    TerminalColors(name: "dark terminal", foreground: (229, 229, 229), background: (0, 0, 0)),
    TerminalColors(
      name: "light terminal", foreground: (0, 0, 0), background: (255, 255, 255)),
  ]

  static func load(_ name: String) throws -> Theme {
    let path = themesFolder.appendingPathComponent(name + ".theme").path
    return try ThemeParser.parse(
      try String(contentsOfFile: path, encoding: .utf8), name: name + ".theme")
  }

  @Test("the contrast ratio follows WCAG's formula")
  func formula() {
    #expect(abs(ContrastRatio.between((0, 0, 0), (255, 255, 255)) - 21) < 1e-9)
    #expect(ContrastRatio.between((90, 90, 90), (90, 90, 90)) == 1)
    // #767676 on white is the classic 4.54:1 grey.
    let grey = ContrastRatio.between((0x76, 0x76, 0x76), (255, 255, 255))
    #expect(abs(grey - 4.54) < 0.01)
    #expect(ContrastRatio.minimum(for: .text) == 4.5)
    #expect(ContrastRatio.minimum(for: .bar) == 3)
  }

  @Test("every shipped theme parses and sets every role itself", arguments: shipped)
  func setsEveryRole(_ name: String) throws {
    let theme = try Self.load(name)
    for role in Role.allCases {
      #expect(theme.styles[role] != nil, "\(name).theme does not set \(role.rawValue)")
    }
  }

  @Test(
    "foreground and background pairs keep their minimum contrast",
    arguments: shipped, terminals)
  func contrast(_ name: String, _ terminal: TerminalColors) throws {
    let theme = try Self.load(name)
    for role in Role.allCases {
      let style = theme.style(for: role)
      // As written in the file, and as a 256-colour terminal shows it.
      for (foreground, background) in [
        (style.foreground, style.background),
        (style.foreground.degradedTo256, style.background.degradedTo256),
      ] {
        let ratio = ContrastRatio.between(
          foreground.rgb(orDefault: terminal.foreground),
          background.rgb(orDefault: terminal.background))
        #expect(
          ratio >= ContrastRatio.minimum(for: role),
          "\(name): \(role.rawValue) has contrast \(ratio) on a \(terminal.name)")
      }
    }
  }

  @Test("the colour-blind theme tells good from bad by more than red and green")
  func colorblindGoodBad() throws {
    let theme = try Self.load("colorblind")
    let good = theme.style(for: .good).foreground.rgb(orDefault: (0, 0, 0))
    let bad = theme.style(for: .bad).foreground.rgb(orDefault: (0, 0, 0))
    // Blue against orange: they differ in the blue channel, which red-green colour
    // blindness leaves intact.
    #expect(abs(Int(good.2) - Int(bad.2)) > 150)
    // The heat scale gets lighter at every step, so it reads without hue.
    let steps: [Role] = [.heat1, .heat2, .heat3, .heat4, .heat5]
    let lightness = steps.map {
      ContrastRatio.luminance(theme.style(for: $0).background.rgb(orDefault: (0, 0, 0)))
    }
    #expect(lightness == lightness.sorted())
  }

  /// Linear-RGB matrices simulating full protanopia and deuteranopia (Machado, Oliveira
  /// and Fernandes, 2009).
  static let protanopia: [[Double]] = [
    [0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ]
  static let deuteranopia: [[Double]] = [
    [0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
    [-0.011820, 0.042940, 0.968881],
  ]

  /// How far apart two colours look to someone with the colour vision `matrix` simulates
  /// (Euclidean distance in linear RGB, 0 to about 1.7).
  static func seenApart(_ first: ThemeColor, _ second: ThemeColor, _ matrix: [[Double]])
    -> Double
  {
    func simulate(_ color: ThemeColor) -> [Double] {
      let rgb = color.rgb(orDefault: (0, 0, 0))
      let linear = [rgb.0, rgb.1, rgb.2].map { channel -> Double in
        let value = Double(channel) / 255
        return value <= 0.040_45 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
      }
      return matrix.map { row in zip(row, linear).reduce(0) { $0 + $1.0 * $1.1 } }
    }
    let a = simulate(first)
    let b = simulate(second)
    return zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
  }

  @Test("under simulated red-green colour blindness good, bad and heat steps stay apart")
  func simulatedColourBlindness() throws {
    let colorblind = try Self.load("colorblind")
    let dark = try Self.load("dark")
    let steps: [Role] = [.heat1, .heat2, .heat3, .heat4, .heat5]
    for matrix in [Self.protanopia, Self.deuteranopia] {
      let good = colorblind.style(for: .good).foreground
      let bad = colorblind.style(for: .bad).foreground
      #expect(Self.seenApart(good, bad, matrix) > 0.6)
      for (low, high) in zip(steps, steps.dropFirst()) {
        let apart = Self.seenApart(
          colorblind.style(for: low).background, colorblind.style(for: high).background, matrix)
        #expect(apart > 0.15, "\(low.rawValue) and \(high.rawValue) look alike")
      }
    }
    // The default theme's green and red are what the colour-blind theme is for.
    let darkApart = Self.seenApart(
      dark.style(for: .good).foreground, dark.style(for: .bad).foreground, Self.deuteranopia)
    let colorblindApart = Self.seenApart(
      colorblind.style(for: .good).foreground, colorblind.style(for: .bad).foreground,
      Self.deuteranopia)
    #expect(colorblindApart > 2 * darkApart)
  }

  @Test("the mono theme uses no colour at all")
  func monoHasNoColour() throws {
    let theme = try Self.load("mono")
    for role in Role.allCases {
      #expect(theme.style(for: role).foreground == .terminalDefault)
      #expect(theme.style(for: role).background == .terminalDefault)
      #expect(theme.style(for: role).attributes == theme.style(for: role).monoAttributes)
    }
  }

  @Test("themes/README.md lists every role")
  func readmeListsRoles() throws {
    let readme = try String(
      contentsOf: Self.themesFolder.appendingPathComponent("README.md"), encoding: .utf8)
    for role in Role.allCases where !role.rawValue.hasPrefix("heat-") {
      #expect(readme.contains("| `\(role.rawValue)` |"), "README misses \(role.rawValue)")
    }
    #expect(readme.contains("`heat-1` … `heat-5`"))
  }

  @Test("the theme list finds shipped and user themes, the user's winning a name clash")
  func available() throws {
    let config = FileManager.default.temporaryDirectory
      .appendingPathComponent("fulcrum-config-\(UUID().uuidString)")
    let folder = config.appendingPathComponent("fulcrum/themes")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: config) }
    try "text fg=red\n".write(
      to: folder.appendingPathComponent("sunset.theme"), atomically: true, encoding: .utf8)
    try "text fg=blue\n".write(
      to: folder.appendingPathComponent("light.theme"), atomically: true, encoding: .utf8)
    let environment = [
      "XDG_CONFIG_HOME": config.path, "FULCRUM_THEMES": Self.themesFolder.path,
    ]
    let found = ThemeLocator.available(environment: environment)
    let names = found.map(\.name)
    #expect(names.contains("sunset"))
    for name in Self.shipped { #expect(names.contains(name)) }
    #expect(names == names.sorted())
    // FULCRUM_THEMES is searched before the user's folder.
    #expect(found.first { $0.name == "light" }?.path.hasPrefix(Self.themesFolder.path) == true)
    let sunset = ThemeLocator.load("sunset", environment: environment)
    #expect(sunset.warning == nil)
    #expect(sunset.theme.name == "sunset")
    #expect(sunset.theme.style(for: .text).foreground == .indexed(1))
  }
}

@Suite("Themes on few colours")
struct FewColoursTests {
  @Test("no role of a shipped theme draws text in its own background colour at 8 or 16")
  func neverInvisible() throws {
    for name in ThemeContrastTests.shipped {
      let theme = try ThemeContrastTests.load(name)
      for depth in [ColorDepth.eight, .sixteen] {
        for role in Role.allCases {
          let resolved = theme.resolve(role, depth: depth)
          #expect(
            resolved.background == -1 || resolved.foreground != resolved.background,
            "\(name) \(role.rawValue) at \(depth.rawValue) colours")
        }
      }
    }
  }

  @Test("a status bar whose background falls onto the screen's keeps its reverse look")
  func statusStaysApart() throws {
    let dark = try ThemeContrastTests.load("dark")
    #expect(dark.resolve(.status, depth: .eight).attributes.contains(.reverse))
    #expect(dark.resolve(.status, depth: .sixteen).attributes.contains(.reverse))
    #expect(!dark.resolve(.status, depth: .indexed256).attributes.contains(.reverse))
    // Selection keeps a background of its own at 8 colours, so it needs no reverse.
    #expect(!dark.resolve(.selection, depth: .eight).attributes.contains(.reverse))
  }

  @Test("a clash is resolved to black or white, whichever reads better")
  func clash() {
    let theme = Theme(
      name: "clash",
      styles: [.text: Theme.Style(foreground: .rgb(0xD0, 0xD0, 0xD0), background: .indexed(7))])
    #expect(theme.resolve(.text, depth: .eight).foreground == 0)
    let dark = Theme(
      name: "dark-clash",
      styles: [.text: Theme.Style(foreground: .rgb(0x20, 0x20, 0x20), background: .indexed(0))])
    #expect(dark.resolve(.text, depth: .eight).foreground == 7)
    #expect(dark.resolve(.text, depth: .indexed256).foreground != 7)
  }
}
