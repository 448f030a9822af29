import Foundation
import Testing

/// Drives the Lab and Compare screens of the built binary in a tmux pane.
@Suite("Compare screen in a terminal", .serialized, .enabled(if: TmuxSession.isAvailable))
struct CompareScreenEndToEndTests {
  static let germanCredit = ModelScreenEndToEndTests.packageRoot
    .appendingPathComponent("samples/german-credit.csv").path

  static func start(_ path: String, folder: URL, width: Int = 120, height: Int = 40) throws
    -> TmuxSession
  {
    try TmuxSession(
      width: width, height: height,
      command: "env TERM=xterm-256color LANG=C.UTF-8 SWIFT_BACKTRACE=interactive=no "
        + "'\(try DashboardFixtures.fulcrumBinary())' '\(path)'; sleep 60",
      folder: folder)
  }

  /// Opens the Compare screen with random-under, smote and class-weight ticked: the list
  /// starts on random-over, and ↓ skips the family headings.
  static func tickThree(_ tmux: TmuxSession) {
    tmux.sendKeys("7")
    tmux.sendKeys("j", "Space", "j", "Space")
    for _ in 0..<9 { tmux.sendKeys("j") }
    tmux.sendKeys("Space")
  }

  /// The summary rows under the `Strategy` heading: name and its numbers.
  static func summary(_ screen: String) -> [String: [Double]] {
    let lines = screen.split(separator: "\n").map(String.init)
    guard
      let header = lines.firstIndex(where: { $0.contains("Strategy") && $0.contains("bal.acc") })
    else { return [:] }
    var rows: [String: [Double]] = [:]
    for line in lines[(header + 1)...] {
      let words = line.split(separator: " ").map(String.init)
      guard words.count >= 6, let name = words.first else { break }
      rows[name] = words.compactMap { Double($0) }
    }
    return rows
  }

