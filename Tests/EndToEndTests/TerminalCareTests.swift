import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Terminal types, locales, suspend and resume, a crash, and data that tries to drive the
/// terminal: the dashboard copes with each and leaves the terminal as it found it.
@Suite("Terminal care", .serialized, .enabled(if: TmuxSession.isAvailable))
struct TerminalCareTests {
  /// A folder with the German-like CSV and a script that runs fulcrum with `environment`
  /// and `arguments`, saving `stty -g` before and after, the exit status, and stderr.
  struct Run {
    let folder: URL
    let script: URL

    init(environment: String, arguments: String = "german-credit.csv") throws {
      folder = try DashboardFixtures.makeFolder()
      try DashboardFixtures.germanLikeCSV().write(
        to: folder.appendingPathComponent("german-credit.csv"), atomically: true,
        encoding: .utf8)
      script = folder.appendingPathComponent("run.sh")
      try """
      trap '' INT
      cd '\(folder.path)'
      stty -g > before
      env -u NO_COLOR SWIFT_BACKTRACE=enable=no \(environment) \
        '\(try DashboardFixtures.fulcrumBinary())' \(arguments) 2> stderr
      echo "exit=$?" > status
      stty -g > after
      echo FINISHED
      """.write(to: script, atomically: true, encoding: .utf8)
    }

