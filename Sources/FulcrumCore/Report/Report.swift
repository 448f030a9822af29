/// Everything Fulcrum has to say about one dataset, as a value that every output format
/// (screen, text, Markdown, JSON) renders.
///
/// The JSON form is versioned by `schema`; fields are added, never renamed, within a version.
public struct Report: Codable, Sendable, Equatable {
  /// The identifier of this report layout in JSON output.
  public static let schemaIdentifier = "fulcrum.report/1"

  public var schema: String
  public var dataset: DatasetSummary
  /// Remarks worth a reader's attention (from loading and from the analyses).
  public var notes: [String]
  /// One entry per evaluated strategy, `baseline` first; empty when nothing was evaluated.
  public var results: [ResultEntry]

  public init(dataset: DatasetSummary, notes: [String] = [], results: [ResultEntry] = []) {
    self.schema = Report.schemaIdentifier
    self.dataset = dataset
    self.notes = notes
    self.results = results
  }

  /// Describes `dataset`: its shape, class distribution and column summaries.
  ///
  /// - Complexity: O(rows × columns), plus sorting the distinct values of numeric columns.
  public init(describing dataset: Dataset) {
    self.init(dataset: DatasetSummary(dataset), notes: dataset.notes)
  }
}
