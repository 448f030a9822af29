import Testing

@testable import FulcrumCore

@Suite("Comparison rendering")
struct ComparisonRenderingTests {
  /// Two folds of four rows each, the same in both folds.
  private func entry(
    _ strategy: String, predicted: [Int], counts: [Double], minorityRecall: Double,
    notes: [String] = []
  ) -> ResultEntry {
    let truth = [0, 0, 0, 1]
    let fold = ConfusionMatrix(truth: truth, predicted: predicted, classNames: ["a", "b"])
    let pooled = ConfusionMatrix(
      truth: truth + truth, predicted: predicted + predicted, classNames: ["a", "b"])
    let evaluation = ModelEvaluation(
      method: "cross-validation", model: "logistic", folds: 2, seed: 0,
      confusionMatrix: pooled, foldSpread: FoldSpread([Metrics(fold), Metrics(fold)]))
    return ResultEntry(
      strategy: strategy, evaluation: evaluation,
      trainDistribution: [
        ClassWeight(name: "a", weight: counts[0]), ClassWeight(name: "b", weight: counts[1]),
      ], notes: notes,
      minorityRecall: MetricSpread(name: "recall(b)", values: [minorityRecall, minorityRecall]))
  }

  private var report: Report {
    var report = Report(dataset: DatasetSummary(Iris.dataset))
    report.results = [
      entry("baseline", predicted: [0, 0, 0, 0], counts: [6, 2], minorityRecall: 0),
      entry(
        "smote", predicted: [0, 0, 1, 1], counts: [6, 6], minorityRecall: 1,
        notes: ["smote: added synthetic rows 'b' +4"]),
    ]
    return report
  }

  @Test("text: a row per strategy, the best marked, the change against the baseline")
  func text() {
    let text = TextReportRenderer().render(report)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.contains("Comparison: logistic, 1 strategy against the baseline"))
    let baseline = lines.first { $0.hasPrefix("  baseline") }!
    let smote = lines.first { $0.hasPrefix("  smote") }!
    // Balanced accuracy 0.5 against (2/3 + 1) / 2; recall of `b` 0 against 1.
    #expect(baseline.contains("0.500±0.000 "))
    #expect(baseline.contains("6/2"))
    #expect(smote.contains("0.833±0.000*"))
    #expect(smote.contains("1.000±0.000*"))
    #expect(smote.contains("6/6"))
    #expect(smote.hasSuffix("+0.333"))
    #expect(lines.contains("  - smote — added synthetic rows 'b' +4"))
    // A comparison leaves out the column table of a plain report.
    #expect(!text.contains("Columns ("))
  }

  @Test("Markdown: the same table with the best cell marked")
  func markdown() {
    let text = MarkdownReportRenderer().render(report)
    #expect(text.contains("## Comparison: logistic, 1 strategy against the baseline"))
    #expect(text.contains("| smote | 0.833±0.000* |"))
    #expect(text.contains("| baseline | 0.500±0.000 |"))
  }
}
