/// Chooses the label column and turns it into the categorical label a `Dataset` needs.
enum LabelDetection {
  /// Names that mark a label column by convention, in order of preference.
  static let conventionalNames = ["label", "class", "target", "y", "outcome"]

  /// The label's column: the one named `requested` (exact, then ignoring case), else the
  /// first conventional name present (ignoring case), else the last column.
  static func labelIndex(
    names: [String], requested: String?, file: String
  ) throws(FulcrumError) -> Int {
    precondition(!names.isEmpty, "a table has at least one column")
    if let requested {
      if let exact = names.firstIndex(of: requested) { return exact }
      if let loose = names.firstIndex(where: { $0.lowercased() == requested.lowercased() }) {
        return loose
      }
      let available = names.joined(separator: ", ")
      throw FulcrumError(
        .dataError, "\(file): no column named '\(requested)' for --label; columns: \(available)")
    }
    for conventional in conventionalNames {
      if let index = names.firstIndex(where: { $0.lowercased() == conventional }) {
        return index
      }
    }
    return names.count - 1
  }

  /// Builds the dataset: the label made categorical (numbers become levels such as `0`,
  /// `1`, in numeric order), rows with a missing label dropped with a note, and at least
  /// `options.minimumClasses` classes required.
  static func dataset(
    from table: ParsedTable, source: InputSource, options: LoadOptions
  ) throws(FulcrumError) -> Dataset {
    var table = table
    let index = try labelIndex(
      names: table.columns.map(\.name), requested: options.label, file: source.name)
    let name = table.columns[index].name
    let (codes, levels, named) = categorical(table.columns[index], classNames: table.classNames)
    if named { table.notes.append("class names \(levels.joined(separator: ", ")) from line 1") }
    table.columns[index].storage = .categorical(codes: codes, levels: levels)
    var counts = [Int](repeating: 0, count: levels.count)
    var missing = 0
    for code in codes {
      if code == Column.missingCode { missing += 1 } else { counts[Int(code)] += 1 }
    }
    if missing > 0 {
      let kept = codes.indices.filter { codes[$0] != Column.missingCode }
      table.columns = table.columns.map { $0.keepingRows(kept) }
      table.notes.append("dropped \(missing) row\(missing == 1 ? "" : "s") with no '\(name)' value")
    }
    let present = counts.indices.filter { counts[$0] > 0 }
    guard present.count >= max(options.minimumClasses, 1) else {
      let found = present.first.map { "only one class ('\(levels[$0])')" } ?? "no values"
      let expected = options.minimumClasses > 1 ? "at least two classes" : "a value"
      throw FulcrumError(
        .dataError,
        "\(source.name): the label column '\(name)' has \(found); expected \(expected)"
          + " (choose another with --label)")
    }
    return Dataset(
      path: source.path, format: table.format, compressed: source.compressed,
      columns: table.columns, labelIndex: index, notes: table.notes)
  }

  /// The column as codes and levels; `named` is true when `classNames` supplied the levels.
  private static func categorical(
    _ column: Column, classNames: [String]?
  ) -> (codes: [UInt32], levels: [String], named: Bool) {
    guard let numbers = column.numbers else {
      let (codes, levels) = column.categories!
      return (codes, levels, false)
    }
    if let classNames,
      numbers.allSatisfy({
        $0.isNaN || $0 >= 0 && $0 < Double(classNames.count) && $0 == $0.rounded()
      })
    {
      let codes = numbers.map { $0.isNaN ? Column.missingCode : UInt32($0) }
      return (codes, classNames, true)
    }
    if let small = smallIntegerCodes(numbers) { return (small.codes, small.levels, false) }
    let distinct = Set(numbers.lazy.filter { !$0.isNaN }).sorted()
    var lookup: [Double: UInt32] = [:]
    for (code, value) in distinct.enumerated() { lookup[value] = UInt32(code) }
    let codes = numbers.map { $0.isNaN ? Column.missingCode : lookup[$0]! }
    return (codes, distinct.map(formatNumber), false)
  }

  /// Codes for a label of small non-negative integers (the usual `0`, `1`, …) by direct
  /// indexing instead of hashing; nil when the values are anything else.
  private static func smallIntegerCodes(_ numbers: [Double]) -> (codes: [UInt32], levels: [String])?
  {
    let limit = 1 << 16
    var seen = [Bool](repeating: false, count: limit)
    for value in numbers where !value.isNaN {
      guard value >= 0, value < Double(limit), value == value.rounded(.towardZero) else {
        return nil
      }
      seen[Int(value)] = true
    }
    var codeOf = [UInt32](repeating: 0, count: limit)
    var levels: [String] = []
    for value in 0..<limit where seen[value] {
      codeOf[value] = UInt32(levels.count)
      levels.append(String(value))
    }
    let codes = numbers.map { $0.isNaN ? Column.missingCode : codeOf[Int($0)] }
    return (codes, levels)
  }
}

extension Column {
  /// The column restricted to `rows`, in that order.
  fileprivate func keepingRows(_ rows: [Int]) -> Column {
    switch storage {
    case .numeric(let values):
      return Column(name: name, storage: .numeric(rows.map { values[$0] }))
    case .categorical(let codes, let levels):
      return Column(
        name: name, storage: .categorical(codes: rows.map { codes[$0] }, levels: levels))
    }
  }
}
