/// A table of text cells for a report, laid out as aligned plain text or as Markdown.
///
/// Cells may hold text from the data (class names), so they are sanitised and measured in
/// terminal cells. The first column is left-aligned and the others right-aligned, which
/// lines up the numbers.
struct ReportTable {
  var header: [String]
  var rows: [[String]]

  init(header: [String], rows: [[String]]) {
    precondition(rows.allSatisfy { $0.count == header.count }, "one cell per column")
    self.header = header
    self.rows = rows
  }

  /// The table as lines of plain text, each starting with `indent`.
  func text(indent: String = "  ") -> [String] {
    let all = ([header] + rows).map { $0.map(PlainText.sanitized) }
    let widths = header.indices.map { column in
      all.map { PlainText.width($0[column]) }.max() ?? 0
    }
    return all.map { row in
      let cells = row.indices.map { column in
        column == 0
          ? PlainText.padded(row[column], to: widths[column])
          : PlainText.leftPadded(row[column], to: widths[column])
      }
      var line = indent + cells.joined(separator: "  ")
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// The table in GitHub-flavoured Markdown, numbers right-aligned.
  func markdown() -> [String] {
    let rule = "|" + header.indices.map { $0 == 0 ? "---|" : "---:|" }.joined()
    return [Self.markdownLine(header), rule] + rows.map(Self.markdownLine)
  }

  private static func markdownLine(_ cells: [String]) -> String {
    "| " + cells.map(markdownCell).joined(separator: " | ") + " |"
  }

  /// Data text made safe inside a Markdown table cell.
  static func markdownCell(_ text: String) -> String {
    PlainText.sanitized(text).replacingOccurrences(of: "|", with: "\\|")
      .replacingOccurrences(of: "`", with: "'")
  }
}
