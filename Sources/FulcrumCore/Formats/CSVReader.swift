/// Reads delimited text (CSV, TSV, `;`- or `|`-separated) into typed columns.
///
/// The bytes stream through a fixed window and are parsed in place. A column whose text
/// turns out not to be numeric only after numbers were stored is read again in a second
/// pass, so no value is ever re-formatted from a parsed number.
enum CSVReader {
  /// Reads all of `source`; `window` is the initial size of the read buffer in bytes.
  static func read(
    _ source: InputSource, options: LoadOptions, window: Int = 1 << 22
  ) throws(FulcrumError) -> ParsedTable {
    let first = try pass(source, options: options, categorical: [], window: window)
    guard let redo = first.redo else { return first.table }
    return try pass(source, options: options, categorical: redo, window: window).table
  }

  private static func pass(
    _ source: InputSource, options: LoadOptions, categorical: Set<Int>, window: Int
  ) throws(FulcrumError) -> (table: ParsedTable, redo: Set<Int>?) {
    let layout = try CSVLayout(source: source, options: options)
    var buffer = ReadBuffer(stream: try source.open(), capacity: window)
    try buffer.refill()
    if layout.hasByteOrderMark { buffer.start = 3 }
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

  private static func table(_ pass: borrowing CSVPass, _ layout: CSVLayout) -> ParsedTable {
    var table = ParsedTable(columns: pass.columns(), format: layout.format)
    let generated = "columns named col1…col\(layout.width)"
    switch layout.firstRecord {
    case .header: break
    case .data: table.notes.append("no header row; \(generated)")
    case .countLine(let rows, let features, let classNames):
      table.notes.append(
        "line 1 holds counts (\(rows) rows, \(features) features) and class names, "
          + "not column names; \(generated)")
      if rows != pass.rows {
        table.notes.append("line 1 announces \(rows) rows; found \(pass.rows)")
      }
      table.classNames = classNames
    }
    return table
  }
}
