import Foundation

/// One `--sensitive` argument: a column name and, for a numeric column, optional cut points.
///
/// Syntax: `COL` or `COL:cut[,cut…]`, for example `sex` or `age:25,60`. Cut points must be
/// finite numbers in strictly increasing order. Without cut points a numeric column is
/// binned into quartiles (see `NumericBinning`).
public struct SensitiveSpec: Sendable, Equatable {
  /// The column name as written by the user.
  public var column: String
  /// Cut points for a numeric column, or nil to use the default binning.
  public var cutPoints: [Double]?

  public init(column: String, cutPoints: [Double]? = nil) {
    self.column = column
    self.cutPoints = cutPoints
  }

  /// The spec written back in argument syntax, for messages.
  public var argument: String {
    guard let cutPoints else { return column }
    return column + ":" + cutPoints.map(formatNumber).joined(separator: ",")
  }

  /// Parses `COL[:cut,cut…]`.
  ///
  /// When `columnNames` contains the whole text as a name, that column is meant (so a
  /// column whose name contains `:` still works); otherwise the text splits at its last `:`.
  /// - Throws: `FulcrumError(.usage, …)` naming the parameter for an empty name, a cut
  ///   point that is not a finite number, or cut points out of order.
  public static func parse(
    _ text: String, columnNames: [String] = []
  ) throws(FulcrumError) -> SensitiveSpec {
    if columnNames.contains(text) { return SensitiveSpec(column: text) }
    guard let colon = text.lastIndex(of: ":") else {
      guard !text.isEmpty else { throw FulcrumError(.usage, "--sensitive: empty column name") }
      return SensitiveSpec(column: text)
    }
    let column = String(text[..<colon])
    let cutText = text[text.index(after: colon)...]
    guard !column.isEmpty else {
      throw FulcrumError(.usage, "--sensitive \(text): empty column name before ':'")
    }
    guard !cutText.isEmpty else {
      throw FulcrumError(
        .usage, "--sensitive \(text): no cut points after ':' (write e.g. \(column):25,60)")
    }
    var cuts: [Double] = []
    for piece in cutText.split(separator: ",", omittingEmptySubsequences: false) {
      let trimmed = piece.trimmingCharacters(in: .whitespaces)
      guard let value = Double(trimmed), value.isFinite else {
        throw FulcrumError(
          .usage, "--sensitive \(text): cut point '\(trimmed)' is not a number")
      }
      if let previous = cuts.last, value <= previous {
        throw FulcrumError(
          .usage,
          "--sensitive \(text): cut points must be strictly increasing "
            + "(\(formatNumber(value)) after \(formatNumber(previous)))")
      }
      cuts.append(value)
    }
    return SensitiveSpec(column: column, cutPoints: cuts)
  }
}
