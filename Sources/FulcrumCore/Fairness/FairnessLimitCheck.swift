/// The outcome of one limit against one positive class's aggregates.
public struct FairnessLimitCheck: Sendable, Equatable, Codable {
  /// How the aggregate compares with the limit.
  public enum Status: String, Sendable, Equatable, Codable {
    case passed
    case exceeded
    /// The aggregate is undefined: reported, but not a failure, since there is no disparity
    /// to measure (for example fewer than two groups with the rate defined).
    case undefined
  }

  public var limit: FairnessLimit
  public var positiveLabel: String
  public var value: Double?
  public var status: Status

  public init(limit: FairnessLimit, positiveLabel: String, value: Double?, status: Status) {
    self.limit = limit
    self.positiveLabel = positiveLabel
    self.value = value
    self.status = status
  }

  /// Checks every limit against every outcome (each class of a multiclass task).
  public static func check(_ limits: [FairnessLimit], against result: FairnessResult)
    -> [FairnessLimitCheck]
  {
    limits.flatMap { limit in
      result.outcomes.map { outcome in
        let value = outcome.aggregates[limit.measure]
        let status: Status =
          if let value { limit.isExceeded(by: value) ? .exceeded : .passed } else { .undefined }
        return FairnessLimitCheck(
          limit: limit, positiveLabel: outcome.positiveLabel, value: value, status: status)
      }
    }
  }

  /// One line for a report or stderr, e.g.
  /// `demographic-parity-difference 0.25 is above the limit 0.1 (positive label 1)`.
  public var message: String {
    let name = limit.measure.rawValue
    let bound = "the limit \(formatNumber(limit.threshold)) (positive label \(positiveLabel))"
    guard let value else { return "\(name) is undefined, not checked against \(bound)" }
    let shown = FairnessFormat.number(value)
    switch status {
    case .exceeded: return "\(name) \(shown) is \(limit.direction.rawValue) \(bound)"
    default: return "\(name) \(shown) is within \(bound)"
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(limit, forKey: .limit)
    try container.encode(positiveLabel, forKey: .positiveLabel)
    try container.encode(value, forKey: .value)
    try container.encode(status, forKey: .status)
  }
}
