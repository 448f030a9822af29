/// A group's one-vs-rest confusion counts for one positive class (weighted when rows are).
public struct OutcomeCounts: Sendable, Equatable, Codable {
  public var truePositives: Double = 0
  public var falsePositives: Double = 0
  public var falseNegatives: Double = 0
  public var trueNegatives: Double = 0

  public init() {}

  public init(
    truePositives: Double, falsePositives: Double, falseNegatives: Double,
    trueNegatives: Double
  ) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
    self.trueNegatives = trueNegatives
  }

  public var total: Double { truePositives + falsePositives + falseNegatives + trueNegatives }
  /// Rows whose true label is the positive class.
  public var positives: Double { truePositives + falseNegatives }
  /// Rows whose true label is another class.
  public var negatives: Double { falsePositives + trueNegatives }
  /// Rows predicted as the positive class.
  public var predictedPositives: Double { truePositives + falsePositives }
}
