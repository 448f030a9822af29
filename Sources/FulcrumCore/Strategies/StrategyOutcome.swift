/// What a strategy produced from a training set.
public struct StrategyOutcome: Sendable, Equatable {
  /// The new training rows: kept original rows first, in their input order, then any
  /// copies and synthetic rows.
  public var trainingSet: TrainingTable
  /// For each output row, where it came from.
  public var origins: [RowOrigin]
  /// What every later row (a test fold) must go through before a model sees it.
  public var featureTransform: FeatureTransform
  /// What the strategy did and what it could not do, one sentence each.
  public var notes: [String]

  public init(
    trainingSet: TrainingTable, origins: [RowOrigin],
    featureTransform: FeatureTransform = .identity, notes: [String] = []
  ) {
    precondition(origins.count == trainingSet.rowCount, "one origin per output row")
    self.trainingSet = trainingSet
    self.origins = origins
    self.featureTransform = featureTransform
    self.notes = notes
  }

  /// Per-row weights for the model; `nil` when every row weighs 1.
  public var weights: [Double]? { trainingSet.weights }
}
