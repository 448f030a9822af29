import Foundation
import FulcrumCore

@testable import FulcrumUI

/// Fixed comparison results on the six-row credit table, so screens draw the same every
/// time whatever the strategy engine does.
enum LabFixtures {
  /// Per-fold confusion matrices (two folds, classes good and bad) for each run: the
  /// baseline first, then the strategies in the order asked for.
  static let foldMatrices: [[[[Int]]]] = [
    [[[2, 0], [1, 0]], [[2, 0], [1, 0]]],
    [[[1, 1], [0, 1]], [[2, 0], [0, 1]]],
    [[[2, 0], [1, 0]], [[1, 1], [0, 1]]],
    [[[2, 0], [0, 1]], [[2, 0], [0, 1]]],
    [[[1, 1], [1, 0]], [[2, 0], [1, 0]]],
  ]

  /// One run with the fold matrices of slot `slot`.
  static func run(_ spec: String, slot: Int) -> StrategyRun {
    let folds = foldMatrices[slot % foldMatrices.count]
    let labels = ["good", "bad"]
    var pooled = [[0, 0], [0, 0]]
    for matrix in folds {
      for truth in 0..<2 {
        for predicted in 0..<2 { pooled[truth][predicted] += matrix[truth][predicted] }
      }
    }
    let spread = FoldSpread(folds.map { Metrics(ConfusionMatrix(labels: labels, counts: $0)) })
    let evaluation = ModelEvaluation(
      method: "cross-validation", model: "logistic", folds: 2, seed: 0,
      confusionMatrix: ConfusionMatrix(labels: labels, counts: pooled), foldSpread: spread)
    let after: [Double] = slot == 0 ? [2, 1] : [2, Double(1 + slot % 3)]
    return StrategyRun(
      spec: spec, trainingBefore: [2, 1], trainingAfter: after, evaluation: evaluation,
      notes: slot == 0 ? [] : ["\(spec): changed the training rows"])
  }

  /// A runner that reports one step per run and returns the fixed results.
  static let runner: ComparisonRunner = { _, request, progress, isCancelled in
    let all = ["baseline"] + request.specs
    for (index, spec) in all.enumerated() {
      if isCancelled() { return nil }
      progress(RunProgress(completed: index, total: all.count, step: "\(spec) fold 1"))
    }
    return ComparisonOutcome(
      baseline: run("baseline", slot: 0),
      runs: request.specs.enumerated().map { run($1, slot: $0 + 1) })
  }

  /// The credit table loaded, on `screen`, with the fixed runner and a still clock.
  static func app(screen: ScreenID = .lab) -> DashboardApp {
    let app = ScreenFixtures.app(screen: screen)
    app.comparisonRunner = runner
    return app
  }

  /// Applies job events until no run is going (or ten seconds pass).
  static func finish(_ app: DashboardApp) {
    let deadline = Date().addingTimeInterval(10)
    while app.state.comparison != nil, Date() < deadline {
      usleep(2_000)
      app.apply(app.jobs.drain())
    }
  }

  /// Ticks `names` on the Compare screen by moving the list to each and pressing Space.
  static func tick(_ names: [String], in app: DashboardApp) {
    for name in names {
      app.state.compare.list.selected = StrategyChoices.line(of: name)!
      app.perform(.toggleItem)
    }
  }
}
