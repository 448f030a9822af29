import Foundation
import Testing

/// Shrinking the terminal below the layout's minimum and growing it back.
@Suite("Dashboard resizing", .serialized, .enabled(if: TmuxSession.isAvailable))
struct DashboardResizeTests {
  @Test("a terminal too small shows a message, recovers when grown, and still answers q")
  func shrinkAndGrow() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try DashboardFixtures.germanLikeCSV().write(
      to: folder.appendingPathComponent("german-credit.csv"), atomically: true, encoding: .utf8)
    let tmux = try TmuxSession(
      width: 80, height: 24,
      command: "env TERM=xterm-256color LANG=C.UTF-8 "
        + "'\(try DashboardFixtures.fulcrumBinary())' '\(folder.path)/german-credit.csv'; "
        + "echo EXITED; sleep 30",
      folder: folder)
    defer { tmux.kill() }
    #expect(tmux.waitFor { $0.contains("Class distribution") }.0)

    tmux.tmux(["resize-window", "-t", "0", "-x", "20", "-y", "5"])
    let (small, smallScreen) = tmux.waitFor { $0.contains("too small") }
    #expect(small, "no minimum-size message:\n\(smallScreen)")

    tmux.tmux(["resize-window", "-t", "0", "-x", "80", "-y", "24"])
    let (grown, grownScreen) = tmux.waitFor {
      $0.contains("Class distribution") && !$0.contains("too small")
    }
    #expect(grown, "the layout did not come back:\n\(grownScreen)")

    tmux.tmux(["resize-window", "-t", "0", "-x", "30", "-y", "6"])
    #expect(tmux.waitFor { $0.contains("too small") }.0)
    tmux.sendKeys("q")
    let (exited, last) = tmux.waitFor { $0.contains("EXITED") }
    #expect(exited, "q did not quit while the terminal was too small:\n\(last)")
  }
}
