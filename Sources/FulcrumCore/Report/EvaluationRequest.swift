/// What a report should evaluate besides describing the table: which model (or which
/// column of given predictions), how to cross-validate, and how to assess fairness.
public struct EvaluationRequest: Sendable {
  /// The reference model to cross-validate; nil evaluates nothing (unless `predicted`).
  public var model: ReferenceModel?
  public var folds: Int
  public var seed: UInt64
  /// A column of predictions to audit instead of training a model.
  public var predicted: String?
  /// `--sensitive` arguments (`COL` or `COL:cut,cut…`); empty for no fairness block.
  public var sensitive: [String]
  /// Whether sensitive columns stay model features. They do by default, as in a plain
  /// scikit-learn pipeline over every column; false trains a model blind to them.
  public var sensitiveAsFeatures: Bool
  /// The positive class for fairness figures; nil for the minority class.
  public var positive: String?
  /// The reference group for ratios; nil for the largest group.
  public var reference: String?
  /// A numeric column of row weights, used in the model fit and the fairness figures.
  public var weightColumn: String?
  /// Fairness limits to check (`--fail-above`, `--fail-below`); they need `sensitive`.
  public var limits: [FairnessLimit]

  public init(
    model: ReferenceModel? = .logistic, folds: Int = 5, seed: UInt64 = 0,
    predicted: String? = nil, sensitive: [String] = [], sensitiveAsFeatures: Bool = true,
    positive: String? = nil, reference: String? = nil, weightColumn: String? = nil,
    limits: [FairnessLimit] = []
  ) {
    self.model = model
    self.folds = folds
    self.seed = seed
    self.predicted = predicted
    self.sensitive = sensitive
    self.sensitiveAsFeatures = sensitiveAsFeatures
    self.positive = positive
    self.reference = reference
    self.weightColumn = weightColumn
    self.limits = limits
  }

  /// Whether this request evaluates anything.
  public var evaluates: Bool { model != nil || predicted != nil }
}
