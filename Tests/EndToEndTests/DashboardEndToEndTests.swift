import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Drives the built `fulcrum` binary in a tmux pane: opens a CSV, reads the screen, leaves
/// by each exit path and checks the terminal is exactly as it was.
@Suite("Dashboard in a terminal", .serialized, .enabled(if: TmuxSession.isAvailable))
struct DashboardEndToEndTests {
  /// How the test makes the dashboard exit.
  enum ExitPath: String, CaseIterable, CustomTestStringConvertible {
    case quitKey = "q"
    case interrupt = "^C"
    case terminate = "SIGTERM"
    case hangUp = "SIGHUP"

    var testDescription: String { rawValue }
    var expectedStatus: String {
      switch self {
      case .quitKey: "exit=0"
      case .interrupt: "exit=130"
      case .terminate: "exit=143"
      case .hangUp: "exit=129"
      }
    }
  }

  @Test(
    "opens a CSV, shows its class histogram and restores the terminal (mouse off) on exit",
    arguments: ExitPath.allCases)
  func opensAndRestores(_ exit: ExitPath) throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = folder.appendingPathComponent("german-credit.csv")
    try DashboardFixtures.germanLikeCSV().write(to: csv, atomically: true, encoding: .utf8)
    let script = folder.appendingPathComponent("run.sh")
    // `trap '' INT` keeps the shell alive when ^C reaches the whole foreground group,
    // so it can record the exit status and the terminal modes afterwards.
    try """
    trap '' INT
    cd '\(folder.path)'
    stty -g > before
    env TERM=xterm-256color LANG=C.UTF-8 SWIFT_BACKTRACE=interactive=no \
      '\(try DashboardFixtures.fulcrumBinary())' --mouse german-credit.csv
    echo "exit=$?" > status
    stty -g > after
    echo FINISHED
    """.write(to: script, atomically: true, encoding: .utf8)

    let tmux = try TmuxSession(width: 80, height: 24, command: "sh", folder: folder)
    defer { tmux.kill() }
    tmux.sendKeys("sh '\(script.path)'", "Enter")
    let (shown, screen) = tmux.waitFor {
      $0.contains("Class distribution") && $0.contains("70.0%")
    }
    #expect(shown, "the histogram never appeared; the screen was:\n\(screen)")
    let lines = screen.split(separator: "\n")
    let good = lines.first { $0.contains(" good ") && $0.contains("700") }
    let bad = lines.first { $0.contains(" bad ") && $0.contains("300") }
    #expect(good?.contains("█") == true && good?.hasSuffix("70.0%") == true)
    #expect(bad?.hasSuffix("30.0%") == true)
    #expect(screen.contains("imbalance ratio 2.33"))
    #expect(tmux.display("#{mouse_any_flag}") == "1", "--mouse did not turn mouse reporting on")

    switch exit {
    case .quitKey: tmux.sendKeys("q")
    case .interrupt: tmux.sendKeys("C-c")
    case .terminate, .hangUp:
      let pane = Int32(tmux.display("#{pane_pid}")) ?? 0
      let runner = TmuxSession.children(of: pane).first ?? 0
      let program = try #require(
        TmuxSession.children(of: runner).first, "could not find the fulcrum process")
      _ = kill(program, exit == .terminate ? SIGTERM : SIGHUP)
    }
    let (finished, last) = tmux.waitFor { $0.contains("FINISHED") }
    #expect(finished, "the dashboard did not exit; the screen was:\n\(last)")
    let status = try String(contentsOf: folder.appendingPathComponent("status"), encoding: .utf8)
    #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == exit.expectedStatus)
    let before = try String(contentsOf: folder.appendingPathComponent("before"), encoding: .utf8)
    let after = try String(contentsOf: folder.appendingPathComponent("after"), encoding: .utf8)
    #expect(before == after, "stty -g changed")
    #expect(tmux.display("#{alternate_on}") == "0")
    #expect(tmux.display("#{cursor_flag}") == "1")
    #expect(tmux.display("#{mouse_any_flag}") == "0", "mouse reporting was left on")
  }

  /// The test runner's own environment may carry NO_COLOR, so the command sets it
  /// explicitly either way.
  @Test("colours follow the theme, and NO_COLOR turns them off", arguments: [false, true])
  func colours(_ noColor: Bool) throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try DashboardFixtures.germanLikeCSV().write(
      to: folder.appendingPathComponent("german-credit.csv"), atomically: true, encoding: .utf8)
    let variable = noColor ? "NO_COLOR=1" : ""
    let tmux = try TmuxSession(
      width: 80, height: 24,
      command: "env -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 \(variable) "
        + "'\(try DashboardFixtures.fulcrumBinary())' '\(folder.path)/german-credit.csv'; sleep 30",
      folder: folder)
    defer { tmux.kill() }
    let (shown, _) = tmux.waitFor { $0.contains("Class distribution") }
    #expect(shown)
    let styled = tmux.tmux(["capture-pane", "-p", "-e", "-t", "0"]).output
    // The dark theme draws bars in colour 75 on a 256-colour terminal.
    #expect(styled.contains("\u{1B}[38;5;75m") == !noColor)
    #expect(styled.contains("\u{1B}[1m"), "bold titles are kept in both modes")
  }

  @Test("escape sequences and bidi controls in cells are shown as text")
  func hostileCells() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let rows = [
      "name,note,label", "alpha,\u{1B}[31mred\u{1B}[0m,a", "beta,\u{1B}]0;owned\u{07},b",
      "gamma,abc\u{202E}fed,a", "delta,李小龙,b",
    ]
    try (rows.joined(separator: "\n") + "\n").write(
      to: folder.appendingPathComponent("hostile.csv"), atomically: true, encoding: .utf8)
    let tmux = try TmuxSession(
      width: 80, height: 24,
      command: "env TERM=xterm-256color LANG=C.UTF-8 '\(try DashboardFixtures.fulcrumBinary())' "
        + "'\(folder.path)/hostile.csv'; sleep 30", folder: folder)
    defer { tmux.kill() }
    let (shown, _) = tmux.waitFor { $0.contains("Class distribution") }
    #expect(shown)
    tmux.sendKeys("3")
    let (table, screen) = tmux.waitFor { $0.contains("李小龙") }
    #expect(table, "the Data table never appeared:\n\(screen)")
    #expect(screen.contains("\\x1b[31mred\\x1b[0m"))
    #expect(screen.contains("\\x1b]0;owned\\x07"))
    #expect(screen.contains("abc\\u202efed"))
    #expect(tmux.display("#{pane_title}") != "owned")
  }
}
