import Foundation
import Testing

/// Drives the Model screen of the built binary in a tmux pane.
@Suite("Model screen in a terminal", .serialized, .enabled(if: TmuxSession.isAvailable))
struct ModelScreenEndToEndTests {
  /// The package's folder, where the bundled samples are.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func start(_ path: String, folder: URL) throws -> TmuxSession {
    try TmuxSession(
      width: 80, height: 24,
      command: "env TERM=xterm-256color LANG=C.UTF-8 SWIFT_BACKTRACE=interactive=no "
        + "'\(try DashboardFixtures.fulcrumBinary())' '\(path)'; sleep 60",
      folder: folder)
  }

  /// The numbers of the heatmap's rows: the lines under the predicted-class heading that
  /// start with a class name followed by `count` numbers.
  static func matrixRows(_ screen: String, labels: [String]) -> [[Int]] {
    let lines = screen.split(separator: "\n").map(String.init)
    return labels.compactMap { label in
      for line in lines {
        let words = line.split(separator: " ").map(String.init)
        guard words.first == label, words.count > labels.count else { continue }
        let numbers = words[1...labels.count].compactMap { Int($0) }
        if numbers.count == labels.count { return numbers }
      }
      return nil
    }
  }

  @Test("german-credit's Model screen shows its confusion matrix over all 1000 rows")
  func germanCredit() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sample = Self.packageRoot.appendingPathComponent("samples/german-credit.csv").path
    let tmux = try Self.start(sample, folder: folder)
    defer { tmux.kill() }
    let (loaded, first) = tmux.waitFor { $0.contains("Class distribution") }
    try #require(loaded, "the dataset never loaded; the screen was:\n\(first)")
    tmux.sendKeys("4")
    let (shown, screen) = tmux.waitFor(timeout: 60) {
      $0.contains("rows truth, columns predicted") && $0.contains("Specificity")
    }
    try #require(shown, "no confusion matrix appeared; the screen was:\n\(screen)")
    #expect(screen.contains("model logistic  folds 5  seed 0"))
    let rows = Self.matrixRows(screen, labels: ["0", "1"])
    #expect(rows.count == 2, "could not read the matrix from:\n\(screen)")
    #expect(rows.map { $0.reduce(0, +) } == [300, 700], "each true class keeps its rows")
    #expect(rows.flatMap { $0 }.reduce(0, +) == 1000)

    tmux.sendKeys("n")
    // The terminal may show the new heading a moment before the last cells are redrawn,
    // so wait for a whole frame of percentages rather than the first sign of one.
    let (normalised, percent) = tmux.waitFor {
      $0.contains("Confusion matrix, row %")
        && Self.matrixRows($0, labels: ["0", "1"]).count == 2
        && Self.matrixRows($0, labels: ["0", "1"]).allSatisfy { $0.reduce(0, +) <= 101 }
    }
    #expect(normalised, "n did not switch to row percentages:\n\(percent)")
    let shares = Self.matrixRows(percent, labels: ["0", "1"])
    #expect(shares.allSatisfy { (99...101).contains($0.reduce(0, +)) })
  }

  @Test("keys are answered while an evaluation runs, and Esc cancels it")
  func responsiveAndCancellable() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // Big enough that five folds of logistic regression take a while in any build.
    var text = (0..<20).map { "f\($0)" }.joined(separator: ",") + ",class\n"
    var state: UInt64 = 42
    for row in 0..<40_000 {
      var values: [String] = []
      for _ in 0..<20 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        values.append(String((state >> 40) % 1000))
      }
      text += values.joined(separator: ",") + ",c\(row % 7)\n"
    }
    let csv = folder.appendingPathComponent("slow.csv")
    try text.write(to: csv, atomically: true, encoding: .utf8)
    let tmux = try Self.start(csv.path, folder: folder)
    defer { tmux.kill() }
    let (loaded, first) = tmux.waitFor(timeout: 60) { $0.contains("Class distribution") }
    try #require(loaded, "the dataset never loaded; the screen was:\n\(first)")
    tmux.sendKeys("4")
    let (running, progress) = tmux.waitFor { $0.contains("fold 1 of 5") }
    try #require(running, "no progress in the status bar:\n\(progress)")
    #expect(progress.contains("Esc cancels"))

    // The help must open while the job still runs: the status bar below still offers Esc.
    tmux.sendKeys("?")
    let (help, helpScreen) = tmux.waitFor(timeout: 20) { $0.contains("Help: Model") }
    #expect(help, "the help did not open while the job ran:\n\(helpScreen)")
    tmux.sendKeys("?")
    let (closed, again) = tmux.waitFor(timeout: 5) {
      !$0.contains("Help: Model") && $0.contains("Esc cancels")
    }
    #expect(closed, "the job should still be running after the help closed:\n\(again)")
    tmux.sendKeys("Escape")
    let (cancelled, last) = tmux.waitFor(timeout: 5) { $0.contains("evaluation cancelled") }
    #expect(cancelled, "Esc did not cancel:\n\(last)")
    #expect(last.contains("Press r to cross-validate the model."))
    #expect(!last.contains("fold 1 of 5"))
  }
}
