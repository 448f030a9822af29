import FulcrumCore

/// A dataset and everything the screens show about it, computed once off the main
/// thread so drawing never has to scan a whole column.
public struct LoadedDataset: Sendable {
  public var dataset: Dataset
  public var distribution: ClassDistribution
  public var summaries: [ColumnSummary]
  /// Display width of each column in the Data table, from a sample of rows.
  public var columnWidths: [Int]

  /// Rows looked at when sizing a Data table column.
  public static let widthSampleSize = 200
  /// No Data table column is wider than this; longer cells end with an ellipsis.
  public static let maximumColumnWidth = 28

  public init(_ dataset: Dataset) {
    self.dataset = dataset
    distribution = ClassDistribution(dataset)
    summaries = dataset.columns.map { ColumnSummary($0, topCount: 3) }
    columnWidths = dataset.columns.map { LoadedDataset.sampledWidth(of: $0) }
  }

  /// The width a column needs, judged from its header and a spread-out sample of rows:
  /// the first rows and rows at even steps through the rest.
  ///
  /// - Complexity: O(`widthSampleSize`), whatever the number of rows.
  public static func sampledWidth(of column: Column) -> Int {
    var widest = DisplayText.width(column.name)
    for row in sampleRows(count: column.count) {
      widest = max(widest, DisplayText.width(column.text(at: row) ?? ""))
    }
    return min(max(widest, 1), maximumColumnWidth)
  }

  /// Indices of at most `widthSampleSize` rows: half from the start, half spread evenly.
  static func sampleRows(count: Int) -> [Int] {
    let half = widthSampleSize / 2
    if count <= widthSampleSize { return Array(0..<count) }
    let step = Double(count - half) / Double(half)
    return Array(0..<half) + (0..<half).map { half + Int(Double($0) * step) }
  }
}
