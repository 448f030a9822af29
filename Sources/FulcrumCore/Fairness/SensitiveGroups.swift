import Foundation

/// The groups rows belong to, from one or more sensitive columns.
///
/// With several columns the groups are intersectional: every combination of the columns'
/// levels, in order with the first column varying slowest. Combinations no row has are kept
/// as empty groups so a report shows them rather than silently dropping them. A row whose
/// value is missing in a column takes that column's `(missing)` level.
public struct SensitiveGroups: Sendable, Equatable {
  /// The level of a row whose sensitive value is missing.
  public static let missingLevel = "(missing)"
  /// Joins the levels of an intersectional group into its name.
  public static let separator = ", "

  /// One group: its display name and its level in each sensitive column.
  public struct Group: Sendable, Equatable {
    public var name: String
    public var levels: [String]

    public init(name: String, levels: [String]) {
      self.name = name
      self.levels = levels
    }
  }

  public var attributes: [SensitiveAttribute]
  public var groups: [Group]
  /// The index into `groups` of every row.
  public var rowGroups: [Int]

  public init(attributes: [SensitiveAttribute], groups: [Group], rowGroups: [Int]) {
    precondition(rowGroups.allSatisfy { groups.indices.contains($0) }, "group index out of range")
    self.attributes = attributes
    self.groups = groups
    self.rowGroups = rowGroups
  }

  /// Groups from one column of text values; levels in order of first appearance, nil as
  /// `(missing)` (last).
  public init(column: String, values: [String?]) {
    var levels: [String] = []
    var index: [String: Int] = [:]
    var sawMissing = false
    for value in values {
      guard let value else {
        sawMissing = true
        continue
      }
      if index[value] == nil {
        index[value] = levels.count
        levels.append(value)
      }
    }
    if sawMissing { levels.append(Self.missingLevel) }
    let missingIndex = levels.count - 1
    self.init(
      attributes: [SensitiveAttribute(column: column, grouping: .categories, levels: levels)],
      groups: levels.map { Group(name: $0, levels: [$0]) },
      rowGroups: values.map { $0.map { index[$0]! } ?? missingIndex })
  }

  /// The same groups for a subset of the rows (for example those with a true label); groups
  /// the subset leaves empty stay listed.
  public func selecting(rows: [Int]) -> SensitiveGroups {
    SensitiveGroups(attributes: attributes, groups: groups, rowGroups: rows.map { rowGroups[$0] })
  }

  /// Number of rows in each group.
  public var sizes: [Int] {
    var sizes = [Int](repeating: 0, count: groups.count)
    for group in rowGroups { sizes[group] += 1 }
    return sizes
  }

  /// The index of the group called `name`: exact match first, then ignoring case, spacing
  /// and the ASCII spellings of `–`, `≥` and `≤` (so `--reference '25-60'` finds `25–60`).
  public func groupIndex(named name: String) -> Int? {
    if let exact = groups.firstIndex(where: { $0.name == name }) { return exact }
    let wanted = Self.normalized(name)
    return groups.firstIndex { Self.normalized($0.name) == wanted }
  }

  private static func normalized(_ text: String) -> String {
    text.lowercased()
      .replacingOccurrences(of: "–", with: "-")
      .replacingOccurrences(of: "≥", with: ">=")
      .replacingOccurrences(of: "≤", with: "<=")
      .filter { !$0.isWhitespace }
  }
}
