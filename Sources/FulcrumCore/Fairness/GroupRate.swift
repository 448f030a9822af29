/// One rate of one group with its 95 % Wilson interval; undefined (all nil) when 0/0.
public struct GroupRate: Sendable, Equatable, Codable {
  /// The rate, or nil when its denominator is zero.
  public var value: Double?
  public var lower: Double?
  public var upper: Double?
  /// Why the rate is undefined (`no positive labels`, …), nil when defined.
  public var undefinedReason: String?

  public init(value: Double?, lower: Double?, upper: Double?, undefinedReason: String?) {
    self.value = value
    self.lower = lower
    self.upper = upper
    self.undefinedReason = undefinedReason
  }

  /// An undefined rate and the reason.
  public static func undefined(_ reason: String) -> GroupRate {
    GroupRate(value: nil, lower: nil, upper: nil, undefinedReason: reason)
  }

  /// `numerator / denominator` with its Wilson interval over the effective count
  /// `denominator² / squares` (`squares` = Σw² over the denominator's rows).
  static func ratio(
    _ numerator: Double, _ denominator: Double, squares: Double, reason: String
  ) -> GroupRate {
    guard denominator > 0 else { return .undefined(reason) }
    let value = min(1, numerator / denominator)
    let interval = ConfidenceInterval.wilson(
      proportion: value, count: denominator * denominator / squares)
    return GroupRate(
      value: value, lower: interval?.lower, upper: interval?.upper, undefinedReason: nil)
  }

  public func encode(to encoder: any Encoder) throws {
    // Written by hand so an undefined value appears as null instead of a missing key.
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(value, forKey: .value)
    try container.encode(lower, forKey: .lower)
    try container.encode(upper, forKey: .upper)
    try container.encode(undefinedReason, forKey: .undefinedReason)
  }
}
