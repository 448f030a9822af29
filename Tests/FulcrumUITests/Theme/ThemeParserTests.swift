import Foundation
import Testing

@testable import FulcrumUI

@Suite("Theme parser")
struct ThemeParserTests {
  @Test("reads colours, attributes and monochrome fallbacks")
  func goodFile() throws {
    let theme = try ThemeParser.parse(
      """
      # a comment
      text       fg=default
      bar        fg=#5fafff bg=17 bold   mono=reverse,bold

      bad        fg=bright-red underline mono=underline
      """, name: "good.theme")
    let bar = theme.style(for: .bar)
    #expect(bar.foreground == .rgb(0x5F, 0xAF, 0xFF))
    #expect(bar.background == .indexed(17))
    #expect(bar.attributes == .bold)
    #expect(bar.monoAttributes == [.reverse, .bold])
    #expect(theme.style(for: .bad).foreground == .indexed(9))
    #expect(theme.style(for: .text).foreground == .terminalDefault)
  }

  @Test(
    "a malformed line is an error naming the file and line",
    arguments: [
      ("text fg=default\nbarz fg=red", "bad.theme:2: unknown role 'barz'"),
      ("text fg=default\n\nbar fg=#12345", "bad.theme:3: '#12345' is not a colour"),
      ("bar fg=red blink", "bad.theme:1: 'blink' is not fg=, bg=, mono="),
      ("bar mono=shiny", "bad.theme:1: 'shiny' is not fg=, bg=, mono="),
      ("bar fg=red\nbar fg=blue", "bad.theme:2: role 'bar' is already set above"),
      ("bar fg=256", "bad.theme:1: '256' is not a colour"),
    ])
  func malformed(_ text: String, _ message: String) {
    #expect {
      try ThemeParser.parse(text, name: "bad.theme")
    } throws: { error in
      (error as? FulcrumUIError)?.message.hasPrefix(message) == true
    }
  }

  @Test("the shipped dark theme parses and sets every role")
  func shippedDark() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("themes/dark.theme").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let theme = try ThemeParser.parse(text, name: "dark.theme")
    for role in Role.allCases {
      #expect(theme.styles[role] != nil, "dark.theme does not set \(role.rawValue)")
    }
    #expect(theme.styles == Theme.builtInDefault.styles)
  }

  @Test("a malformed theme file falls back to the built-in theme with a warning")
  func locatorFallsBack() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("fulcrum-theme-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "text fg=default\nbar fg=nope\n".write(
      to: folder.appendingPathComponent("broken.theme"), atomically: true, encoding: .utf8)
    let outcome = ThemeLocator.load("broken", environment: ["FULCRUM_THEMES": folder.path])
    #expect(outcome.theme == Theme.builtInDefault)
    #expect(outcome.warning?.hasPrefix("broken.theme:2: 'nope' is not a colour") == true)

    let missing = ThemeLocator.load("no-such-theme", environment: ["FULCRUM_THEMES": folder.path])
    #expect(missing.theme == Theme.builtInDefault)
    #expect(
      missing.warning
        == "no theme named 'no-such-theme' (see fulcrum themes); using the built-in theme")
  }

  @Test("monochrome uses each role's fallback attributes and no colour")
  func mono() {
    let selection = Theme.builtInDefault.resolve(.selection, depth: .mono)
    #expect(selection == Theme.Resolved(foreground: -1, background: -1, attributes: .reverse))
    #expect(Theme.mono.resolve(.title, depth: .indexed256).foreground == -1)
  }
}

@Suite("Colour depth")
struct ColorDepthTests {
  @Test("colours degrade to what the terminal has")
  func degrade() {
    let blue = ThemeColor.rgb(0x5F, 0xAF, 0xFF)
    #expect(blue.number(for: .direct) == 0x5FAFFF)
    #expect(blue.number(for: .indexed256) == 75)
    #expect(ThemeColor.rgb(255, 0, 0).number(for: .sixteen) == 9)
    #expect(ThemeColor.rgb(255, 0, 0).number(for: .eight) == 1)
    #expect(ThemeColor.indexed(9).number(for: .eight) == 1)
    #expect(ThemeColor.indexed(244).number(for: .sixteen) == 8)
    #expect(ThemeColor.indexed(75).number(for: .mono) == -1)
    #expect(ThemeColor.terminalDefault.number(for: .indexed256) == -1)
  }

  @Test("depth comes from terminfo's colour count, and NO_COLOR wins")
  func detect() {
    #expect(ColorDepth.detect(hasColors: true, colors: 256, noColor: false) == .indexed256)
    #expect(ColorDepth.detect(hasColors: true, colors: 8, noColor: false) == .eight)
    #expect(ColorDepth.detect(hasColors: true, colors: 16, noColor: false) == .sixteen)
    #expect(ColorDepth.detect(hasColors: true, colors: 0x100_0000, noColor: false) == .direct)
    #expect(ColorDepth.detect(hasColors: false, colors: 0, noColor: false) == .mono)
    #expect(ColorDepth.detect(hasColors: true, colors: 256, noColor: true) == .mono)
  }
}
