/// Renders a report as aligned plain text for a terminal or a log.
public struct TextReportRenderer: Sendable {
  /// Cells given to the longest histogram bar.
  public var barWidth: Int
  /// Cells at which long names and level lists are cut.
  public var nameLimit: Int

  public init(barWidth: Int = 40, nameLimit: Int = 24) {
    precondition(barWidth > 0 && nameLimit > 1, "widths must be positive")
    self.barWidth = barWidth
    self.nameLimit = nameLimit
  }

  public func render(_ report: Report) -> String {
    var lines = summaryLines(report.dataset)
    lines.append("")
    lines += histogramLines(report.dataset)
    // A comparison is about the strategies; the column table is in a plain report.
    let isComparison = report.results.count > 1
    if !isComparison {
      lines.append("")
      lines += columnLines(report.dataset.schema)
    }
    if !report.notes.isEmpty {
      lines.append("")
      lines.append("Notes")
      lines += report.notes.map { "  - " + PlainText.sanitized($0) }
    }
    if isComparison {
      let sections = ComparisonSections(markdown: false, nameLimit: nameLimit)
      for block in sections.blocks(report.results) {
        lines.append("")
        lines.append(block)
      }
      return lines.joined(separator: "\n") + "\n"
    }
    let sections = EvaluationSections(markdown: false, nameLimit: nameLimit)
    for result in report.results {
      for block in sections.blocks(result, label: report.dataset.label) {
        lines.append("")
        lines.append(block)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  func summaryLines(_ dataset: DatasetSummary) -> [String] {
    let format = dataset.compressed ? dataset.format + ", gzip" : dataset.format
    return [
      PlainText.sanitized(dataset.path),
      "  \(dataset.rows) rows · \(dataset.columns) columns · \(format)"
        + " · label \(PlainText.sanitized(dataset.label))",
    ]
  }

  /// The class histogram: one bar per class scaled to the largest, with count and share.
  func histogramLines(_ dataset: DatasetSummary) -> [String] {
    let names = dataset.classes.map {
      PlainText.truncated(PlainText.sanitized($0.name), to: nameLimit)
    }
    let nameWidth = names.map(PlainText.width).max() ?? 0
    let largest = dataset.classes.map(\.count).max() ?? 0
    let countWidth = String(largest).count
    let shares = dataset.distribution.proportions
    var lines = ["Classes (\(dataset.classes.count))"]
    for (index, entry) in dataset.classes.enumerated() {
      let bar = EighthBlockBar.bar(Double(entry.count), of: Double(largest), width: barWidth)
      lines.append(
        "  " + PlainText.padded(names[index], to: nameWidth) + "  " + bar + " "
          + PlainText.leftPadded(String(entry.count), to: countWidth) + " "
          + PlainText.leftPadded(StatisticText.percent(shares[index]), to: 6))
    }
    lines.append(
      "  imbalance ratio \(StatisticText.ratio(dataset.imbalanceRatio))"
        + " · entropy balance \(StatisticText.ratio(dataset.entropyBalance))")
    return lines
  }

  /// The column table: name, type, missing and distinct counts, range or top levels.
  func columnLines(_ schema: [ColumnEntry]) -> [String] {
    let header = ["name", "type", "missing", "distinct", "min", "mean", "max", "top levels"]
    let rows = schema.map { column -> [String] in
      let levels = column.topLevels.map { "\(PlainText.sanitized($0.level)) \($0.count)" }
      let isNumeric = column.type == .numeric
      return [
        PlainText.truncated(PlainText.sanitized(column.name), to: nameLimit),
        column.type.rawValue, String(column.missing), String(column.distinct),
        isNumeric ? StatisticText.number(column.min) : "",
        isNumeric ? StatisticText.number(column.mean) : "",
        isNumeric ? StatisticText.number(column.max) : "",
        PlainText.truncated(levels.joined(separator: ", "), to: nameLimit * 2),
      ]
    }
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { PlainText.width($0[column]) }.max()! }
    let rightAligned: Set<Int> = [2, 3, 4, 5, 6]
    let table = all.map { row -> String in
      let cells = row.indices.map { column in
        if column == row.count - 1 { return row[column] }
        return rightAligned.contains(column)
          ? PlainText.leftPadded(row[column], to: widths[column])
          : PlainText.padded(row[column], to: widths[column])
      }
      return "  " + cells.joined(separator: "  ").trimmingTrailingSpaces()
    }
    return ["Columns (\(schema.count))"] + table
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
