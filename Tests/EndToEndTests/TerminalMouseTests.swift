import Foundation
import Testing

/// `--mouse`: a click selects a line, and reporting stops when the dashboard exits.
@Suite("Mouse", .serialized, .enabled(if: TmuxSession.isAvailable))
struct TerminalMouseTests {
  /// An SGR mouse report as a terminal sends it: button 0 pressed then released at the
  /// 1-based cell (`col`, `row`).
  static func click(_ tmux: TmuxSession, row: Int, col: Int) {
    tmux.tmux(["send-keys", "-t", "0", "-l", "\u{1B}[<0;\(col);\(row)M"])
    tmux.tmux(["send-keys", "-t", "0", "-l", "\u{1B}[<0;\(col);\(row)m"])
  }

  @Test("clicking a dataset selects it, Enter opens it, and q leaves mouse reporting off")
  func clickToSelect() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["first.csv", "second.csv", "third.csv"] {
      try DashboardFixtures.germanLikeCSV().write(
        to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let tmux = try TmuxSession(
      width: 80, height: 24,
      command: "cd '\(folder.path)' && env TERM=xterm-256color LANG=C.UTF-8 "
        + "'\(try DashboardFixtures.fulcrumBinary())' --mouse first.csv second.csv third.csv; "
        + "echo EXITED; sleep 30",
      folder: folder)
    defer { tmux.kill() }
    #expect(tmux.waitFor { $0.contains("Class distribution") }.0)
    #expect(tmux.display("#{mouse_any_flag}") == "1")
    // Click the Datasets tab, then the third file's line.
    Self.click(tmux, row: 1, col: 4)
    let (listed, screen) = tmux.waitFor { $0.contains("third.csv") && $0.contains("Origin") }
    #expect(listed, "the tab click did not open Datasets:\n\(screen)")
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    let row = try #require(lines.firstIndex { $0.contains("third.csv") })
    Self.click(tmux, row: row + 1, col: 10)
    tmux.sendKeys("Enter")
    let (opened, overview) = tmux.waitFor { $0.contains("Overview › third.csv") }
    #expect(opened, "the clicked line was not the one opened:\n\(overview)")
    tmux.sendKeys("q")
    tmux.sendKeys("q")
    #expect(tmux.waitFor { $0.contains("EXITED") }.0)
    #expect(tmux.display("#{mouse_any_flag}") == "0")
  }
}
