import Foundation
import Testing

/// `fulcrum themes`, `--theme` and `t` seen from outside: the list printed, the colours
/// drawn and the warning for a broken file.
@Suite("Themes from the command line", .serialized)
struct ThemeCommandTests {
  static let shipped = ["colorblind", "dark", "high-contrast", "light", "mono"]

  @Test("fulcrum themes lists the shipped themes and the user's own, with paths")
  func list() throws {
    let config = try Binary.scratchFolder()
    defer { try? FileManager.default.removeItem(at: config) }
    let userFolder = config.appendingPathComponent("fulcrum/themes")
    try FileManager.default.createDirectory(at: userFolder, withIntermediateDirectories: true)
    try "text fg=red\n".write(
      to: userFolder.appendingPathComponent("sunset.theme"), atomically: true, encoding: .utf8)
    let run = try Binary.run(
      ["themes"], environment: ["XDG_CONFIG_HOME": config.path, "FULCRUM_THEMES": nil])
    #expect(run.status == 0)
    #expect(run.standardError.isEmpty)
    let lines = run.standardOutput.split(separator: "\n")
    for name in Self.shipped {
      let line = lines.first { $0.hasPrefix("  \(name) ") }
      #expect(line?.hasSuffix("/themes/\(name).theme") == true, "\(name) is not listed")
    }
    let sunset = userFolder.appendingPathComponent("sunset.theme").path
    #expect(lines.contains { $0.hasPrefix("  sunset ") && $0.hasSuffix(sunset) })
    #expect(run.standardOutput.contains("dark is the default"))
  }

  /// Starts the dashboard on the German-like CSV with `arguments` in a tmux pane.
  static func start(_ arguments: String, folder: URL) throws -> TmuxSession {
    try DashboardFixtures.germanLikeCSV().write(
      to: folder.appendingPathComponent("german-credit.csv"), atomically: true, encoding: .utf8)
    return try TmuxSession(
      width: 100, height: 30,
      command: "cd '\(folder.path)' && env -u NO_COLOR -u FULCRUM_THEMES "
        + "XDG_CONFIG_HOME='\(folder.path)/config' TERM=xterm-256color LANG=C.UTF-8 "
        + "'\(try DashboardFixtures.fulcrumBinary())' \(arguments) german-credit.csv; sleep 30",
      folder: folder)
  }

  func styled(_ tmux: TmuxSession) -> String {
    tmux.tmux(["capture-pane", "-p", "-e", "-t", "0"]).output
  }

  @Test(
    "--theme paints the theme's background, and t cycles to the next theme by name",
    .enabled(if: TmuxSession.isAvailable))
  func cycle() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try Self.start("--theme light", folder: folder)
    defer { tmux.kill() }
    #expect(tmux.waitFor { $0.contains("Class distribution") }.0)
    // #fafafa is colour 231 on a 256-colour terminal; dark's #1c1c1c would be 234.
    #expect(styled(tmux).contains("48;5;231m"))
    #expect(!styled(tmux).contains("48;5;234m"))
    tmux.sendKeys("t")
    let (switched, screen) = tmux.waitFor { $0.contains("theme mono (5 of 5)") }
    #expect(switched, "no theme name on the status bar:\n\(screen)")
    #expect(!styled(tmux).contains("48;5;"), "mono paints no background")
    tmux.sendKeys("t")
    #expect(tmux.waitFor { $0.contains("theme colorblind (1 of 5)") }.0)
    tmux.sendKeys("t")
    #expect(tmux.waitFor { $0.contains("theme dark (2 of 5)") }.0)
    #expect(styled(tmux).contains("48;5;234m"))
  }

  @Test(
    "a malformed theme file is named with its line on the status bar and dark is used",
    .enabled(if: TmuxSession.isAvailable))
  func malformed() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "text fg=white bg=black\nbar fg=#12345\n".write(
      to: folder.appendingPathComponent("broken.theme"), atomically: true, encoding: .utf8)
    let tmux = try Self.start("--theme broken.theme", folder: folder)
    defer { tmux.kill() }
    let (shown, screen) = tmux.waitFor {
      $0.contains("Class distribution") && $0.contains("broken.theme:2:")
    }
    #expect(shown, "no warning naming the line:\n\(screen)")
    #expect(screen.contains("'#12345' is not a colour"))
    #expect(styled(tmux).contains("48;5;234m"), "the default dark theme is used instead")
  }

  @Test(
    "a user theme in $XDG_CONFIG_HOME/fulcrum/themes is found by name",
    .enabled(if: TmuxSession.isAvailable))
  func userTheme() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let themes = folder.appendingPathComponent("config/fulcrum/themes")
    try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
    try "text fg=#000000 bg=#87ff87\n".write(
      to: themes.appendingPathComponent("meadow.theme"), atomically: true, encoding: .utf8)
    let tmux = try Self.start("--theme meadow", folder: folder)
    defer { tmux.kill() }
    #expect(tmux.waitFor { $0.contains("Class distribution") }.0)
    // #87ff87 is colour 120.
    #expect(styled(tmux).contains("48;5;120m"))
    #expect(!tmux.capture().contains("no theme named"))
  }
}
