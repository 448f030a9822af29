import Foundation
import FulcrumCore
import Testing

@testable import FulcrumUI

@Suite("Compare screen")
struct CompareScreenTests {
  /// Four strategies compared, the cursor on the panels.
  static func compared(_ names: [String] = ["smote", "tomek", "class-weight", "mean-cap"])
    -> DashboardApp
  {
    let app = LabFixtures.app(screen: .compare)
    LabFixtures.tick(names, in: app)
    app.perform(.evaluate)
    LabFixtures.finish(app)
    #expect(app.state.compare.focus == .panels, "the results take the cursor when they arrive")
    return app
  }

  @Test("goldens at 120×40, 80×24 and 60×20 in colour and in mono")
  func goldens() {
    let app = Self.compared()
    for (width, height) in LabScreenTests.sizes {
      let grid = CellGrid(width: width, height: height)
      app.draw(on: grid)
      GoldenFile.check(GoldenFile.colour(grid), name: "compare-\(width)x\(height)-colour")
      GoldenFile.check(GoldenFile.mono(grid), name: "compare-\(width)x\(height)-mono")
    }
  }

  @Test("Space ticks and unticks, with the Lab's parameters at the time")
  func ticking() {
    let app = LabFixtures.app(screen: .compare)
    app.state.choices.values["smote"] = ["k": "2"]
    LabFixtures.tick(["smote", "tomek"], in: app)
    #expect(app.state.compare.tickedSpecs == ["smote:k=2", "tomek"])
    LabFixtures.tick(["smote"], in: app)
    #expect(app.state.compare.tickedSpecs == ["tomek"])
    app.state.choices.values["adasyn"] = ["k": "-1"]
    LabFixtures.tick(["adasyn"], in: app)
    #expect(app.state.compare.ticked == ["tomek"])
    #expect(app.state.message?.text.contains("adasyn: k must be") == true)
  }

  @Test("r with nothing ticked says what to do")
  func nothingTicked() {
    let app = LabFixtures.app(screen: .compare)
    app.perform(.evaluate)
    #expect(app.state.comparison == nil)
    #expect(app.state.message?.text == "tick at least one strategy with Space first")
  }

