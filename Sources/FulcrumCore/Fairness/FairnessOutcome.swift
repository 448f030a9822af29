/// Group metrics and disparities with one class taken as the positive outcome.
public struct FairnessOutcome: Sendable, Equatable, Codable {
  /// The class counted as positive (for a multiclass task, this class against the rest).
  public var positiveLabel: String
  /// Every group, empty ones included, in `SensitiveGroups` order.
  public var groups: [GroupFairness]
  public var aggregates: FairnessAggregates
  /// Which rates are undefined in which group, and which aggregates are undefined, and why.
  public var notes: [String]

  public init(
    positiveLabel: String, groups: [GroupFairness], aggregates: FairnessAggregates,
    notes: [String]
  ) {
    self.positiveLabel = positiveLabel
    self.groups = groups
    self.aggregates = aggregates
    self.notes = notes
  }
}