  @Test("three strategies compared on german-credit; the summary table reads back")
  func threeStrategies() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try Self.start(Self.germanCredit, folder: folder)
    defer { tmux.kill() }
    let (loaded, first) = tmux.waitFor { $0.contains("Class distribution") }
    try #require(loaded, "the dataset never loaded; the screen was:\n\(first)")
    Self.tickThree(tmux)
    let (ticked, list) = tmux.waitFor { $0.contains("Tick strategies (3)") }
    try #require(ticked, "three strategies were not ticked:\n\(list)")
    tmux.sendKeys("r")
    let (done, screen) = tmux.waitFor(timeout: 120) { Self.summary($0).count == 4 }
    try #require(done, "no summary table appeared:\n\(screen)")
    let rows = Self.summary(screen)
    #expect(Set(rows.keys) == ["baseline", "random-under", "smote", "class-weight"])
    for (name, values) in rows {
      #expect(values.allSatisfy { (-1...1).contains($0) }, "\(name): \(values)")
    }
    // Sorted by balanced accuracy, best first: the column after the change is bal.acc.
    let lines = screen.split(separator: "\n").map(String.init)
    let header = try #require(
      lines.firstIndex { $0.contains("Strategy") && $0.contains("bal.acc▼") })
    let order = lines[(header + 1)..<(header + 5)].map { String($0.split(separator: " ")[0]) }
    // The baseline's change column reads `baseline`, so its numbers start one later.
    let balanced = order.map { rows[$0]!.count == 6 ? rows[$0]![1] : rows[$0]![0] }
    #expect(balanced == balanced.sorted(by: >), "rows follow the sort column: \(order)")
    #expect(screen.contains("┌─ smote"), "one panel per strategy")
    tmux.sendKeys("s")
    let (sorted, again) = tmux.waitFor { $0.contains("sorted by macro F1") }
    #expect(sorted, "s did not change the sort:\n\(again)")
  }

  @Test("a resize during a run, then 20×5 and back: the result arrives and draws whole")
  func resizeDuringRun() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try Self.start(Self.germanCredit, folder: folder)
    defer { tmux.kill() }
    let (loaded, first) = tmux.waitFor { $0.contains("Class distribution") }
    try #require(loaded, "the dataset never loaded; the screen was:\n\(first)")
    Self.tickThree(tmux)
    tmux.sendKeys("r")
    let (running, busy) = tmux.waitFor { $0.contains("Esc cancels") }
    try #require(running, "no run started:\n\(busy)")
    tmux.tmux(["resize-window", "-t", "0", "-x", "80", "-y", "24"])
    tmux.tmux(["resize-window", "-t", "0", "-x", "20", "-y", "5"])
    let (tooSmall, shrunk) = tmux.waitFor { $0.contains("Terminal too small") }
    #expect(tooSmall, "20x5 did not say it is too small:\n\(shrunk)")
    tmux.tmux(["resize-window", "-t", "0", "-x", "80", "-y", "24"])
    let (done, screen) = tmux.waitFor(timeout: 120) { Self.summary($0).count == 4 }
    #expect(done, "the comparison did not show after the resizes:\n\(screen)")
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count <= 25, "24 rows and a final line break")
    #expect(lines.allSatisfy { $0.count <= 80 })
    #expect(lines[0].contains("7 Compare"))
  }

  @Test("keys are answered while a run goes; Esc cancels it")
  func keysWhileRunning() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try Self.start(Self.germanCredit, folder: folder)
    defer { tmux.kill() }
    let (loaded, first) = tmux.waitFor { $0.contains("Class distribution") }
    try #require(loaded, "the dataset never loaded; the screen was:\n\(first)")
    // Ten folds and four strategies keep the job going long enough to type at it.
    tmux.sendKeys("4", "f")
    let (ten, model) = tmux.waitFor { $0.contains("folds 10") }
    try #require(ten, "folds did not change:\n\(model)")
    Self.tickThree(tmux)
    tmux.sendKeys("j", "Space")
    tmux.sendKeys("r")
    let (running, busy) = tmux.waitFor { $0.contains("Esc cancels") && $0.contains(" of ") }
    try #require(running, "no run started:\n\(busy)")
    tmux.sendKeys("?")
    let start = Date()
    let (help, overlay) = tmux.waitFor(timeout: 5) { $0.contains("Help: Compare") }
    #expect(help, "? was not answered during the run:\n\(overlay)")
    #expect(Date().timeIntervalSince(start) < 2)
    tmux.sendKeys("?")
    let (closed, _) = tmux.waitFor(timeout: 5) { !$0.contains("Help: Compare") }
    #expect(closed)
    tmux.sendKeys("Escape")
    let (cancelled, after) = tmux.waitFor(timeout: 5) { $0.contains("Compare run cancelled") }
    #expect(cancelled, "Esc did not cancel the run:\n\(after)")
    #expect(after.contains("7 Compare"), "Esc stopped the run and stayed on the screen")
  }

  @Test("the Lab runs one strategy and u / ^R move through its history")
  func labHistory() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try Self.start(Self.germanCredit, folder: folder)
    defer { tmux.kill() }
    let (loaded, first) = tmux.waitFor { $0.contains("Class distribution") }
    try #require(loaded, "the dataset never loaded; the screen was:\n\(first)")
    tmux.sendKeys("6", "j")
    tmux.sendKeys("r")
    let (ran, screen) = tmux.waitFor(timeout: 60) { $0.contains("Applied: random-under") }
    try #require(ran, "the Lab run did not finish:\n\(screen)")
    #expect(screen.contains("balanced acc."))
    #expect(screen.contains("before") && screen.contains("after"))
    tmux.sendKeys("u")
    let (undone, empty) = tmux.waitFor { $0.contains("Nothing applied yet.") }
    #expect(undone, "u did not undo:\n\(empty)")
    tmux.sendKeys("C-r")
    let (redone, back) = tmux.waitFor { $0.contains("Applied: random-under") }
    #expect(redone, "^R did not redo:\n\(back)")
  }
}
