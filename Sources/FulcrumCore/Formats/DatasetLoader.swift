import Foundation

/// What a caller asks of a loader.
public struct LoadOptions: Sendable {
  /// The label column's name; nil picks one by convention.
  public var label: String?
  /// The field delimiter of a text table; nil sniffs it among `,` `\t` `;` `|`.
  public var delimiter: UInt8?
  /// Whether a text table's first row names the columns; nil decides from the data.
  public var header: Bool?
  /// How many classes the label must have: 2 for training a model, 1 for auditing given
  /// predictions (a test set of one class still has a confusion matrix).
  public var minimumClasses: Int

  public init(
    label: String? = nil, delimiter: UInt8? = nil, header: Bool? = nil, minimumClasses: Int = 2
  ) {
    self.label = label
    self.delimiter = delimiter
    self.header = header
    self.minimumClasses = minimumClasses
  }
}

/// Reads a table file (CSV, TSV or ARFF, optionally gzip-compressed, or `-` for standard
/// input) into a `Dataset` with typed columns and a categorical label.
///
/// Columns are numeric when every present value is a number, else categorical with
/// levels sorted (numbers by value first, then text); ARFF nominal attributes keep their
/// declared order. The label is chosen by `LabelDetection`; rows without a label are
/// dropped with a note. Bad input throws `.dataError` with the file, line (and column)
/// and what was expected; a file that cannot be opened throws `.noInput`.
public enum DatasetLoader {
  public static func load(path: String, options: LoadOptions = LoadOptions()) throws(FulcrumError)
    -> Dataset
  {
    let source = try InputSource(path: path)
    let table =
      try isARFF(source)
      ? ARFFReader.read(source) : CSVReader.read(source, options: options)
    return try LabelDetection.dataset(from: table, source: source, options: options)
  }

  /// Whether the input is ARFF: by its name, or by an `@relation` line at its start.
  private static func isARFF(_ source: InputSource) throws(FulcrumError) -> Bool {
    let lowered = source.path.lowercased()
    if lowered.hasSuffix(".arff") || lowered.hasSuffix(".arff.gz") { return true }
    let stream = try source.open()
    let window = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 1)
    defer { window.deallocate() }
    let count = try stream.read(into: window)
    return ARFFReader.startsLikeARFF(Array(window[0..<count]))
  }
}
