/// Makes data-derived strings safe and measurable for plain-text reports.
///
/// Reports go to terminals as often as to files, so names from a data file must not carry
/// control characters (an escape sequence in a column name could repaint the terminal).
/// The sanitising and the widths are `DisplayText`'s, the same the dashboard draws with;
/// this adds the padding that aligns report tables.
enum PlainText {
  /// `text` with control characters, escape sequences, bidirectional controls shown as
  /// visible escapes.
  static func sanitized(_ text: String) -> String {
    DisplayText.sanitize(text)
  }

  /// The number of terminal cells `text` occupies once sanitised.
  static func width(_ text: String) -> Int {
    DisplayText.width(text)
  }

  /// `text` sanitised and cut to at most `limit` cells, ending in `…` when cut.
  static func truncated(_ text: String, to limit: Int) -> String {
    DisplayText.fit(text, width: limit)
  }

  /// `text` followed by spaces up to `cells` cells.
  static func padded(_ text: String, to cells: Int) -> String {
    text + String(repeating: " ", count: max(0, cells - width(text)))
  }

  /// Spaces up to `cells` cells followed by `text`.
  static func leftPadded(_ text: String, to cells: Int) -> String {
    String(repeating: " ", count: max(0, cells - width(text))) + text
  }
}
