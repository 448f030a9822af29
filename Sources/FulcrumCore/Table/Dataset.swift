/// A loaded table: typed columns of equal length and the index of the label column.
///
/// The label column is always categorical. Everything downstream (distribution,
/// encoding, models, reports) reads a `Dataset`; readers produce one.
public struct Dataset: Sendable {
  /// The file this table came from (`-` for standard input).
  public var path: String
  /// The format it was read as: `csv`, `tsv`, `arff` (with `.gz` noted in `compressed`).
  public var format: String
  public var compressed: Bool
  public var columns: [Column]
  public var labelIndex: Int
  /// Non-fatal remarks made while reading (dropped rows, guessed header, …).
  public var notes: [String]

  public init(
    path: String, format: String, compressed: Bool = false, columns: [Column],
    labelIndex: Int, notes: [String] = []
  ) {
    precondition(columns.indices.contains(labelIndex), "label index out of range")
    precondition(columns[labelIndex].categories != nil, "the label column must be categorical")
    self.path = path
    self.format = format
    self.compressed = compressed
    self.columns = columns
    self.labelIndex = labelIndex
    self.notes = notes
  }

  public var rowCount: Int { columns.first?.count ?? 0 }
  public var label: Column { columns[labelIndex] }
  public var labelName: String { columns[labelIndex].name }

  /// Class names in code order.
  public var classNames: [String] { columns[labelIndex].categories!.levels }

  /// The label code of every row.
  public var labelCodes: [UInt32] { columns[labelIndex].categories!.codes }

  /// Index of the column called `name` (exact match first, then case-insensitive).
  public func columnIndex(named name: String) -> Int? {
    if let exact = columns.firstIndex(where: { $0.name == name }) { return exact }
    let lowered = name.lowercased()
    return columns.firstIndex(where: { $0.name.lowercased() == lowered })
  }
}
