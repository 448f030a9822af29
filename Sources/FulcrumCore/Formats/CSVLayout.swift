/// What the first bytes of a text table say about all of it: delimiter, header, width.
struct CSVLayout {
  var delimiter: UInt8
  var firstRecord: FirstRecord
  /// Fields per record.
  var width: Int
  /// Rows the whole file probably holds, for reserving memory (0 when unknown).
  var estimatedRows: Int

  /// Sniffs the layout from the bytes now in `buffer` (the file's first window).
  init(buffer: borrowing ReadBuffer, source: InputSource, options: LoadOptions) {
    let base = UnsafePointer(buffer.base)
    delimiter =
      options.delimiter
      ?? CSVDialect.sniff(base, from: buffer.start, to: buffer.end, atEnd: buffer.atEnd)
    var scanner = CSVRecordScanner(delimiter: delimiter)
    var records: [[SampleField]] = []
    var position = buffer.start
    var sampledBytes = 0
    while position < buffer.end && records.count < 100 {
      let outcome = scanner.scan(base, from: position, to: buffer.end, atEnd: buffer.atEnd)
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

  /// `csv`, or `tsv` for tab-separated text.
  var format: String { delimiter == UInt8(ascii: "\t") ? "tsv" : "csv" }
}
