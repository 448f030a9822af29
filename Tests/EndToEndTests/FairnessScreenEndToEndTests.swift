import Foundation
import Testing

/// Drives the Fairness screen of the built binary in a tmux pane.
@Suite("Fairness screen in a terminal", .serialized, .enabled(if: TmuxSession.isAvailable))
struct FairnessScreenEndToEndTests {
  /// The group table row of `group`: its size and selection rate.
  static func groupRow(_ screen: String, group: String) -> (size: Int, selection: Double)? {
    for line in screen.split(separator: "\n") {
      let words = line.split(separator: " ").map(String.init)
      guard let start = words.firstIndex(where: { $0 == group }) else { continue }
      var rest = Array(words[(start + 1)...])
      if rest.first == "*" { rest.removeFirst() }
      guard rest.count >= 2, let size = Int(rest[0]), let rate = Double(rest[1]) else { continue }
      return (size, rate)
    }
    return nil
  }

  @Test("ticking sex on german-credit shows male and female with their selection rates")
  func germanCreditBySex() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sample = ModelScreenEndToEndTests.packageRoot
      .appendingPathComponent("samples/german-credit.csv").path
    let tmux = try ModelScreenEndToEndTests.start(sample, folder: folder)
    defer { tmux.kill() }
    let (loaded, first) = tmux.waitFor { $0.contains("Class distribution") }
    try #require(loaded, "the dataset never loaded; the screen was:\n\(first)")
    tmux.sendKeys("5")
    let (listed, list) = tmux.waitFor { $0.contains("[ ] sex") && $0.contains("[ ] age") }
    try #require(listed, "no list of columns to tick:\n\(list)")
    tmux.sendKeys("Space")
    let (shown, screen) = tmux.waitFor(timeout: 60) {
      $0.contains("[x] sex") && $0.contains("Selection 95% CI") && $0.contains(" male")
    }
    try #require(shown, "no groups appeared:\n\(screen)")
    let female = try #require(Self.groupRow(screen, group: "female"), "\(screen)")
    let male = try #require(Self.groupRow(screen, group: "male"), "\(screen)")
    #expect(female.size == 310)
    #expect(male.size == 690)
    #expect((0...1).contains(female.selection) && (0...1).contains(male.selection))
    #expect(screen.contains("reference male (largest)"))
    #expect(screen.contains("positive 0 (minority)"))
    // The first group is selected, so its confusion matrix and rates are shown below.
    #expect(screen.contains("female: 310 rows"))
    #expect(screen.contains("base rate"))

    // Moving to the groups and pressing Enter on female makes it the reference.
    tmux.sendKeys("l")
    tmux.sendKeys("Enter")
    let (changed, last) = tmux.waitFor { $0.contains("reference female") }
    #expect(changed, "Enter did not change the reference:\n\(last)")
    #expect(last.contains("female *"))
  }
}
