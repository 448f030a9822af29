import Foundation

/// Reads delimited text (CSV, TSV, `;`- or `|`-separated) into typed columns.
///
/// The bytes stream through a fixed window and are parsed in place. A column whose text
/// turns out not to be numeric only after numbers were stored is read again in a second
/// pass, so no value is ever re-formatted from a parsed number.
enum CSVReader {
  static func read(_ source: InputSource, options: LoadOptions) throws(FulcrumError) -> ParsedTable
  {
    let first = try pass(source, options: options, categorical: [])
    guard let redo = first.redo else { return first.table }
    return try pass(source, options: options, categorical: redo).table
  }

  private static func pass(
    _ source: InputSource, options: LoadOptions, categorical: Set<Int>
  ) throws(FulcrumError) -> (table: ParsedTable, redo: Set<Int>?) {
    var buffer = ReadBuffer(stream: try source.open())
    try buffer.refill()
    try checkStart(&buffer, source: source)
    let layout = CSVLayout(buffer: buffer, source: source, options: options)
    guard layout.width > 0 else {
      throw FulcrumError(.dataError, "\(source.name): only blank lines; expected a table")
    }
    var pass = CSVPass(source: source, layout: layout, categorical: categorical)
    try pass.run(&buffer)
    guard pass.rows > 0 else {
      throw FulcrumError(.dataError, "\(source.name): no data rows; expected rows below the header")
    }
    if !pass.lateCategorical.isEmpty { return (table(pass, layout), pass.categoricalColumns) }
    return (table(pass, layout), nil)
  }

  private static func table(_ pass: CSVPass, _ layout: CSVLayout) -> ParsedTable {
    var table = ParsedTable(columns: pass.columns(), format: layout.format)
    let generated = "columns named col1…col\(layout.width)"
    switch layout.firstRecord {
    case .header: break
    case .data: table.notes.append("no header row; \(generated)")
    case .countLine(let rows, let features, let classNames):
      table.notes.append(
        "line 1 holds counts (\(rows) rows, \(features) features) and class names, "
          + "not column names; \(generated)")
      if rows != pass.rows { table.notes.append("line 1 announces \(rows) rows; found \(pass.rows)") }
      table.classNames = classNames
    }
    return table
  }

  /// Rejects what is not UTF-8 text and skips a byte-order mark.
  private static func checkStart(
    _ buffer: inout ReadBuffer, source: InputSource
  ) throws(FulcrumError) {
    let base = buffer.base
    let count = buffer.end
    guard count > 0 else {
      throw FulcrumError(.dataError, "\(source.name): the file is empty; expected a table")
    }
    if count >= 2 && (base[0] == 0xFF && base[1] == 0xFE || base[0] == 0xFE && base[1] == 0xFF) {
      throw FulcrumError(
        .dataError,
        "\(source.name): UTF-16 text; expected UTF-8 (convert it, e.g. iconv -f utf-16 -t utf-8)")
    }
    if count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF {
      buffer.start = 3
    }
    let window = min(count, 1 << 16)
    if let nul = memchr(base, 0, window) {
      let offset = nul.assumingMemoryBound(to: UInt8.self) - base
      let (line, column) = CSVFieldDecoding.location(
        of: offset, recordStart: 0, recordLine: 1, in: base)
      throw FulcrumError(
        .dataError,
        "\(source.name):\(line):\(column): binary data (a NUL byte); expected a text table")
    }
  }
}