    func read(_ name: String) -> String {
      (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    var status: String { read("status").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Starts the script in a fresh pane running `sh`.
    func start(width: Int = 80, height: Int = 24) throws -> TmuxSession {
      let tmux = try TmuxSession(width: width, height: height, command: "sh", folder: folder)
      tmux.sendKeys("sh '\(script.path)'", "Enter")
      return tmux
    }

    /// Checks the terminal is as it was before fulcrum started.
    func expectRestored(_ tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) {
      #expect(read("before") == read("after"), "stty -g changed", sourceLocation: sourceLocation)
      #expect(tmux.display("#{alternate_on}") == "0", sourceLocation: sourceLocation)
      #expect(tmux.display("#{cursor_flag}") == "1", sourceLocation: sourceLocation)
      #expect(tmux.display("#{mouse_any_flag}") == "0", sourceLocation: sourceLocation)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
  }

  /// The escape sequences that set a colour (foreground or background, any depth).
  static func colourSequences(_ styled: String) -> Int {
    let pattern = try! NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*(3[0-7]|4[0-7]|38;5;|48;5;)")
    return pattern.numberOfMatches(
      in: styled, range: NSRange(styled.startIndex..., in: styled))
  }

  @Test(
    "common TERM values draw the dashboard, with fewer colours on older terminals",
    arguments: ["xterm-256color", "xterm", "screen", "vt100"])
  func terminalTypes(_ term: String) throws {
    let run = try Run(environment: "TERM=\(term) LANG=C.UTF-8")
    defer { run.remove() }
    let tmux = try run.start()
    defer { tmux.kill() }
    let (shown, screen) = tmux.waitFor { $0.contains("Class distribution") }
    #expect(shown, "TERM=\(term): the dashboard did not appear:\n\(screen)")
    let styled = tmux.tmux(["capture-pane", "-p", "-e", "-t", "0"]).output
    switch term {
    case "xterm-256color": #expect(styled.contains("\u{1B}[38;5;"))
    case "vt100": #expect(Self.colourSequences(styled) == 0, "vt100 has no colours")
    default:
      #expect(!styled.contains("38;5;"), "\(term) has only 8 colours")
      #expect(Self.colourSequences(styled) > 0)
    }
    tmux.sendKeys("q")
    #expect(tmux.waitFor { $0.contains("FINISHED") }.0)
    #expect(run.status == "exit=0")
    run.expectRestored(tmux)
  }

  @Test(
    "TERM=dumb and an unknown TERM end with one clear line and exit code 2",
    arguments: [
      ("dumb", "fulcrum: the terminal (TERM=dumb) cannot draw a dashboard"),
      ("no-such-terminal", "fulcrum: unknown terminal type TERM=no-such-terminal"),
    ])
  func unusableTerminal(_ term: String, _ message: String) throws {
    let run = try Run(environment: "TERM=\(term) LANG=C.UTF-8")
    defer { run.remove() }
    let tmux = try run.start()
    defer { tmux.kill() }
    #expect(tmux.waitFor { $0.contains("FINISHED") }.0)
    #expect(run.status == "exit=2")
    let lines = run.read("stderr").split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix(message) == true, "stderr: \(lines)")
    #expect(run.read("before") == run.read("after"))
  }

  @Test("a locale that is not UTF-8 gets ASCII bars and rules")
  func asciiLocale() throws {
    let run = try Run(environment: "TERM=xterm-256color LANG=C LC_ALL=C")
    defer { run.remove() }
    let tmux = try run.start()
    defer { tmux.kill() }
    let (shown, screen) = tmux.waitFor { $0.contains("Class distribution") }
    #expect(shown, "the dashboard did not appear:\n\(screen)")
    #expect(screen.contains("----------"))
    #expect(screen.contains(" good ####"))
    #expect(screen.contains("1000 x 5"))
    #expect(!screen.contains("█") && !screen.contains("─"))
    tmux.sendKeys("q")
    #expect(tmux.waitFor { $0.contains("FINISHED") }.0)
    run.expectRestored(tmux)
  }

  @Test("^Z restores the terminal, fg brings the dashboard back, and q still leaves cleanly")
  func suspendAndResume() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try DashboardFixtures.germanLikeCSV().write(
      to: folder.appendingPathComponent("german-credit.csv"), atomically: true, encoding: .utf8)
    // An interactive shell, so it has job control for ^Z and fg.
    let tmux = try TmuxSession(width: 80, height: 24, command: "sh -i", folder: folder)
    defer { tmux.kill() }
    tmux.sendKeys("cd '\(folder.path)'; stty -g > before", "Enter")
    tmux.sendKeys(
      "env TERM=xterm-256color LANG=C.UTF-8 '\(try DashboardFixtures.fulcrumBinary())' "
        + "--mouse german-credit.csv", "Enter")
    #expect(tmux.waitFor { $0.contains("Class distribution") }.0)
    #expect(tmux.display("#{alternate_on}") == "1")
    #expect(tmux.display("#{mouse_any_flag}") == "1")

    tmux.sendKeys("C-z")
    #expect(tmux.waitFor { !$0.contains("Class distribution") }.0)
    tmux.sendKeys("stty -g > during; echo SUS''PENDED", "Enter")
    let (suspended, screen) = tmux.waitFor { $0.contains("\nSUSPENDED") }
    #expect(suspended, "the shell did not come back after ^Z:\n\(screen)")
    let before = try String(contentsOf: folder.appendingPathComponent("before"), encoding: .utf8)
    let during = try String(contentsOf: folder.appendingPathComponent("during"), encoding: .utf8)
    #expect(before == during, "stty -g differs while suspended")
    #expect(tmux.display("#{alternate_on}") == "0")
    #expect(tmux.display("#{cursor_flag}") == "1")
    #expect(tmux.display("#{mouse_any_flag}") == "0")

    tmux.sendKeys("fg", "Enter")
    let (back, again) = tmux.waitFor { $0.contains("Class distribution") }
    #expect(back, "fg did not bring the dashboard back:\n\(again)")
    #expect(tmux.display("#{mouse_any_flag}") == "1", "mouse reporting is back on after fg")
    tmux.sendKeys("3")
    #expect(tmux.waitFor { $0.contains("rows 1-") }.0, "keys are answered after fg")
    // Data was reached with 3, not by opening, so one q leaves.
    tmux.sendKeys("q")
    #expect(tmux.waitFor { !$0.contains("rows 1-") }.0)
    tmux.sendKeys("stty -g > after; echo DO''NE", "Enter")
    #expect(tmux.waitFor { $0.contains("\nDONE") }.0)
    let after = try String(contentsOf: folder.appendingPathComponent("after"), encoding: .utf8)
    #expect(before == after)
    #expect(tmux.display("#{alternate_on}") == "0")
    #expect(tmux.display("#{mouse_any_flag}") == "0")
  }

  @Test("a crash signal still puts the terminal back, mouse reporting included")
  func crash() throws {
    let run = try Run(
      environment: "TERM=xterm-256color LANG=C.UTF-8", arguments: "--mouse german-credit.csv")
    defer { run.remove() }
    let tmux = try run.start()
    defer { tmux.kill() }
    #expect(tmux.waitFor { $0.contains("Class distribution") }.0)
    #expect(tmux.display("#{mouse_any_flag}") == "1")
    let pane = Int32(tmux.display("#{pane_pid}")) ?? 0
    let runner = TmuxSession.children(of: pane).first ?? 0
    let program = try #require(TmuxSession.children(of: runner).first)
    _ = kill(program, SIGSEGV)
    #expect(tmux.waitFor { $0.contains("FINISHED") }.0)
    #expect(run.status == "exit=139")
    run.expectRestored(tmux)
  }
}
