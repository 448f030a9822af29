import FulcrumCore
import Testing

@testable import FulcrumUI

@Suite("Lab screen")
struct LabScreenTests {
  static let sizes = [(120, 40), (80, 24), (60, 20)]

  /// The Lab after running `smote:k=3` and with the cursor in its form.
  static func ranSMOTE() -> DashboardApp {
    let app = LabFixtures.app()
    app.state.lab.list.selected = StrategyChoices.line(of: "smote")!
    app.state.choices.values["smote"] = ["k": "3"]
    app.perform(.evaluate)
    LabFixtures.finish(app)
    app.perform(.moveRight)
    return app
  }

  @Test("goldens at 120×40, 80×24 and 60×20 in colour and in mono")
  func goldens() {
    let app = Self.ranSMOTE()
    for (width, height) in Self.sizes {
      let grid = CellGrid(width: width, height: height)
      app.draw(on: grid)
      GoldenFile.check(GoldenFile.colour(grid), name: "lab-\(width)x\(height)-colour")
      GoldenFile.check(GoldenFile.mono(grid), name: "lab-\(width)x\(height)-mono")
    }
  }

  @Test("the list groups strategies by family and leaves the baseline out")
  func listByFamily() {
    let headings = StrategyChoices.lines.compactMap { line -> String? in
      if case .heading(let title) = line { return title }
      return nil
    }
    #expect(headings == ["sampling", "pooling", "attention"])
    #expect(StrategyChoices.names.first == "random-over")
    #expect(!StrategyChoices.names.contains("baseline"))
    #expect(StrategyChoices.names.count == StrategyCatalog.declarations.count - 1)
  }

  @Test("typing a parameter checks it at once with the command line's error")
  func validatesAsYouType() throws {
    let app = LabFixtures.app()
    app.state.lab.list.selected = StrategyChoices.line(of: "smote")!
    app.handle(.enter, width: 120, height: 40)
    #expect(app.state.lab.focus == .parameters)
    app.handle(.enter, width: 120, height: 40)
    app.handle(.backspace, width: 120, height: 40)
    app.handle(.character("0"), width: 120, height: 40)
    var expected = ""
    do throws(FulcrumError) {
      _ = try StrategySpec.parse("smote:k=0")
    } catch {
      expected = error.message
    }
    #expect(!expected.isEmpty)
    let grid = CellGrid(width: 120, height: 40)
    app.draw(on: grid)
    #expect(grid.render().contains(expected))
    #expect(grid.render().contains("spec smote:k=0"))
    app.handle(.backspace, width: 120, height: 40)
    app.handle(.character("4"), width: 120, height: 40)
    app.handle(.enter, width: 120, height: 40)
    #expect(app.state.mode.isNormal)
    #expect(app.state.choices.specText(for: "smote") == "smote:k=4")
    let valid = CellGrid(width: 120, height: 40)
    app.draw(on: valid)
    #expect(valid.render().contains("✓ valid"))
  }

  @Test("Esc while typing puts the old value back; an empty value means the default")
  func escapeAndDefault() {
    let app = LabFixtures.app()
    app.state.lab.list.selected = StrategyChoices.line(of: "smote")!
    app.perform(.moveRight)
    app.perform(.editParameter)
    app.handle(.character("9"), width: 80, height: 24)
    #expect(app.state.choices.specText(for: "smote") == "smote:k=59")
    app.handle(.escape, width: 80, height: 24)
    #expect(app.state.choices.specText(for: "smote") == "smote")
    app.perform(.editParameter)
    app.handle(.control("u"), width: 80, height: 24)
    app.handle(.enter, width: 80, height: 24)
    #expect(app.state.choices.values["smote"]?["k"] == nil)
  }

