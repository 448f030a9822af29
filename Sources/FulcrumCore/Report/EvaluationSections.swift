import Foundation

/// The parts of a report that show one result: what was evaluated, the confusion matrix,
/// the per-class table, the summary metrics, warnings and the fairness block.
///
/// Text and Markdown share the content; only headings, tables and lists differ.
struct EvaluationSections: SectionFormatting {
  var markdown: Bool
  /// Cells at which class names are cut in tables.
  var nameLimit: Int

  /// The summary metrics shown, with their labels, in order.
  static let summaryMetrics: [(title: String, name: String)] = [
    ("accuracy", "accuracy"), ("balanced accuracy", "balancedAccuracy"),
    ("adjusted balanced accuracy", "adjustedBalancedAccuracy"), ("macro F1", "macroF1"),
    ("weighted F1", "weightedF1"), ("micro F1", "microF1"), ("G-mean", "gMean"),
    ("MCC", "mcc"), ("Cohen's κ", "cohenKappa"),
  ]

  /// Every block of `result`, in reading order; `label` names the label column. Blocks
  /// are separated by a blank line.
  func blocks(_ result: ResultEntry, label: String) -> [String] {
    var sections: [(heading: String, level: Int, body: String)] = []
    if let evaluation = result.evaluation {
      sections.append((title(result, evaluation), 2, describe(result, evaluation)))
      sections.append(
        (
          "Confusion matrix", 3,
          paragraphs(
            prose("Rows: true \(inline(label)); columns: predicted."),
            confusionMatrix(evaluation.confusionMatrix))
        ))
      var perClassBody = table(perClass(evaluation.perClass))
      let undefined = evaluation.perClass.contains {
        $0.precision == nil || $0.recall == nil || $0.f1 == nil || $0.specificity == nil
      }
      if undefined {
        perClassBody = paragraphs(
          perClassBody,
          prose("— = undefined (0/0): never predicted (precision) or never true (recall)."))
      }
      sections.append(("Per class", 3, perClassBody))
      sections.append(("Summary", 3, table(summary(evaluation))))
      let warnings = warningLines(evaluation)
      if !warnings.isEmpty { sections.append(("Warnings", 3, list(warnings))) }
    } else {
      sections.append(("Result: \(result.strategy)", 2, prose("Nothing was evaluated.")))
    }
    var blocks = sections.map { heading, level, body in
      markdown
        ? String(repeating: "#", count: level) + " " + ReportTable.markdownCell(heading)
          + "\n\n" + body
        : heading + "\n" + body
    }
    if let fairness = result.fairness {
      blocks.append(fairnessBlock(fairness, checks: result.fairnessChecks))
    }
    return blocks
  }

  /// The fairness block; in plain text indented under its heading like the other sections.
  private func fairnessBlock(_ fairness: FairnessResult, checks: [FairnessLimitCheck])
    -> String
  {
    if markdown {
      return FairnessRenderer.markdown(fairness, checks: checks)
        .trimmingCharacters(in: .newlines)
    }
    let lines = FairnessRenderer.text(fairness, checks: checks)
      .trimmingCharacters(in: .newlines).split(separator: "\n", omittingEmptySubsequences: false)
    return lines.enumerated().map { index, line in
      index == 0 || line.isEmpty ? String(line) : "  " + line
    }.joined(separator: "\n")
  }

  private func title(_ result: ResultEntry, _ evaluation: ModelEvaluation) -> String {
    let strategy = result.strategy == "baseline" ? "" : " with \(result.strategy)"
    if evaluation.method == "given-predictions" {
      return "Evaluation: predictions in \(evaluation.model)"
    }
    return "Evaluation: \(evaluation.model)\(strategy)"
  }

