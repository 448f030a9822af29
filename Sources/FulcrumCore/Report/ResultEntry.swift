/// The outcome of evaluating one strategy on a dataset.
///
/// `strategy` names the spec that produced it (`baseline` for none). The model evaluation's
/// fields sit directly in the entry in JSON (`method`, `model`, `confusionMatrix`,
/// `metrics`, `perClass`, `foldSpread`, …), next to `trainDistribution` and, with
/// sensitive columns, `fairness` and the checks of any fairness limits.
public struct ResultEntry: Codable, Sendable, Equatable {
  /// The strategy spec as given, `baseline` for none.
  public var strategy: String
  /// Confusion matrix and metrics; nil when nothing was evaluated.
  public var evaluation: ModelEvaluation?
  /// Mean total row weight of each class in a training fold; nil for given predictions.
  public var trainDistribution: [ClassWeight]?
  /// The column whose values weighted the rows (`--weight`), nil when unweighted.
  public var weightColumn: String?
  /// Group fairness of the predictions; nil without sensitive columns.
  public var fairness: FairnessResult?
  /// Each `--fail-above` / `--fail-below` limit checked against `fairness`.
  public var fairnessChecks: [FairnessLimitCheck]
  /// What the strategy did in the training folds and what it could not do; empty for the
  /// baseline and for a plain report.
  public var notes: [String]
  /// Recall of the smallest class, per fold, in a comparison; nil elsewhere.
  public var minorityRecall: MetricSpread?

  public init(
    strategy: String, evaluation: ModelEvaluation? = nil,
    trainDistribution: [ClassWeight]? = nil, weightColumn: String? = nil,
    fairness: FairnessResult? = nil, fairnessChecks: [FairnessLimitCheck] = [],
    notes: [String] = [], minorityRecall: MetricSpread? = nil
  ) {
    self.strategy = strategy
    self.evaluation = evaluation
    self.trainDistribution = trainDistribution
    self.weightColumn = weightColumn
    self.fairness = fairness
    self.fairnessChecks = fairnessChecks
    self.notes = notes
    self.minorityRecall = minorityRecall
  }

  /// Whether a fairness limit was exceeded.
  public var failsALimit: Bool { fairnessChecks.contains { $0.status == .exceeded } }

  private enum CodingKeys: String, CodingKey {
    case strategy, confusionMatrix, trainDistribution, weightColumn, fairness, fairnessChecks
    case notes, minorityRecall
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    strategy = try container.decode(String.self, forKey: .strategy)
    // The evaluation's keys share this object; its matrix says whether it is there.
    evaluation =
      container.contains(.confusionMatrix) ? try ModelEvaluation(from: decoder) : nil
    trainDistribution = try container.decodeIfPresent(
      [ClassWeight].self, forKey: .trainDistribution)
    weightColumn = try container.decodeIfPresent(String.self, forKey: .weightColumn)
    fairness = try container.decodeIfPresent(FairnessResult.self, forKey: .fairness)
    fairnessChecks =
      try container.decodeIfPresent([FairnessLimitCheck].self, forKey: .fairnessChecks) ?? []
    notes = try container.decodeIfPresent([String].self, forKey: .notes) ?? []
    minorityRecall = try container.decodeIfPresent(MetricSpread.self, forKey: .minorityRecall)
  }

  // Written by hand to lay the evaluation's fields out flat and keep `null` for absent values.
  public func encode(to encoder: any Encoder) throws {
    try evaluation?.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(strategy, forKey: .strategy)
    try container.encode(trainDistribution, forKey: .trainDistribution)
    try container.encode(weightColumn, forKey: .weightColumn)
    try container.encode(fairness, forKey: .fairness)
    try container.encode(fairnessChecks, forKey: .fairnessChecks)
    try container.encode(notes, forKey: .notes)
    // Only a comparison measures it; a plain report keeps its earlier keys.
    try container.encodeIfPresent(minorityRecall, forKey: .minorityRecall)
  }
}

/// A class and the total weight of its rows (the row count when rows are unweighted).
public struct ClassWeight: Codable, Sendable, Equatable {
  public var name: String
  public var weight: Double

  public init(name: String, weight: Double) {
    self.name = name
    self.weight = weight
  }
}
