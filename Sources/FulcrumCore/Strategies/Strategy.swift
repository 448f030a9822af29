/// A way of changing training data — by sampling rows, pooling them or weighting them —
/// before a model is fitted. It only ever sees training rows.
public protocol Strategy: Sendable {
  /// Applies the strategy; every random choice comes from `generator`.
  func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome
}

/// The strategy that changes nothing, the reference every comparison includes.
public struct Baseline: Strategy {
  public init() {}

  public func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    StrategyOutcome(
      trainingSet: trainingSet, origins: trainingSet.labels.indices.map { .original($0) },
      notes: ["baseline: training rows left unchanged"])
  }
}
