/// One read through a text table, from the first byte to the last.
struct CSVPass: ~Copyable {
  private let source: InputSource
  private let layout: CSVLayout
  private var scanner: CSVRecordScanner
  // The builders live in memory the pass owns: appending through a Swift array of
  // structs would check the array's uniqueness for every value.
  private let builders: UnsafeMutableBufferPointer<ColumnBuilder>
  private(set) var names: [String] = []
  /// Columns that turned categorical after numbers were stored in them.
  private(set) var lateCategorical: Set<Int> = []
  private(set) var rows = 0
  private var line = 1
  private var sawFirstRecord = false
  /// Whether every column is still numeric (the simple path's tightest case).
  private var allNumeric: Bool
  /// Records read by the simple path, and records it handed to the general one.
  private var simpleRecords = 0
  private var generalRecords = 0
  /// One record's numbers as numerators and divisors, divided once the record is whole.
  private let numerators: UnsafeMutablePointer<Double>
  private let divisors: UnsafeMutablePointer<Double>
  /// One record's categorical fields, stored once the record is whole.
  private let spans: UnsafeMutablePointer<FieldSpan>

  /// Prepares a pass; columns in `categorical` are categorical from the first row.
  init(source: InputSource, layout: CSVLayout, categorical: Set<Int>) {
    self.source = source
    self.layout = layout
    scanner = CSVRecordScanner(delimiter: layout.delimiter)
    allNumeric = categorical.isEmpty
    numerators = .allocate(capacity: max(layout.width, 1))
    divisors = .allocate(capacity: max(layout.width, 1))
    spans = .allocate(capacity: max(layout.width, 1))
    builders = .allocate(capacity: layout.width)
    for column in 0..<layout.width {
      let builder = ColumnBuilder(
        categorical: categorical.contains(column), expectedRows: layout.estimatedRows)
      (builders.baseAddress! + column).initialize(to: builder)
    }
    if layout.firstRecord != .header {
      names = (1...max(layout.width, 1)).map { "col\($0)" }
    }
  }

  deinit {
    for column in builders.indices { builders[column].release() }
    builders.baseAddress?.deinitialize(count: builders.count)
    builders.deallocate()
    numerators.deallocate()
    divisors.deallocate()
    spans.deallocate()
  }

  /// The columns that are categorical now.
  var categoricalColumns: Set<Int> {
    Set(builders.indices.filter { builders[$0].isCategorical })
  }

  /// Reads every record left in `buffer` and its stream.
  mutating func run(_ buffer: inout ReadBuffer) throws(FulcrumError) {
    while true {
      if buffer.start >= buffer.end {
        if buffer.atEnd { return }
        try buffer.refill()
        continue
      }
      let base = UnsafePointer(buffer.base)
      let recordStart = buffer.start
      if sawFirstRecord && simplePathPays {
        if let next = try takeSimple(base, from: recordStart, to: buffer.end, atEnd: buffer.atEnd) {
          simpleRecords += 1
          buffer.start = next
          continue
        }
        generalRecords += 1
      }
      switch scanner.scan(base, from: recordStart, to: buffer.end, atEnd: buffer.atEnd) {
      case .needMore:
        try buffer.refill()
      case .record(let next, let lineBreaks):
        try take(base, recordStart: recordStart)
        line += 1 + lineBreaks
        buffer.start = next
      case .unterminatedQuote(let offset):
        let (line, column) = CSVFieldDecoding.location(
          of: offset, recordStart: recordStart, recordLine: line, in: base)
        throw FulcrumError(
          .dataError,
          "\(source.name):\(line):\(column): the quoted field never ends; expected a closing \"")
      case .textAfterQuote(let offset):
        let (line, column) = CSVFieldDecoding.location(
          of: offset, recordStart: recordStart, recordLine: line, in: base)
        throw FulcrumError(
          .dataError,
          "\(source.name):\(line):\(column): text after a closing quote; expected "
            + "\(CSVDialect.describe(layout.delimiter)) or a line end (write a quote inside "
            + "quotes as \"\")")
      }
    }
  }

  /// Whether the simple path is worth trying: not when most records need the general
  /// one anyway (quoted text, say), which would then read them twice.
  private var simplePathPays: Bool {
    generalRecords < 64 || generalRecords < simpleRecords
  }

  /// The fast path for a record of plain fields — numbers, empty fields, unquoted text in
  /// categorical columns. Each number is parsed where it stands and its end is the field's
  /// end, so the record is read once. Returns where the next record starts, or nil (having
  /// stored nothing) for anything else — a quote, a word in a numeric column, spaces
  /// around a number, a record cut by the window's end — which the general path reads.
  @inline(__always)
  private mutating func takeSimple(
    _ base: UnsafePointer<UInt8>, from start: Int, to end: Int, atEnd: Bool
  ) throws(FulcrumError) -> Int? {
    // Two copies of the loop: the all-numeric one never asks a column for its type.
    allNumeric
      ? try takeSimple(base, from: start, to: end, atEnd: atEnd, mixed: false)
      : try takeSimple(base, from: start, to: end, atEnd: atEnd, mixed: true)
  }

