/// A group's rate divided by the reference group's, and whether it leaves the four-fifths band.
public struct ReferenceRatio: Sendable, Equatable, Codable {
  /// The band a ratio to the reference should stay in: [0.8, 1.25].
  public static let band: ClosedRange<Double> = 0.8...1.25
  /// Slack for rounding so a ratio computed as 0.7999999999999999 still counts as 0.8.
  static let tolerance = 1e-9

  /// The ratio, or nil when either rate is undefined or the reference rate is 0.
  public var value: Double?
  /// Whether `value` lies outside `band`; nil when `value` is.
  public var outsideBand: Bool?

  public init(value: Double?) {
    self.value = value
    outsideBand = value.map {
      $0 < Self.band.lowerBound - Self.tolerance || $0 > Self.band.upperBound + Self.tolerance
    }
  }

  /// `rate / reference` when both are defined and the reference is positive.
  public init(rate: Double?, reference: Double?) {
    guard let rate, let reference, reference > 0 else {
      self.init(value: nil)
      return
    }
    self.init(value: rate / reference)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(value, forKey: .value)
    try container.encode(outsideBand, forKey: .outsideBand)
  }
}

/// A group's selection rate, TPR and FPR relative to the reference group.
public struct ReferenceRatios: Sendable, Equatable, Codable {
  public var selectionRate: ReferenceRatio
  public var truePositiveRate: ReferenceRatio
  public var falsePositiveRate: ReferenceRatio

  public init(
    selectionRate: ReferenceRatio, truePositiveRate: ReferenceRatio,
    falsePositiveRate: ReferenceRatio
  ) {
    self.selectionRate = selectionRate
    self.truePositiveRate = truePositiveRate
    self.falsePositiveRate = falsePositiveRate
  }

  /// Whether any of the three ratios is outside the four-fifths band.
  public var anyOutsideBand: Bool {
    [selectionRate, truePositiveRate, falsePositiveRate].contains { $0.outsideBand == true }
  }
}
