/// One decoded value from the first records of a text table.
struct SampleField {
  var text: String
  var isNumber: Bool
  var isMissing: Bool

  init(_ text: String) {
    self.text = text
    isNumber = NumberParser.parse(text) != nil
    isMissing = !isNumber && MissingMarker.matches(text)
  }
}

/// What the first record of a text table holds.
enum FirstRecord: Equatable {
  /// Column names.
  case header
  /// An ordinary row: the columns get generated names.
  case data
  /// scikit-learn's `rows,features,class names…` line, as in its bundled iris.csv.
  case countLine(rows: Int, features: Int, classNames: [String])
}

/// Decides whether a table's first record names its columns.
enum HeaderDetection {
  /// Classifies `records[0]` by comparing it with the records after it.
  ///
  /// A count line is two non-negative integers, where the second plus one is the width of
  /// the following records, then class names. Otherwise the first record is data when any
  /// of its fields is a number. When it is all text it is a header if some column below it
  /// is numeric, or, in an all-text table, if its values are distinct and none recurs in its
  /// column.
  static func classify(_ records: [[SampleField]]) -> FirstRecord {
    guard let first = records.first else { return .header }
    let rest = records.dropFirst()
    if let countLine = countLine(first, next: rest.first) { return countLine }
    if first.contains(where: \.isNumber) { return .data }
    guard !rest.isEmpty else { return .header }
    for column in first.indices {
      let values = rest.compactMap { $0.indices.contains(column) ? $0[column] : nil }
      let present = values.filter { !$0.isMissing }
      if !present.isEmpty && present.allSatisfy(\.isNumber) { return .header }
    }
    let names = first.map(\.text)
    guard Set(names).count == names.count else { return .data }
    for (column, name) in names.enumerated() where !first[column].isMissing {
      if rest.contains(where: { $0.indices.contains(column) && $0[column].text == name }) {
        return .data
      }
    }
    return .header
  }

  private static func countLine(_ first: [SampleField], next: [SampleField]?) -> FirstRecord? {
    guard first.count >= 2, let next,
      let rows = Int(first[0].text), let features = Int(first[1].text),
      rows >= 0, features >= 0, features + 1 == next.count
    else { return nil }
    let names = first.dropFirst(2)
    guard !names.isEmpty, !names.contains(where: { $0.isNumber || $0.isMissing }) else {
      return nil
    }
    return .countLine(rows: rows, features: features, classNames: names.map(\.text))
  }
}