  /// One or two sentences on how the figures were obtained.
  private func describe(_ result: ResultEntry, _ evaluation: ModelEvaluation) -> String {
    var lines: [String] = []
    if evaluation.method == "given-predictions" {
      lines.append(
        "Predictions read from column \(inline(evaluation.model)): no model trained, no folds.")
      lines.append("\(evaluation.confusionMatrix.total) rows compared with the label.")
    } else {
      let folds = evaluation.folds.map(String.init) ?? "?"
      let seed = evaluation.seed.map(String.init) ?? "?"
      let columns = Set(evaluation.features.map { $0.split(separator: "=").first ?? "" }).count
      lines.append("Stratified \(folds)-fold cross-validation, shuffled with seed \(seed).")
      lines.append(
        "Figures pool the out-of-fold predictions of \(evaluation.confusionMatrix.total) rows.")
      let oneHot = evaluation.features.contains { $0.contains("=") }
      lines.append(
        "Features: \(evaluation.features.count) encoded from \(columns) columns"
          + " (numbers standardised\(oneHot ? ", categories one-hot" : "")).")
    }
    if let weights = result.weightColumn {
      let use = evaluation.method == "given-predictions" ? "" : "the model fit and "
      lines.append("Rows weighted by \(inline(weights)) in \(use)the fairness figures.")
      lines.append("The confusion matrix and metrics count rows, unweighted.")
    }
    if let distribution = result.trainDistribution, evaluation.method != "given-predictions" {
      let parts = distribution.map { entry in
        let weight = entry.weight
        let shown =
          weight == weight.rounded() ? String(Int(weight)) : String(format: "%.1f", weight)
        return "\(inline(entry.name)) \(shown)"
      }
      let kind = result.weightColumn == nil ? "rows" : "weight"
      lines.append(
        "Training \(kind) per fold (mean), by class: \(parts.joined(separator: ", ")).")
    }
    // Consecutive Markdown lines would run together into one paragraph; a list keeps them.
    return lines.map { markdown ? "- " + $0 : prose($0) }.joined(separator: "\n")
  }

  /// Parts of one section: on consecutive lines in plain text, as separate paragraphs in
  /// Markdown (which needs a blank line between a sentence and a table).
  private func paragraphs(_ parts: String...) -> String {
    parts.joined(separator: markdown ? "\n\n" : "\n")
  }

  private func confusionMatrix(_ matrix: ConfusionMatrix) -> String {
    let names = matrix.labels.map(shortName)
    let rows = matrix.labels.indices.map { t in
      [names[t]] + matrix.counts[t].map(String.init) + [String(matrix.counts[t].reduce(0, +))]
    }
    let totals = matrix.predictedCounts.map(String.init) + [String(matrix.total)]
    return table(
      ReportTable(
        header: ["true \\ predicted"] + names + ["total"], rows: rows + [["total"] + totals]))
  }

  private func perClass(_ classes: [ClassMetrics]) -> ReportTable {
    ReportTable(
      header: ["class", "precision", "recall", "F1", "specificity", "support", "predicted"],
      rows: classes.map { entry in
        [
          shortName(entry.label), Self.value(entry.precision), Self.value(entry.recall),
          Self.value(entry.f1), Self.value(entry.specificity), String(entry.support),
          String(entry.predicted),
        ]
      })
  }

  private func summary(_ evaluation: ModelEvaluation) -> ReportTable {
    let metrics = Dictionary(
      uniqueKeysWithValues: Metrics.fields.map { ($0.name, evaluation.metrics[keyPath: $0.value]) }
    )
    guard let spread = evaluation.foldSpread else {
      return ReportTable(
        header: ["metric", "value"],
        rows: Self.summaryMetrics.map { [$0.title, Self.value(metrics[$0.name] ?? nil)] })
    }
    return ReportTable(
      header: ["metric", "pooled", "mean ± std over \(spread.folds) folds"],
      rows: Self.summaryMetrics.map { entry in
        let fold = spread[entry.name]
        var spreadText = "—"
        if let mean = fold?.mean, let deviation = fold?.standardDeviation {
          spreadText = "\(Self.value(mean)) ± \(Self.value(deviation))"
        }
        return [entry.title, Self.value(metrics[entry.name] ?? nil), spreadText]
      })
  }

  private func warningLines(_ evaluation: ModelEvaluation) -> [String] {
    var lines = evaluation.warnings
    if !evaluation.leftOutColumns.isEmpty {
      lines.append(
        "left out of the features as free text (too many distinct values): "
          + evaluation.leftOutColumns.joined(separator: ", "))
    }
    return lines
  }

  /// A metric to three decimals; `—` when undefined.
  static func value(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "—" }
    return String(format: "%.3f", value)
  }
}
