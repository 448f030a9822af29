/// The text-or-Markdown pieces every report section is built from, so the evaluation and
/// comparison sections sanitise, indent and escape data text the same way.
protocol SectionFormatting {
  /// Markdown when true, aligned plain text otherwise.
  var markdown: Bool { get }
  /// The most cells a class or strategy name may take in a table.
  var nameLimit: Int { get }
}

extension SectionFormatting {
  /// A sentence, indented under its heading in plain text.
  func prose(_ text: String) -> String {
    markdown ? text : "  " + PlainText.sanitized(text)
  }

  /// A name from the data, sanitised and cut to `nameLimit` cells.
  func shortName(_ name: String) -> String {
    PlainText.truncated(PlainText.sanitized(name), to: nameLimit)
  }

  /// Data text inside a sentence: code-quoted in Markdown.
  func inline(_ text: String) -> String {
    markdown ? "`\(ReportTable.markdownCell(text))`" : PlainText.sanitized(text)
  }

  func table(_ table: ReportTable) -> String {
    (markdown ? table.markdown() : table.text()).joined(separator: "\n")
  }

  func list(_ items: [String]) -> String {
    items.map {
      markdown ? "- " + ReportTable.markdownCell($0) : "  - " + PlainText.sanitized($0)
    }.joined(separator: "\n")
  }
}
