/// Across-group disparities of one positive class: max − min and min / max over the groups
/// whose rate is defined.
///
/// A rate undefined in a group (0/0) is left out. An aggregate is nil when fewer than two
/// groups have the rate defined, and a ratio is nil when every defined rate is 0 (0/0).
/// Equalized odds takes the larger of the defined TPR and FPR differences and the smaller of
/// the defined TPR and FPR ratios; equal opportunity is the TPR pair alone.
public struct FairnessAggregates: Sendable, Equatable, Codable {
  public var demographicParityDifference: Double?
  public var demographicParityRatio: Double?
  public var equalizedOddsDifference: Double?
  public var equalizedOddsRatio: Double?
  public var equalOpportunityDifference: Double?
  public var equalOpportunityRatio: Double?

  public init(
    demographicParityDifference: Double? = nil, demographicParityRatio: Double? = nil,
    equalizedOddsDifference: Double? = nil, equalizedOddsRatio: Double? = nil,
    equalOpportunityDifference: Double? = nil, equalOpportunityRatio: Double? = nil
  ) {
    self.demographicParityDifference = demographicParityDifference
    self.demographicParityRatio = demographicParityRatio
    self.equalizedOddsDifference = equalizedOddsDifference
    self.equalizedOddsRatio = equalizedOddsRatio
    self.equalOpportunityDifference = equalOpportunityDifference
    self.equalOpportunityRatio = equalOpportunityRatio
  }

  public subscript(measure: FairnessMeasure) -> Double? {
    switch measure {
    case .demographicParityDifference: demographicParityDifference
    case .demographicParityRatio: demographicParityRatio
    case .equalizedOddsDifference: equalizedOddsDifference
    case .equalizedOddsRatio: equalizedOddsRatio
    case .equalOpportunityDifference: equalOpportunityDifference
    case .equalOpportunityRatio: equalOpportunityRatio
    }
  }

  /// The aggregates of `groups` and notes for every aggregate left undefined.
  static func compute(_ groups: [GroupFairness]) -> (FairnessAggregates, [String]) {
    var notes: [String] = []
    let selection = Spread(groups.map(\.selectionRate.value))
    let tpr = Spread(groups.map(\.truePositiveRate.value))
    let fpr = Spread(groups.map(\.falsePositiveRate.value))
    selection.explain("demographic parity", rate: "selection rate", into: &notes)
    tpr.explain("equal opportunity", rate: "TPR", into: &notes)
    if tpr.difference == nil, fpr.difference == nil {
      notes.append(
        "equalized odds undefined: fewer than two groups have a defined TPR or FPR")
    } else if fpr.difference == nil {
      notes.append("equalized odds uses TPR alone: fewer than two groups have a defined FPR")
    } else if tpr.difference == nil {
      notes.append("equalized odds uses FPR alone: fewer than two groups have a defined TPR")
    }
    if tpr.difference != nil, fpr.difference != nil, tpr.ratio == nil, fpr.ratio == nil {
      notes.append("equalized-odds ratio undefined: every defined TPR and FPR is 0")
    }
    let aggregates = FairnessAggregates(
      demographicParityDifference: selection.difference,
      demographicParityRatio: selection.ratio,
      equalizedOddsDifference: largest(tpr.difference, fpr.difference),
      equalizedOddsRatio: smallest(tpr.ratio, fpr.ratio),
      equalOpportunityDifference: tpr.difference,
      equalOpportunityRatio: tpr.ratio)
    return (aggregates, notes)
  }

  private static func largest(_ a: Double?, _ b: Double?) -> Double? {
    guard let a else { return b }
    guard let b else { return a }
    return max(a, b)
  }

  private static func smallest(_ a: Double?, _ b: Double?) -> Double? {
    guard let a else { return b }
    guard let b else { return a }
    return min(a, b)
  }

  public func encode(to encoder: any Encoder) throws {
    // Written by hand so an undefined aggregate appears as null instead of a missing key.
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(demographicParityDifference, forKey: .demographicParityDifference)
    try container.encode(demographicParityRatio, forKey: .demographicParityRatio)
    try container.encode(equalizedOddsDifference, forKey: .equalizedOddsDifference)
    try container.encode(equalizedOddsRatio, forKey: .equalizedOddsRatio)
    try container.encode(equalOpportunityDifference, forKey: .equalOpportunityDifference)
    try container.encode(equalOpportunityRatio, forKey: .equalOpportunityRatio)
  }
}

/// max − min and min / max of the defined values.
private struct Spread {
  var defined: Int
  var difference: Double?
  var ratio: Double?

  init(_ values: [Double?]) {
    let present = values.compactMap { $0 }
    defined = present.count
    guard present.count >= 2, let low = present.min(), let high = present.max() else { return }
    difference = high - low
    ratio = high > 0 ? low / high : nil
  }

  func explain(_ aggregate: String, rate: String, into notes: inout [String]) {
    if difference == nil {
      notes.append(
        "\(aggregate) undefined: fewer than two groups have a defined \(rate) (\(defined))")
    } else if ratio == nil {
      notes.append("\(aggregate) ratio undefined: every group's \(rate) is 0")
    }
  }
}
