/// The outcome of a `StrategyComparison`: the baseline first, then each strategy.
public struct ComparisonResult: Sendable {
  /// One strategy's cross-validated evaluation.
  public struct Entry: Sendable {
    /// The spec as written, `baseline` for none.
    public var strategy: String
    /// Mean row count of each class in a training fold after the strategy.
    public var trainDistribution: [ClassWeight]
    /// What the strategy did and could not do, from every fold (see `FoldNotes`).
    public var notes: [String]
    public var evaluation: ModelEvaluation
    /// Group fairness of the out-of-fold predictions; nil without sensitive groups.
    public var fairness: FairnessResult?
    /// Recall of the smallest class in each fold.
    public var minorityRecall: MetricSpread
    /// Out-of-fold predicted class of each table row; nil for rows without a label.
    public var predictions: [Int?]

    /// The entry as a report result.
    public var resultEntry: ResultEntry {
      ResultEntry(
        strategy: strategy, evaluation: evaluation, trainDistribution: trainDistribution,
        fairness: fairness, notes: notes, minorityRecall: minorityRecall)
    }
  }

  public var entries: [Entry]

  /// The report results, baseline first.
  public var resultEntries: [ResultEntry] { entries.map(\.resultEntry) }
}
