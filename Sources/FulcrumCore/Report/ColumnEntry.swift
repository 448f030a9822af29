/// One column of the dataset as a report shows it.
public struct ColumnEntry: Codable, Sendable, Equatable {
  public var name: String
  /// `numeric` or `categorical`.
  public var type: ColumnSummary.Kind
  public var missing: Int
  public var distinct: Int
  /// Numeric columns only; nil when every value is missing or the column is categorical.
  public var min: Double?
  public var mean: Double?
  public var max: Double?
  /// Categorical columns only: the most frequent levels, most frequent first.
  public var topLevels: [ColumnSummary.LevelCount]

  public init(_ summary: ColumnSummary) {
    name = summary.name
    type = summary.kind
    missing = summary.missing
    distinct = summary.distinct
    // An infinity read from the data is not a usable statistic; it shows as undefined.
    min = summary.min.flatMap { $0.isFinite ? $0 : nil }
    mean = summary.mean.flatMap { $0.isFinite ? $0 : nil }
    max = summary.max.flatMap { $0.isFinite ? $0 : nil }
    topLevels = summary.topLevels
  }

  private enum CodingKeys: String, CodingKey {
    case name, type, missing, distinct, min, mean, max, topLevels
  }

  // Written by hand so that an undefined statistic appears as `null` instead of vanishing.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(type, forKey: .type)
    try container.encode(missing, forKey: .missing)
    try container.encode(distinct, forKey: .distinct)
    try container.encode(min, forKey: .min)
    try container.encode(mean, forKey: .mean)
    try container.encode(max, forKey: .max)
    try container.encode(topLevels, forKey: .topLevels)
  }
}