  @Test("s cycles the sort metric; rows follow it, best per column highlighted")
  func sorting() throws {
    let app = Self.compared(["smote", "tomek", "class-weight"])
    let outcome = try #require(app.state.compare.outcome)
    for step in 0..<CompareState.metrics.count {
      let metric = CompareState.metrics[step].name
      let order = CompareScreen.sortedRows(outcome.all, metric: metric)
      let values = order.map { outcome.all[$0].mean(metric) ?? -1 }
      #expect(values == values.sorted(by: >), "sorted by \(metric)")
      #expect(app.state.compare.sortMetric == step)
      app.handle(.character("s"), width: 120, height: 40)
    }
    #expect(app.state.compare.sortMetric == 0, "s wraps around")
    // class-weight (third) is perfect on every fold: it heads the table, its cells good.
    let grid = CellGrid(width: 120, height: 40)
    app.draw(on: grid)
    let lines = grid.render().split(separator: "\n", omittingEmptySubsequences: false)
    let header = try #require(
      lines.firstIndex { $0.contains("Strategy") && $0.contains("bal.acc▼") })
    #expect(lines[header + 1].contains("class-weight"))
    let roles = grid.renderRoles(GoldenFile.roleLetters).split(separator: "\n")
    #expect(roles[header + 1].contains("g"), "the best values are highlighted")
    #expect(lines[header + 1].contains("+0.500"), "change against the baseline")
  }

  @Test("Enter opens the selected panel full size and Esc closes it")
  func zoom() {
    let app = Self.compared()
    app.handle(.right, width: 120, height: 40)
    #expect(app.state.compare.panel == 1)
    app.handle(.enter, width: 120, height: 40)
    #expect(app.state.compare.zoomed)
    let grid = CellGrid(width: 120, height: 40)
    app.draw(on: grid)
    #expect(grid.render().contains("smote  (Esc closes)"))
    #expect(grid.render().contains("Training rows per fold"))
    app.handle(.escape, width: 120, height: 40)
    #expect(!app.state.compare.zoomed)
    #expect(app.state.screen == .compare)
  }

  @Test("panels wrap to more rows on a narrow terminal")
  func wrapping() {
    let grid = SmallMultiples(count: 5, minimumWidth: 38, panelHeight: 8)
    #expect(grid.columns(width: 118) == 3)
    #expect(grid.columns(width: 80) == 2)
    #expect(grid.columns(width: 50) == 1)
    let wide = grid.frames(width: 118, height: 16, selected: 0)
    #expect(wide.map(\.index) == [0, 1, 2, 3, 4])
    #expect(wide[3].rect == Rect(row: 8, col: 0, height: 8, width: 39))
    let narrow = grid.frames(width: 50, height: 16, selected: 4)
    #expect(narrow.map(\.index) == [3, 4], "scrolled so the selected panel shows")
    #expect(narrow[1].rect == Rect(row: 8, col: 0, height: 8, width: 50))
  }

  @Test("e exports the comparison: baseline and every strategy")
  func export() throws {
    let app = Self.compared(["smote", "tomek"])
    let report = try #require(app.currentReport())
    #expect(report.results.map(\.strategy) == ["baseline", "smote", "tomek"])
    #expect(report.results[1].trainDistribution?.map(\.weight) == [2, 2])
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "fulcrum-compare-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("comparison.json").path
    app.export(to: path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("\"strategy\" : \"tomek\"") || text.contains("\"strategy\":\"tomek\""))
  }

  @Test("a second run replaces the first; the first one's late events are dropped")
  func replaces() throws {
    let app = LabFixtures.app(screen: .compare)
    let gate = DispatchSemaphore(value: 0)
    app.comparisonRunner = { dataset, request, progress, isCancelled throws(FulcrumError) in
      if request.specs == ["smote"] { gate.wait() }
      return try LabFixtures.runner(dataset, request, progress, isCancelled)
    }
    LabFixtures.tick(["smote"], in: app)
    app.perform(.evaluate)
    let first = try #require(app.state.comparison?.id)
    LabFixtures.tick(["smote", "tomek"], in: app)
    #expect(app.state.compare.tickedSpecs == ["tomek"])
    app.perform(.evaluate)
    #expect(app.state.comparison?.id != first)
    #expect(app.state.message?.text == "replaced the running Compare run")
    gate.signal()
    LabFixtures.finish(app)
    #expect(app.state.compare.outcome?.runs.map(\.spec) == ["tomek"])
  }

  @Test("the status bar shows the step, the rate and the time left; Esc cancels")
  func progressAndCancel() throws {
    let app = LabFixtures.app(screen: .compare)
    var now = 100.0
    app.clock = { now }
    LabFixtures.tick(["smote"], in: app)
    app.comparisonRunner = { _, _, _, isCancelled throws(FulcrumError) in
      while !isCancelled() { usleep(1_000) }
      return nil
    }
    app.perform(.evaluate)
    let id = try #require(app.state.comparison?.id)
    app.apply([
      .comparisonProgress(id: id, RunProgress(completed: 4, total: 10, step: "smote fold 2"))
    ])
    now = 102
    let grid = CellGrid(width: 120, height: 40)
    app.draw(on: grid)
    #expect(
      grid.render().contains("smote fold 2 · 4 of 10 · 2.0 steps/s · 3.0 s left · Esc cancels"))
    app.handle(.escape, width: 120, height: 40)
    #expect(app.state.comparison == nil)
    #expect(app.state.screen == .compare, "Esc stops the run before it leaves the screen")
    #expect(app.state.message?.text == "Compare run cancelled")
  }
}