  @Test("r refuses a spec the parser rejects and says why")
  func refusesInvalid() {
    let app = LabFixtures.app()
    app.state.lab.list.selected = StrategyChoices.line(of: "smote")!
    app.state.choices.values["smote"] = ["k": "zero"]
    app.perform(.evaluate)
    #expect(app.state.comparison == nil)
    #expect(app.state.message?.text == "smote: k must be an integer ≥ 1, got 'zero'")
  }

  @Test("runs go into the history; u undoes, ^R redoes, a new run drops the redo")
  func history() throws {
    let app = LabFixtures.app()
    for (name, k) in [("smote", "3"), ("adasyn", "4")] {
      app.state.lab.list.selected = StrategyChoices.line(of: name)!
      app.state.choices.values[name] = ["k": k]
      app.perform(.evaluate)
      LabFixtures.finish(app)
    }
    #expect(app.state.lab.history.map(\.spec) == ["smote:k=3", "adasyn:k=4"])
    app.handle(.character("u"), width: 80, height: 24)
    #expect(app.state.lab.current?.spec == "smote:k=3")
    #expect(app.state.lab.strategy == "smote")
    app.state.choices.values["smote"] = [:]
    app.handle(.character("u"), width: 80, height: 24)
    #expect(app.state.lab.current == nil)
    app.handle(.control("r"), width: 80, height: 24)
    #expect(app.state.lab.current?.spec == "smote:k=3")
    #expect(app.state.choices.specText(for: "smote") == "smote:k=3", "redo restores the form")
    let grid = CellGrid(width: 80, height: 24)
    app.draw(on: grid)
    #expect(grid.render().contains("▸1 smote:k=3"))
    #expect(grid.render().contains(" 2 adasyn:k=4"))
    app.state.lab.list.selected = StrategyChoices.line(of: "tomek")!
    app.perform(.evaluate)
    LabFixtures.finish(app)
    #expect(app.state.lab.history.map(\.spec) == ["smote:k=3", "tomek"])
    app.handle(.control("r"), width: 80, height: 24)
    #expect(app.state.message?.text == "nothing to redo")
  }

  @Test("the result shows the change of each metric against the baseline")
  func changeAgainstBaseline() throws {
    let app = Self.ranSMOTE()
    let run = try #require(app.state.lab.current?.outcome)
    let baseline = try #require(run.baseline.mean("balancedAccuracy"))
    let strategy = try #require(run.runs.first?.mean("balancedAccuracy"))
    let delta = LabScreen.change(strategy, baseline, charset: .unicode)
    #expect(delta == "+" + Formatting.fixed(strategy - baseline, digits: 3))
    let grid = CellGrid(width: 120, height: 40)
    app.draw(on: grid)
    let line = try #require(
      grid.render().split(separator: "\n").first { $0.contains("balanced acc.") })
    #expect(line.contains(delta))
    #expect(LabScreen.changeRole(0.8, 0.7) == .good)
    #expect(LabScreen.changeRole(0.6, 0.7) == .bad)
    #expect(LabScreen.changeRole(0.7, 0.7) == .muted)
  }
}

@Suite("Lab and Compare help")
struct LabHelpTests {
  @Test("the help gives the reason an action cannot run yet")
  func reasons() {
    let app = LabFixtures.app(screen: .lab)
    #expect(app.unavailableReason(.undo) == "nothing to undo")
    #expect(app.unavailableReason(.redo) == "nothing to redo")
    #expect(app.unavailableReason(.cancelJob) == "no run is going")
    app.handle(.character("?"), width: 120, height: 40)
    let grid = CellGrid(width: 120, height: 40)
    app.draw(on: grid)
    #expect(grid.render().contains("Help: Lab"))
    #expect(grid.render().contains("(undo: nothing to undo)"))
    app.state.showingHelp = false
    app.perform(.evaluate)
    LabFixtures.finish(app)
    #expect(app.unavailableReason(.undo) == nil)
    app.state.screen = .compare
    #expect(app.unavailableReason(.evaluate) == "tick at least one strategy with Space first")
    #expect(app.unavailableReason(.cycleSort) == "run a comparison with r first")
  }
}
