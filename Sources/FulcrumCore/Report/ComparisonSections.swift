import Foundation

/// The blocks of a report that compares strategies: one row per strategy with its
/// cross-validated metrics and training class counts, the change against the baseline,
/// fairness aggregates when there are sensitive groups, and what each strategy noted.
///
/// Text and Markdown share the content; a report with more than one result is laid out
/// this way instead of one full evaluation per result.
struct ComparisonSections: SectionFormatting {
  var markdown: Bool
  var nameLimit: Int

  /// The metrics compared, with their headings, in order.
  static let metrics: [(title: String, name: String)] = [
    ("bal. accuracy", "balancedAccuracy"), ("macro F1", "macroF1"), ("MCC", "mcc"),
    ("G-mean", "gMean"),
  ]
  /// The fairness aggregates compared: differences, where lower is fairer.
  static let fairnessMeasures: [FairnessMeasure] = [
    .demographicParityDifference, .equalizedOddsDifference, .equalOpportunityDifference,
  ]
  /// The mark after the best value of a column.
  static let bestMark = "*"

  /// The comparison blocks, in reading order.
  func blocks(_ results: [ResultEntry]) -> [String] {
    guard let first = results.first?.evaluation else { return [] }
    var blocks: [String] = []
    let folds = first.folds.map(String.init) ?? "?"
    let seed = first.seed.map(String.init) ?? "?"
    blocks.append(
      section(
        "Comparison: \(first.model), \(results.count - 1)"
          + (results.count == 2 ? " strategy" : " strategies") + " against the baseline",
        [
          prose("Stratified \(folds)-fold cross-validation, shuffled with seed \(seed)."),
          prose("Each strategy changes only the training rows of each fold; all share the folds."),
          prose("Metrics: mean ± standard deviation over the folds; * marks the best."),
          table(performance(results)),
        ]))
    if results.contains(where: { $0.fairness != nil }) {
      blocks.append(section("Fairness by strategy", fairness(results)))
    }
    var notes: [String] = []
    for result in results {
      // Strategies start their notes with their name; the spec names the row instead.
      let name = String(result.strategy.prefix { $0 != ":" })
      for note in result.notes + (result.evaluation?.warnings ?? []) {
        var text = Substring(note)
        if text.hasPrefix(name + ": ") { text = text.dropFirst(name.count + 2) }
        notes.append("\(result.strategy) — \(text)")
      }
    }
    if !notes.isEmpty { blocks.append(section("Notes", [list(notes)])) }
    return blocks
  }

  /// The performance table: a row per strategy.
  private func performance(_ results: [ResultEntry]) -> ReportTable {
    let recallTitle = results.first?.minorityRecall?.name ?? "minority recall"
    let classNames = results.first?.trainDistribution?.map(\.name) ?? []
    let countsTitle = "train rows \(classNames.map(shortName).joined(separator: "/"))"
    var columns: [[Double?]] = Self.metrics.map { metric in
      results.map { $0.evaluation?.foldSpread?[metric.name]?.mean }
    }
    columns.append(results.map { $0.minorityRecall?.mean })
    let best = columns.map { Self.bestIndex($0, lowest: false) }
    let baseline = results.first?.evaluation?.foldSpread?["balancedAccuracy"]?.mean
    let rows = results.enumerated().map { index, result -> [String] in
      var cells = [shortName(result.strategy)]
      let spreads =
        Self.metrics.map { result.evaluation?.foldSpread?[$0.name] } + [result.minorityRecall]
      for (column, spread) in spreads.enumerated() {
        cells.append(
          Self.spread(spread) + (best[column] == index ? Self.bestMark : (markdown ? "" : " ")))
      }
      cells.append(
        (result.trainDistribution ?? []).map { Self.count($0.weight) }.joined(separator: "/"))
      let mean = result.evaluation?.foldSpread?["balancedAccuracy"]?.mean
      if index == 0 {
        cells.append("")
      } else if let mean, let baseline {
        cells.append(String(format: "%+.3f", mean - baseline))
      } else {
        cells.append("—")
      }
      return cells
    }
    return ReportTable(
      header: ["strategy"] + Self.metrics.map(\.title) + [recallTitle, countsTitle]
        + ["Δ bal. acc."],
      rows: rows)
  }

  /// The fairness table and what it measures.
  private func fairness(_ results: [ResultEntry]) -> [String] {
    guard let reference = results.compactMap(\.fairness).first else { return [] }
    let columns = reference.sensitive.map(\.column).joined(separator: " × ")
    let groups = reference.outcomes.first?.groups.map(\.name) ?? []
    let multiclass = reference.outcomes.count > 1
    let positive =
      multiclass
      ? "each class against the rest (the largest value over the classes)"
      : "positive class \(inline(reference.positiveLabel ?? "?"))"
    var columnValues: [[Double?]] = Self.fairnessMeasures.map { measure in
      results.map { Self.aggregate(measure, $0.fairness) }
    }
    columnValues.append(results.map { Self.aggregate(.demographicParityRatio, $0.fairness) })
    let best = columnValues.enumerated().map { column, values in
      column < Self.fairnessMeasures.count
        ? Self.bestIndex(values, lowest: true)
        : Self.bestIndex(values.map { $0.map { -abs(1 - $0) } }, lowest: false)
    }
    let rows = results.enumerated().map { index, result -> [String] in
      [shortName(result.strategy)]
        + columnValues.indices.map { column in
          EvaluationSections.value(columnValues[column][index])
            + (best[column] == index ? Self.bestMark : (markdown ? "" : " "))
        }
    }
    let headers =
      Self.fairnessMeasures.map(\.shortTitle) + [FairnessMeasure.demographicParityRatio.shortTitle]
    return [
      prose(
        "Groups of \(inline(columns)): \(groups.map(inline).joined(separator: ", "));"
          + " \(positive); from the out-of-fold predictions."),
      prose("DP: demographic parity, EO: equalized odds, EOpp: equal opportunity."),
      prose("Differences: 0 is parity, lower is fairer; a ratio is fairest nearest 1."),
      table(ReportTable(header: ["strategy"] + headers, rows: rows)),
    ]
  }

  /// An aggregate of a result's fairness; the largest over the classes of a multiclass task.
  static func aggregate(_ measure: FairnessMeasure, _ fairness: FairnessResult?) -> Double? {
    guard let outcomes = fairness?.outcomes else { return nil }
    let values = outcomes.compactMap { $0.aggregates[measure] }
    guard values.count == outcomes.count else { return nil }
    return measure.isRatio ? values.min() : values.max()
  }

  /// The row holding the best defined value (the first of equals), nil when none is.
  static func bestIndex(_ values: [Double?], lowest: Bool) -> Int? {
    var best: Int? = nil
    for (index, value) in values.enumerated() {
      guard let value, value.isFinite else { continue }
      guard let current = best, let held = values[current] else {
        best = index
        continue
      }
      if lowest ? value < held : value > held { best = index }
    }
    return best
  }

  static func spread(_ spread: MetricSpread?) -> String {
    guard let mean = spread?.mean, let deviation = spread?.standardDeviation else { return "—" }
    return "\(EvaluationSections.value(mean))±\(EvaluationSections.value(deviation))"
  }

  static func count(_ weight: Double) -> String {
    weight == weight.rounded() ? String(Int(weight)) : String(format: "%.1f", weight)
  }

  private func section(_ heading: String, _ parts: [String]) -> String {
    let body = parts.joined(separator: markdown ? "\n\n" : "\n")
    return markdown
      ? "## " + ReportTable.markdownCell(heading) + "\n\n" + body : heading + "\n" + body
  }
}
