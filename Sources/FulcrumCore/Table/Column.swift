import Foundation

/// One typed column of a table: numbers, or dictionary-encoded categories.
public struct Column: Sendable, Equatable {
  /// The code that marks a missing value in a categorical column.
  public static let missingCode = UInt32.max

  /// How the values of a column are stored.
  public enum Storage: Sendable, Equatable {
    /// Contiguous numbers; NaN marks a missing value.
    case numeric([Double])
    /// One code per row indexing `levels`; `Column.missingCode` marks a missing value.
    case categorical(codes: [UInt32], levels: [String])
  }

  public var name: String
  public var storage: Storage

  public init(name: String, storage: Storage) {
    self.name = name
    self.storage = storage
  }

  /// Number of rows.
  public var count: Int {
    switch storage {
    case .numeric(let values): values.count
    case .categorical(let codes, _): codes.count
    }
  }

  public var isNumeric: Bool {
    if case .numeric = storage { return true }
    return false
  }

  /// The numbers of a numeric column, or nil for a categorical one.
  public var numbers: [Double]? {
    if case .numeric(let values) = storage { return values }
    return nil
  }

  /// The codes and levels of a categorical column, or nil for a numeric one.
  public var categories: (codes: [UInt32], levels: [String])? {
    if case .categorical(let codes, let levels) = storage { return (codes, levels) }
    return nil
  }

  /// Whether the value in `row` is missing.
  public func isMissing(_ row: Int) -> Bool {
    switch storage {
    case .numeric(let values): values[row].isNaN
    case .categorical(let codes, _): codes[row] == Column.missingCode
    }
  }

  /// The value in `row` as text (`nil` when missing), for display and export.
  public func text(at row: Int) -> String? {
    switch storage {
    case .numeric(let values):
      let value = values[row]
      if value.isNaN { return nil }
      return formatNumber(value)
    case .categorical(let codes, let levels):
      let code = codes[row]
      return code == Column.missingCode ? nil : levels[Int(code)]
    }
  }
}

/// Formats a number the shortest way that reads back to the same value; integers
/// print without a decimal point.
public func formatNumber(_ value: Double) -> String {
  if value.isNaN { return "NaN" }
  if value == value.rounded(), abs(value) < 1e15 {
    return String(Int64(value))
  }
  return "\(value)"
}
