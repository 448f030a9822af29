/// Renders a report as GitHub-flavoured Markdown, for pull requests and notebooks.
public struct MarkdownReportRenderer: Sendable {
  /// Cells given to the longest histogram bar.
  public var barWidth: Int

  public init(barWidth: Int = 20) {
    precondition(barWidth > 0, "bar width must be positive")
    self.barWidth = barWidth
  }

  public func render(_ report: Report) -> String {
    let dataset = report.dataset
    let format = dataset.compressed ? dataset.format + ", gzip" : dataset.format
    var lines = [
      "# \(escaped(dataset.path))", "",
      "\(dataset.rows) rows · \(dataset.columns) columns · \(format) · label"
        + " `\(escaped(dataset.label))`",
      "", "## Classes", "",
      "| class | rows | share | |", "|---|---:|---:|---|",
    ]
    let largest = dataset.classes.map(\.count).max() ?? 0
    let shares = dataset.distribution.proportions
    for (index, entry) in dataset.classes.enumerated() {
      let bar = EighthBlockBar.bar(Double(entry.count), of: Double(largest), width: barWidth)
      lines.append(
        "| \(escaped(entry.name)) | \(entry.count) | \(StatisticText.percent(shares[index]))"
          + " | `\(bar)` |")
    }
    lines += [
      "",
      "Imbalance ratio \(StatisticText.ratio(dataset.imbalanceRatio)),"
        + " entropy balance \(StatisticText.ratio(dataset.entropyBalance)).",
    ]
    // A comparison is about the strategies; the column table is in a plain report.
    if report.results.count > 1 {
      if !report.notes.isEmpty {
        lines += ["", "## Notes", ""] + report.notes.map { "- " + escaped($0) }
      }
      for block in ComparisonSections(markdown: true, nameLimit: 40).blocks(report.results) {
        lines += ["", block]
      }
      return lines.joined(separator: "\n") + "\n"
    }
    lines += [
      "", "## Columns", "",
      "| name | type | missing | distinct | min | mean | max | top levels |",
      "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for column in dataset.schema {
      let numeric = column.type == .numeric
      let levels = column.topLevels.map { "\(escaped($0.level)) \($0.count)" }
      let cells = [
        escaped(column.name), column.type.rawValue, String(column.missing),
        String(column.distinct),
        numeric ? StatisticText.number(column.min) : "",
        numeric ? StatisticText.number(column.mean) : "",
        numeric ? StatisticText.number(column.max) : "",
        levels.joined(separator: ", "),
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    if !report.notes.isEmpty {
      lines += ["", "## Notes", ""] + report.notes.map { "- " + escaped($0) }
    }
    let sections = EvaluationSections(markdown: true, nameLimit: 40)
    for result in report.results {
      for block in sections.blocks(result, label: report.dataset.label) {
        lines += ["", block]
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Data text made safe inside a table cell: no control characters, pipes or backticks
  /// that would break the table.
  private func escaped(_ text: String) -> String {
    PlainText.sanitized(text).replacingOccurrences(of: "|", with: "\\|")
      .replacingOccurrences(of: "`", with: "'")
  }
}
