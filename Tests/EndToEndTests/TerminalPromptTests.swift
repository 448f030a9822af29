import Foundation
import Testing

/// The palette, search and export prompts typed into a real terminal.
@Suite(
  "Palette, search and export in a terminal", .serialized,
  .enabled(if: TmuxSession.isAvailable))
struct TerminalPromptTests {
  @Test("search with / and n, export through the palette, and refuse to overwrite")
  func searchAndExport() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try DashboardFixtures.germanLikeCSV().write(
      to: folder.appendingPathComponent("german-credit.csv"), atomically: true, encoding: .utf8)
    let tmux = try TmuxSession(
      width: 100, height: 30,
      command: "cd '\(folder.path)' && env TERM=xterm-256color LANG=C.UTF-8 "
        + "'\(try DashboardFixtures.fulcrumBinary())' german-credit.csv; sleep 30",
      folder: folder)
    defer { tmux.kill() }
    #expect(tmux.waitFor { $0.contains("Class distribution") }.0)

    // 1000 rows; "rent" is the housing of every third row from the second.
    tmux.sendKeys("3", "/", "rent", "Enter")
    let (found, screen) = tmux.waitFor { $0.contains("match 1 of 333") }
    #expect(found, "no match count on the status bar:\n\(screen)")
    tmux.sendKeys("n")
    #expect(tmux.waitFor { $0.contains("match 2 of 333") }.0)
    tmux.sendKeys("N", "N")
    #expect(tmux.waitFor { $0.contains("match 333 of 333") }.0)

    tmux.sendKeys(":", "export")
    #expect(tmux.waitFor { $0.contains("Commands") && $0.contains("export this screen") }.0)
    tmux.sendKeys("Enter")
    #expect(tmux.waitFor { $0.contains("Export to: german-credit-report.md") }.0)
    tmux.sendKeys("C-u", "summary.json", "Enter")
    #expect(tmux.waitFor { $0.contains("exported to summary.json") }.0)
    let json = try String(
      contentsOf: folder.appendingPathComponent("summary.json"), encoding: .utf8)
    #expect(json.contains("\"schema\" : \"fulcrum.report/1\""))
    #expect(json.contains("\"rows\" : 1000"))

    tmux.sendKeys("e", "C-u", "summary.json", "Enter")
    #expect(tmux.waitFor { $0.contains("summary.json exists. Replace it? (y/n)") }.0)
    tmux.sendKeys("n")
    #expect(tmux.waitFor { $0.contains("kept summary.json as it was") }.0)
    let kept = try String(
      contentsOf: folder.appendingPathComponent("summary.json"), encoding: .utf8)
    #expect(kept == json)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
  }
}
