/// How a model's predictions compare with the truth: the report-ready result of a
/// cross-validation or of an audit of given predictions.
public struct ModelEvaluation: Sendable, Equatable, Codable {
  /// `cross-validation` or `given-predictions`.
  public var method: String
  /// The model spec (`logistic`, `tree:depth=4`, …), or the audited column's name.
  public var model: String
  /// Fold count and seed of a cross-validation; nil for given predictions.
  public var folds: Int?
  public var seed: UInt64?
  /// Pooled over every out-of-fold prediction (or every audited row).
  public var confusionMatrix: ConfusionMatrix
  public var metrics: Metrics
  public var perClass: [ClassMetrics]
  /// Per-fold values with mean and standard deviation; nil for given predictions.
  public var foldSpread: FoldSpread?
  /// Feature names the model saw.
  public var features: [String]
  /// Text columns left out of the features for having too many distinct values.
  public var leftOutColumns: [String]
  /// Things the user should know (small classes, unlabelled rows left out, …).
  public var warnings: [String]

  public init(
    method: String, model: String, folds: Int? = nil, seed: UInt64? = nil,
    confusionMatrix: ConfusionMatrix, foldSpread: FoldSpread? = nil, features: [String] = [],
    leftOutColumns: [String] = [], warnings: [String] = []
  ) {
    self.method = method
    self.model = model
    self.folds = folds
    self.seed = seed
    self.confusionMatrix = confusionMatrix
    self.metrics = Metrics(confusionMatrix)
    self.perClass = ClassMetrics.all(confusionMatrix)
    self.foldSpread = foldSpread
    self.features = features
    self.leftOutColumns = leftOutColumns
    self.warnings = warnings
  }

  // Written by hand so that absent values are `null` rather than missing keys.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(method, forKey: .method)
    try container.encode(model, forKey: .model)
    try container.encode(folds, forKey: .folds)
    try container.encode(seed, forKey: .seed)
    try container.encode(confusionMatrix, forKey: .confusionMatrix)
    try container.encode(metrics, forKey: .metrics)
    try container.encode(perClass, forKey: .perClass)
    try container.encode(foldSpread, forKey: .foldSpread)
    try container.encode(features, forKey: .features)
    try container.encode(leftOutColumns, forKey: .leftOutColumns)
    try container.encode(warnings, forKey: .warnings)
  }
}
