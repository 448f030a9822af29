/// How one sensitive column was turned into group labels, for reports.
public struct SensitiveAttribute: Sendable, Equatable, Codable {
  /// How the column's values became groups.
  public enum Grouping: String, Sendable, Equatable, Codable {
    /// One group per category.
    case categories
    /// A numeric column split at its quartiles (see `NumericBinning.quartiles`).
    case quartiles
    /// A numeric column split at given cut points (see `NumericBinning.cutPoints`).
    case cutPoints
  }

  /// The column's name as it appears in the dataset.
  public var column: String
  public var grouping: Grouping
  /// Quartile edges or cut points for a numeric column; empty for categories.
  public var edges: [Double]
  /// The group labels of this column in order; `(missing)` comes last when present.
  public var levels: [String]

  public init(column: String, grouping: Grouping, edges: [Double] = [], levels: [String]) {
    self.column = column
    self.grouping = grouping
    self.edges = edges
    self.levels = levels
  }
}
