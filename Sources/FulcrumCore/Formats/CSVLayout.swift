import Foundation

/// What the first bytes of a text table say about all of it: delimiter, header, width.
struct CSVLayout {
  var delimiter: UInt8
  var firstRecord: FirstRecord
  /// Fields per record.
  var width: Int
  /// Rows the whole file probably holds, for reserving memory (0 when unknown).
  var estimatedRows: Int

  /// Whether the text starts with a UTF-8 byte-order mark (3 bytes to skip).
  var hasByteOrderMark: Bool

  /// Sniffs the layout from the first bytes of `source`, after checking they are text.
  init(source: InputSource, options: LoadOptions) throws(FulcrumError) {
    var sample = ReadBuffer(stream: try source.open(), capacity: CSVLayout.sampleSize)
    try sample.refill()
    hasByteOrderMark = try CSVLayout.checkText(sample, source: source)
    let start = hasByteOrderMark ? 3 : 0
    let base = UnsafePointer(sample.base)
    let end = sample.end
    delimiter =
      options.delimiter ?? CSVDialect.sniff(base, from: start, to: end, atEnd: sample.atEnd)
    var scanner = CSVRecordScanner(delimiter: delimiter)
    var records: [[SampleField]] = []
    var position = start
    var sampledBytes = 0
    while position < end && records.count < 100 {
      let outcome = scanner.scan(base, from: position, to: end, atEnd: sample.atEnd)
      guard case .record(let next, _) = outcome else { break }
      let fields = scanner.fields
      if fields.count > 1 || fields[0].start < fields[0].end || fields[0].quoted {
        records.append(
          fields.map { SampleField(CSVFieldDecoding.text($0, in: base) ?? "") })
        sampledBytes += next - position
      }
      position = next
    }
    if let header = options.header {
      firstRecord = header ? .header : .data
    } else {
      firstRecord = HeaderDetection.classify(records)
    }
    if case .countLine(_, let features, _) = firstRecord {
      width = features + 1
    } else {
      width = records.first?.count ?? 0
    }
    estimatedRows = 0
    if !source.compressed, let total = source.byteCount, !records.isEmpty, sampledBytes > 0 {
      // A little over the average so the columns rarely grow; untouched capacity costs
      // address space, not memory.
      estimatedRows = Int(Double(total) / Double(sampledBytes) * Double(records.count) * 1.1) + 16
    }
  }

  /// How many bytes from the start the layout is judged on.
  static let sampleSize = 1 << 18

  /// Rejects what is not UTF-8 text; returns whether a byte-order mark opens it.
  private static func checkText(
    _ sample: borrowing ReadBuffer, source: InputSource
  ) throws(FulcrumError) -> Bool {
    let base = sample.base
    let count = sample.end
    guard count > 0 else {
      throw FulcrumError(.dataError, "\(source.name): the file is empty; expected a table")
    }
    if count >= 2 && (base[0] == 0xFF && base[1] == 0xFE || base[0] == 0xFE && base[1] == 0xFF) {
      throw FulcrumError(
        .dataError,
        "\(source.name): UTF-16 text; expected UTF-8 (convert it, e.g. iconv -f utf-16 -t utf-8)")
    }
    if let nul = memchr(base, 0, count) {
      let offset = nul.assumingMemoryBound(to: UInt8.self) - base
      let (line, column) = CSVFieldDecoding.location(
        of: offset, recordStart: 0, recordLine: 1, in: base)
      throw FulcrumError(
        .dataError,
        "\(source.name):\(line):\(column): binary data (a NUL byte); expected a text table")
    }
    return count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF
  }

  /// `csv`, or `tsv` for tab-separated text.
  var format: String { delimiter == UInt8(ascii: "\t") ? "tsv" : "csv" }
}
