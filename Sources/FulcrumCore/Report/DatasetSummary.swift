/// The part of a report that describes the input table.
public struct DatasetSummary: Codable, Sendable, Equatable {
  public var path: String
  /// `csv`, `tsv` or `arff`.
  public var format: String
  public var compressed: Bool
  public var rows: Int
  /// The number of columns, label included.
  public var columns: Int
  public var label: String
  /// Classes in label-code order.
  public var classes: [ClassCount]
  /// Largest class over smallest; nil with fewer than two non-empty classes.
  public var imbalanceRatio: Double?
  /// Normalised Shannon entropy of the class shares (1 = balanced); nil with one class.
  public var entropyBalance: Double?
  /// One summary per column, in file order.
  public var schema: [ColumnEntry]

  public init(
    path: String, format: String, compressed: Bool = false, rows: Int, columns: Int,
    label: String, classes: [ClassCount], imbalanceRatio: Double?, entropyBalance: Double?,
    schema: [ColumnEntry]
  ) {
    self.path = path
    self.format = format
    self.compressed = compressed
    self.rows = rows
    self.columns = columns
    self.label = label
    self.classes = classes
    self.imbalanceRatio = imbalanceRatio
    self.entropyBalance = entropyBalance
    self.schema = schema
  }

  /// Summarises `dataset`.
  public init(_ dataset: Dataset) {
    let distribution = ClassDistribution(dataset)
    self.init(
      path: dataset.path, format: dataset.format, compressed: dataset.compressed,
      rows: dataset.rowCount, columns: dataset.columns.count, label: dataset.labelName,
      classes: distribution.classes.map { ClassCount(name: $0.name, count: $0.count) },
      imbalanceRatio: distribution.imbalanceRatio,
      entropyBalance: distribution.entropyBalance,
      schema: dataset.columns.map { ColumnEntry(ColumnSummary($0)) })
  }

  /// The class distribution these counts describe.
  public var distribution: ClassDistribution {
    ClassDistribution(classes: classes.map { .init(name: $0.name, count: $0.count) })
  }

  private enum CodingKeys: String, CodingKey {
    case path, format, compressed, rows, columns, label, classes, imbalanceRatio
    case entropyBalance, schema
  }

  // Written by hand so that undefined statistics appear as `null` instead of vanishing.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(path, forKey: .path)
    try container.encode(format, forKey: .format)
    try container.encode(compressed, forKey: .compressed)
    try container.encode(rows, forKey: .rows)
    try container.encode(columns, forKey: .columns)
    try container.encode(label, forKey: .label)
    try container.encode(classes, forKey: .classes)
    try container.encode(imbalanceRatio, forKey: .imbalanceRatio)
    try container.encode(entropyBalance, forKey: .entropyBalance)
    try container.encode(schema, forKey: .schema)
  }
}

/// A class and its number of rows.
public struct ClassCount: Codable, Sendable, Equatable {
  public var name: String
  public var count: Int

  public init(name: String, count: Int) {
    self.name = name
    self.count = count
  }
}
