import Foundation
import FulcrumCore
import Testing

@testable import FulcrumUI

@Suite("Model screen")
struct ModelScreenTests {
  /// Twelve rows two classes apart on one feature: any model separates them perfectly.
  static let separable = Dataset(
    path: "/data/separable.csv", format: "csv",
    columns: [
      Column(name: "x", storage: .numeric([1, 2, 3, 4, 5, 6, 101, 102, 103, 104, 105, 106])),
      Column(
        name: "class",
        storage: .categorical(
          codes: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1], levels: ["no", "yes"])),
    ], labelIndex: 1)

  static func app(_ dataset: Dataset = separable, screen: ScreenID = .overview) -> DashboardApp {
    var entry = DatasetEntry(path: dataset.path, origin: .file)
    entry.status = .loaded(LoadedDataset(dataset))
    let state = DashboardState(entries: [entry], screen: screen)
    state.current = 0
    return DashboardApp(state: state, jobs: JobQueue(), label: nil, clock: { 100 })
  }

  /// Applies job events until no evaluation runs (or ten seconds pass).
  static func finish(_ app: DashboardApp) {
    let deadline = Date().addingTimeInterval(10)
    while app.state.evaluation.running != nil, Date() < deadline {
      usleep(5_000)
      app.apply(app.jobs.drain())
    }
  }

  @Test("opening the screen evaluates in the background and draws matrix, summary and classes")
  func golden() throws {
    let app = Self.app()
    app.perform(.showModel)
    #expect(app.state.evaluation.running?.key.folds == 5)
    let waiting = CellGrid(width: 80, height: 24)
    app.draw(on: waiting)
    #expect(waiting.render().contains("Cross-validating logistic over 5 folds"))
    #expect(waiting.render().contains("fold 1 of 5 · 0.0 s · Esc cancels"))
    Self.finish(app)
    try #require(app.currentEvaluation != nil)
    let grid = CellGrid(width: 80, height: 24)
    app.draw(on: grid)
    #expect(
      grid.render() == """
          1 Datasets   2 Overview   3 Data   4 Model   5 Fairness   6 Lab   7 Compare
        ────────────────────────────────────────────────────────────────────────────────
         separable.csv  model logistic  folds 5  seed 0

         Confusion matrix  rows truth, columns predicted
              no yes   Metric        pooled fold mean ± sd
         no    6   0   accuracy       1.000 1.000 ± 0.000
         yes   0   6   balanced acc.  1.000 1.000 ± 0.000
                       macro F1       1.000 1.000 ± 0.000
                       G-mean         1.000 1.000 ± 0.000
                       MCC            1.000 1.000 ± 0.000
                       Cohen's κ      1.000 1.000 ± 0.000

         Class Precision Recall    F1 Specificity Support
         no        1.000  1.000 1.000       1.000       6
         yes       1.000  1.000 1.000       1.000       6






         Model › separable.csv
         m model  f folds  s seed  n normalise  ↓ move  Tab screen  ? help
        """)
  }

  @Test("n toggles row percentages; ↓ selects a class in the table and the heatmap")
  func normaliseAndSelect() {
    let app = Self.app()
    app.perform(.showModel)
    Self.finish(app)
    app.handle(.character("n"), width: 80, height: 24)
    app.handle(.character("j"), width: 80, height: 24)
    let grid = CellGrid(width: 80, height: 24)
    app.draw(on: grid)
    let lines = grid.render().split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[4].hasPrefix(" Confusion matrix, row %"))
    #expect(lines[7].hasPrefix(" yes   0 100"))
    #expect(grid[7, 1].role == .selection)
    #expect(grid[15, 3].role == .selection)
    #expect(grid[14, 3].role == .text)
  }

  @Test("a changed choice replaces the running job; events of the replaced job are dropped")
  func replaces() {
    let app = Self.app()
    app.perform(.showModel)
    let first = app.state.evaluation.running
    app.handle(.character("s"), width: 80, height: 24)
    let second = app.state.evaluation.running
    #expect(first?.cancel.isCancelled == true)
    #expect(second?.key.seed == 1)
    #expect(second?.id != first?.id)
    app.apply([
      .evaluationProgress(id: first!.id, completedFolds: 4),
      .evaluationFailed(id: first!.id, message: "late"),
    ])
    #expect(app.state.evaluation.running?.completedFolds == 0)
    #expect(app.state.evaluation.failure == nil)
    Self.finish(app)
    #expect(app.state.evaluation.finished?.key.seed == 1)
  }

  @Test("Esc cancels the running evaluation, stays on the screen and does not restart it")
  func escapeCancels() {
    let app = Self.app()
    app.perform(.showModel)
    let running = app.state.evaluation.running
    app.handle(.escape, width: 80, height: 24)
    #expect(app.state.screen == .model)
    #expect(running?.cancel.isCancelled == true)
    #expect(app.state.evaluation.running == nil)
    #expect(app.state.message?.text == "evaluation cancelled")
    app.handle(.character("j"), width: 80, height: 24)
    #expect(app.state.evaluation.running == nil)
    let grid = CellGrid(width: 80, height: 24)
    app.draw(on: grid)
    #expect(grid.render().contains("Press r to cross-validate the model."))
    app.handle(.escape, width: 80, height: 24)
    #expect(app.state.wantsToQuit)
  }

  @Test("m, f and s cycle the model, the folds and the seed")
  func choices() {
    let app = Self.app(screen: .model)
    var models: [String] = []
    for _ in 0..<4 {
      app.handle(.character("m"), width: 80, height: 24)
      models.append(app.state.evaluation.model.description)
    }
    #expect(models == ["naive-bayes", "knn", "tree", "logistic"])
    app.handle(.character("f"), width: 80, height: 24)
    #expect(app.state.evaluation.folds == 10)
    app.handle(.character("f"), width: 80, height: 24)
    #expect(app.state.evaluation.folds == 3)
    app.handle(.character("S"), width: 80, height: 24)
    #expect(app.state.evaluation.seed == 0)
    app.handle(.character("s"), width: 80, height: 24)
    #expect(app.state.evaluation.running?.key.seed == 1)
    #expect(app.state.evaluation.running?.key.folds == 3)
  }

  @Test("a class with a single row shows the error instead of a matrix")
  func failure() {
    let lonely = Dataset(
      path: "/data/lonely.csv", format: "csv",
      columns: [
        Column(name: "x", storage: .numeric([1, 2, 3, 4])),
        Column(name: "class", storage: .categorical(codes: [0, 0, 0, 1], levels: ["a", "b"])),
      ], labelIndex: 1)
    let app = Self.app(lonely)
    app.perform(.showModel)
    Self.finish(app)
    let grid = CellGrid(width: 80, height: 24)
    app.draw(on: grid)
    #expect(grid.render().contains("Could not evaluate the model"))
    #expect(app.state.evaluation.failure != nil)
  }

  @Test("a ten-class matrix and its classes fit 80x24")
  func tenClasses() {
    let app = Self.app(screen: .model)
    let labels = (0..<10).map(String.init)
    let counts = (0..<10).map { truth in (0..<10).map { $0 == truth ? 170 + truth : truth } }
    let matrix = ConfusionMatrix(labels: labels, counts: counts)
    let evaluation = ModelEvaluation(
      method: "cross-validation", model: "logistic", folds: 5, seed: 0,
      confusionMatrix: matrix)
    let grid = CellGrid(width: 80, height: 24)
    app.draw(on: grid)
    ModelScreen.drawResult(
      evaluation, state: app.state,
      on: grid.region(Rect(row: 4, col: 0, height: 18, width: 80)))
    let lines = grid.render().split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines[5] == "     0   1   2   3   4   5   6   7   8   9   Metric        pooled fold mean ± sd"
    )
    #expect(lines[15] == " 9   9   9   9   9   9   9   9   9   9 179")
    #expect(lines[17].hasPrefix(" Class Precision Recall    F1 Specificity Support"))
    // Class 0: 170 right of 170 + 45 predicted as 0; all 170 of its rows found.
    #expect(lines[18] == " 0         0.791  1.000 0.883       0.977     170")
    #expect(lines[21].hasPrefix(" 3 "))
  }
}

@Suite("Model screen without UTF-8")
struct ModelScreenASCIITests {
  @Test("an ASCII terminal gets +- and kappa and nothing outside ASCII")
  func ascii() {
    let app = ModelScreenTests.app()
    app.perform(.showModel)
    ModelScreenTests.finish(app)
    let grid = CellGrid(width: 80, height: 24, charset: .ascii)
    app.draw(on: grid)
    let text = grid.render()
    #expect(text.contains("accuracy       1.000 1.000 +- 0.000"))
    #expect(text.contains("Cohen's kappa"))
    #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
  }
}
