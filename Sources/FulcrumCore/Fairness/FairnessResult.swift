/// The fairness block of a report: groups, per-group rates and across-group disparities.
public struct FairnessResult: Sendable, Equatable, Codable {
  /// How the reference group was chosen.
  public enum ReferenceSource: String, Sendable, Equatable, Codable {
    /// Named with `--reference`.
    case given
    /// The group with the most rows (ties → the first).
    case largest
  }

  /// The sensitive columns and how each was grouped.
  public var sensitive: [SensitiveAttribute]
  /// The positive class of a binary task (or the one named for a multiclass task); nil when
  /// every class of a multiclass task is assessed one-vs-rest.
  public var positiveLabel: String?
  public var positiveLabelSource: PositiveClass.Source
  /// The group every other group's rates are divided by.
  public var referenceGroup: String
  public var referenceSource: ReferenceSource
  /// Whether row weights were applied to the counts.
  public var weighted: Bool
  /// One entry per positive class assessed: one for a binary task, one per class
  /// for a multiclass task.
  public var outcomes: [FairnessOutcome]
  /// Remarks that hold for every outcome, such as empty groups.
  public var notes: [String]

  public init(
    sensitive: [SensitiveAttribute], positiveLabel: String?,
    positiveLabelSource: PositiveClass.Source, referenceGroup: String,
    referenceSource: ReferenceSource, weighted: Bool, outcomes: [FairnessOutcome],
    notes: [String]
  ) {
    self.sensitive = sensitive
    self.positiveLabel = positiveLabel
    self.positiveLabelSource = positiveLabelSource
    self.referenceGroup = referenceGroup
    self.referenceSource = referenceSource
    self.weighted = weighted
    self.outcomes = outcomes
    self.notes = notes
  }

  public func encode(to encoder: any Encoder) throws {
    // Written by hand so a multiclass task shows `"positiveLabel": null`.
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(sensitive, forKey: .sensitive)
    try container.encode(positiveLabel, forKey: .positiveLabel)
    try container.encode(positiveLabelSource, forKey: .positiveLabelSource)
    try container.encode(referenceGroup, forKey: .referenceGroup)
    try container.encode(referenceSource, forKey: .referenceSource)
    try container.encode(weighted, forKey: .weighted)
    try container.encode(outcomes, forKey: .outcomes)
    try container.encode(notes, forKey: .notes)
  }
}
