import Foundation
import FulcrumCore
import Synchronization
import Testing

@testable import FulcrumUI

@Suite("Comparison runs of the Lab and Compare screens")
struct StrategyComparisonRunnerTests {
  /// Ten rows of `no` and five of `yes`, apart on one feature.
  static let imbalanced = Dataset(
    path: "/data/imbalanced.csv", format: "csv",
    columns: [
      Column(
        name: "x",
        storage: .numeric([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 101, 102, 103, 104, 105])),
      Column(
        name: "class",
        storage: .categorical(
          codes: Array(repeating: 0, count: 10) + Array(repeating: 1, count: 5),
          levels: ["no", "yes"])),
    ], labelIndex: 1)

  @Test("the engine's result becomes a baseline and one run per spec, with before and after")
  func adapter() throws {
    let request = ComparisonRequest(
      entry: 0, specs: ["random-over"], model: .logistic, folds: 5, seed: 0, sensitive: [],
      screen: .lab)
    let steps = Mutex<[RunProgress]>([])
    let outcome = try #require(
      try DashboardApp.strategyComparison(
        Self.imbalanced, request, { step in steps.withLock { $0.append(step) } }, { false }))
    #expect(outcome.baseline.spec == "baseline")
    #expect(outcome.runs.map(\.spec) == ["random-over"])
    #expect(outcome.baseline.trainingBefore == [8, 4])
    #expect(outcome.baseline.trainingAfter == [8, 4])
    #expect(outcome.runs[0].trainingBefore == [8, 4])
    #expect(outcome.runs[0].trainingAfter == [8, 8])
    #expect(outcome.runs[0].evaluation.confusionMatrix.total == 15)
    #expect(outcome.runs[0].fairness == nil)
    let recorded = steps.withLock { $0 }
    #expect(recorded.count == 10)
    #expect(recorded.map(\.completed).max() == 10)
    #expect(recorded.allSatisfy { $0.total == 10 && $0.step.contains("fold") })
  }

  @Test("a cancelled run returns nothing")
  func cancelled() throws {
    let request = ComparisonRequest(
      entry: 0, specs: ["smote"], model: .logistic, folds: 5, seed: 0, sensitive: [],
      screen: .compare)
    let outcome = try DashboardApp.strategyComparison(Self.imbalanced, request, { _ in }, { true })
    #expect(outcome == nil)
  }

  @Test("opening another dataset stops the run for the previous one")
  func switchingDatasetCancels() {
    let app = LabFixtures.app(screen: .compare)
    app.comparisonRunner = { _, _, _, isCancelled throws(FulcrumError) in
      while !isCancelled() { usleep(1_000) }
      return nil
    }
    LabFixtures.tick(["smote"], in: app)
    app.perform(.evaluate)
    let flag = app.state.comparison?.cancel
    #expect(flag?.isCancelled == false)
    app.state.screen = .datasets
    app.state.datasets.selected = 1
    app.perform(.open)
    #expect(app.state.comparison == nil)
    #expect(flag?.isCancelled == true)
  }
}
