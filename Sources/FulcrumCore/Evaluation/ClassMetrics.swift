/// Precision, recall, F1 and specificity of one class; nil where the ratio is 0/0.
public struct ClassMetrics: Sendable, Equatable, Codable {
  public var label: String
  /// Rows whose true class is this one.
  public var support: Int
  /// Rows predicted as this class.
  public var predicted: Int
  /// tp / predicted; nil when the class is never predicted.
  public var precision: Double?
  /// tp / support; nil when the class never occurs in the truth.
  public var recall: Double?
  /// 2·tp / (support + predicted); 0 when tp = 0 but either count is positive.
  public var f1: Double?
  /// tn / (tn + fp); nil when every row belongs to this class.
  public var specificity: Double?

  public init(
    label: String, support: Int, predicted: Int, precision: Double?, recall: Double?,
    f1: Double?, specificity: Double?
  ) {
    self.label = label
    self.support = support
    self.predicted = predicted
    self.precision = precision
    self.recall = recall
    self.f1 = f1
    self.specificity = specificity
  }

  /// Metrics of every class of `matrix`, in its label order.
  public static func all(_ matrix: ConfusionMatrix) -> [ClassMetrics] {
    let total = matrix.total
    let support = matrix.support
    let predicted = matrix.predictedCounts
    return matrix.labels.indices.map { c in
      let tp = matrix.counts[c][c]
      let falsePositives = predicted[c] - tp
      let trueNegatives = total - (predicted[c] + support[c] - tp)
      return ClassMetrics(
        label: matrix.labels[c], support: support[c], predicted: predicted[c],
        precision: ratio(tp, predicted[c]), recall: ratio(tp, support[c]),
        f1: ratio(2 * tp, support[c] + predicted[c]),
        specificity: ratio(trueNegatives, trueNegatives + falsePositives))
    }
  }

  // Written by hand so that an undefined value is `null` rather than a missing key.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(label, forKey: .label)
    try container.encode(support, forKey: .support)
    try container.encode(predicted, forKey: .predicted)
    try container.encode(precision, forKey: .precision)
    try container.encode(recall, forKey: .recall)
    try container.encode(f1, forKey: .f1)
    try container.encode(specificity, forKey: .specificity)
  }
}

/// `numerator / denominator`, or nil for 0/0 (our policy: undefined, never silently 0).
func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
  denominator == 0 ? nil : Double(numerator) / Double(denominator)
}