  @inline(__always)
  private mutating func takeSimple(
    _ base: UnsafePointer<UInt8>, from start: Int, to end: Int, atEnd: Bool, mixed: Bool
  ) throws(FulcrumError) -> Int? {
    let delimiter = layout.delimiter
    let limit = base + end
    var cursor = base + start
    let last = layout.width - 1
    guard cursor.pointee != lineFeed && cursor.pointee != carriageReturn else { return nil }
    var following = NumberParser.atEnd
    for column in 0...last {
      if mixed && builders[column].isCategorical {
        let fieldStart = cursor
        while cursor < limit {
          let byte = cursor.pointee
          if byte == delimiter || byte == lineFeed || byte == carriageReturn { break }
          if byte == quote { return nil }
          cursor += 1
        }
        following = cursor < limit ? UInt16(cursor.pointee) : NumberParser.atEnd
        spans[column] = FieldSpan(
          start: fieldStart - base, end: cursor - base, quoted: false, escaped: false)
      } else if let parsed = NumberParser.parseQuotient(cursor, end: limit) {
        numerators[column] = parsed.numerator
        divisors[column] = parsed.divisor
        cursor = parsed.stop
        following = parsed.following
      } else if cursor < limit && (cursor.pointee == delimiter || cursor.pointee == lineFeed) {
        numerators[column] = .nan
        divisors[column] = 1
        following = UInt16(cursor.pointee)
      } else {
        return nil
      }
      if column < last {
        guard following == UInt16(delimiter) else { return nil }
        cursor += 1
      }
    }
    let next: Int
    if following == NumberParser.atEnd && atEnd {
      next = end
    } else if following == UInt16(lineFeed) {
      next = cursor + 1 - base
    } else if following == UInt16(carriageReturn) && cursor + 1 < limit {
      next = cursor + (cursor[1] == lineFeed ? 2 : 1) - base
    } else {
      return nil
    }
    // A missing number is just NaN; dividing a whole record at once keeps several
    // divisions in flight.
    if !mixed {
      for column in 0...last {
        builders[column].appendNumber(numerators[column] / divisors[column])
      }
    } else {
      for column in 0...last {
        if builders[column].isCategorical {
          try store(spans[column], column: column, base: base, recordStart: start)
        } else {
          builders[column].appendNumber(numerators[column] / divisors[column])
        }
      }
    }
    rows += 1
    line += 1
    return next
  }

  /// The finished columns; the pass gives up their memory.
  func columns() -> [Column] {
    builders.indices.map { builders[$0].finish(named: names[$0]) }
  }

  private mutating func take(
    _ base: UnsafePointer<UInt8>, recordStart: Int
  ) throws(FulcrumError) {
    let fields = scanner.fields
    if fields.count == 1 && fields[0].start == fields[0].end && !fields[0].quoted { return }
    if !sawFirstRecord {
      sawFirstRecord = true
      switch layout.firstRecord {
      case .header: return try takeNames(fields, base: base, recordStart: recordStart)
      case .countLine: return
      case .data: break
      }
    }
    guard fields.count == layout.width else {
      throw raggedError(fields, base: base, recordStart: recordStart)
    }
    for column in 0..<fields.count {
      try store(fields[column], column: column, base: base, recordStart: recordStart)
    }
    rows += 1
  }

  @inline(__always)
  private mutating func store(
    _ field: FieldSpan, column: Int, base: UnsafePointer<UInt8>, recordStart: Int
  ) throws(FulcrumError) {
    let range = CSVFieldDecoding.trimmed(field, in: base)
    let start = base + range.lowerBound
    if !builders[column].isCategorical {
      if let value = NumberParser.parse(start, count: range.count) {
        builders[column].appendNumber(value)
        return
      }
    }
    if MissingMarker.matches(start, count: range.count) {
      builders[column].appendMissing()
      return
    }
    let builder = builders.baseAddress! + column
    let appended = CSVFieldDecoding.withContent(field, in: base) {
      builder.pointee.appendCategory(utf8: $0)
    }
    guard let complete = appended else {
      throw invalidText(at: field.start, base: base, recordStart: recordStart)
    }
    if !complete { lateCategorical.insert(column) }
    allNumeric = false
  }

  private mutating func takeNames(
    _ fields: UnsafeBufferPointer<FieldSpan>, base: UnsafePointer<UInt8>, recordStart: Int
  ) throws(FulcrumError) {
    var seen: Set<String> = []
    for (index, field) in fields.enumerated() {
      guard var name = CSVFieldDecoding.text(field, in: base) else {
        throw invalidText(at: field.start, base: base, recordStart: recordStart)
      }
      if name.isEmpty { name = "col\(index + 1)" }
      var unique = name
      var suffix = 2
      while seen.contains(unique) {
        unique = "\(name)_\(suffix)"
        suffix += 1
      }
      seen.insert(unique)
      names.append(unique)
    }
  }

  private func raggedError(
    _ fields: UnsafeBufferPointer<FieldSpan>, base: UnsafePointer<UInt8>, recordStart: Int
  ) -> FulcrumError {
    var hint = ""
    if fields.count > layout.width {
      hint = " (a value that holds \(CSVDialect.describe(layout.delimiter)) must be quoted)"
    } else {
      let end = fields.last!.end
      let bytes = UnsafeBufferPointer(start: base + recordStart, count: end - recordStart)
      for candidate in CSVDialect.candidates
      where candidate != layout.delimiter && bytes.contains(candidate) {
        hint = " (is the delimiter \(CSVDialect.describe(candidate))?)"
        break
      }
    }
    return FulcrumError(
      .dataError,
      "\(source.name):\(line): expected \(layout.width) fields, found \(fields.count)\(hint)")
  }

  private func invalidText(
    at offset: Int, base: UnsafePointer<UInt8>, recordStart: Int
  ) -> FulcrumError {
    let (line, column) = CSVFieldDecoding.location(
      of: offset, recordStart: recordStart, recordLine: line, in: base)
    return FulcrumError(
      .dataError,
      "\(source.name):\(line):\(column): invalid UTF-8; expected UTF-8 text "
        + "(convert it, e.g. iconv -f latin1 -t utf-8)")
  }
}

private let lineFeed = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
private let quote = UInt8(ascii: "\"")
