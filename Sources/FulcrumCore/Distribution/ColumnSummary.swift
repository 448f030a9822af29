/// A one-line description of a column: type, missing values, distinct values, range or
/// most frequent levels.
public struct ColumnSummary: Sendable, Equatable {
  public enum Kind: String, Sendable, Codable {
    case numeric
    case categorical
  }

  /// A level and how many rows have it.
  public struct LevelCount: Sendable, Equatable, Codable {
    public var level: String
    public var count: Int
  }

  public var name: String
  public var kind: Kind
  public var missing: Int
  public var distinct: Int
  /// Numeric columns only; nil when every value is missing.
  public var min: Double?
  public var mean: Double?
  public var max: Double?
  /// Categorical columns only: up to `topCount` levels, most frequent first.
  public var topLevels: [LevelCount]

  /// Summarises `column`, listing at most `topCount` levels of a categorical column.
  ///
  /// - Complexity: O(n log n) for numeric columns (distinct values), O(n) otherwise.
  public init(_ column: Column, topCount: Int = 3) {
    name = column.name
    switch column.storage {
    case .numeric(let values):
      kind = .numeric
      let present = values.filter { !$0.isNaN }
      missing = values.count - present.count
      distinct = Set(present).count
      min = present.min()
      max = present.max()
      mean = present.isEmpty ? nil : present.reduce(0, +) / Double(present.count)
      topLevels = []
    case .categorical(let codes, let levels):
      kind = .categorical
      var counts = [Int](repeating: 0, count: levels.count)
      var missingCount = 0
      for code in codes {
        if code == Column.missingCode { missingCount += 1 } else { counts[Int(code)] += 1 }
      }
      missing = missingCount
      distinct = counts.filter { $0 > 0 }.count
      min = nil
      mean = nil
      max = nil
      let ranked = counts.indices.filter { counts[$0] > 0 }.sorted {
        counts[$0] != counts[$1] ? counts[$0] > counts[$1] : levels[$0] < levels[$1]
      }
      topLevels = ranked.prefix(topCount).map { LevelCount(level: levels[$0], count: counts[$0]) }
    }
  }
}
