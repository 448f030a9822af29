/// One group's size, one-vs-rest counts and rates for one positive class.
public struct GroupFairness: Sendable, Equatable, Codable {
  /// The group's name (levels joined by `SensitiveGroups.separator`).
  public var name: String
  /// The group's level in each sensitive column.
  public var levels: [String]
  /// Number of rows.
  public var size: Int
  /// Sum of the rows' weights (equals `size` without weights).
  public var weightedSize: Double
  public var counts: OutcomeCounts
  /// Share of rows whose true label is positive.
  public var baseRate: GroupRate
  /// Share of rows predicted positive.
  public var selectionRate: GroupRate
  /// Recall of the positive class: TP / (TP + FN).
  public var truePositiveRate: GroupRate
  /// FP / (FP + TN).
  public var falsePositiveRate: GroupRate
  /// TP / (TP + FP).
  public var precision: GroupRate
  /// Share of rows whose one-vs-rest prediction is right.
  public var accuracy: GroupRate
  /// Rates divided by the reference group's (1 for the reference group itself when defined).
  public var ratioToReference: ReferenceRatios

  public init(
    name: String, levels: [String], size: Int, weightedSize: Double, counts: OutcomeCounts,
    baseRate: GroupRate, selectionRate: GroupRate, truePositiveRate: GroupRate,
    falsePositiveRate: GroupRate, precision: GroupRate, accuracy: GroupRate,
    ratioToReference: ReferenceRatios
  ) {
    self.name = name
    self.levels = levels
    self.size = size
    self.weightedSize = weightedSize
    self.counts = counts
    self.baseRate = baseRate
    self.selectionRate = selectionRate
    self.truePositiveRate = truePositiveRate
    self.falsePositiveRate = falsePositiveRate
    self.precision = precision
    self.accuracy = accuracy
    self.ratioToReference = ratioToReference
  }
}
