import Foundation
import FulcrumCore
import Testing

@Suite("Evaluation in text and Markdown reports")
struct EvaluationRenderingTests {
  private func text(_ result: ResultEntry, dataset: Dataset = ReportFixtures.m1) -> String {
    var report = Report(describing: dataset)
    report.results = [result]
    return TextReportRenderer().render(report)
  }

  private func section(_ text: String, from title: String) -> [Substring] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(of: Substring(title)) else { return [] }
    let end = lines[start...].firstIndex(of: "") ?? lines.endIndex
    return Array(lines[start..<end])
  }

  @Test("the confusion matrix is a labelled table: truth rows, predicted columns, totals")
  func confusionMatrixText() throws {
    let rendered = text(try ReportFixtures.m1Result())
    #expect(
      section(rendered, from: "Confusion matrix") == [
        "Confusion matrix",
        "  Rows: true y; columns: predicted.",
        "  true \\ predicted  0  1  2  3  4  total",
        "  0                 4  1  0  0  1      6",
        "  1                 1  2  0  0  0      3",
        "  2                 1  0  1  0  0      2",
        "  3                 1  0  0  0  0      1",
        "  4                 0  0  0  0  0      0",
        "  total             7  3  1  0  1     12",
      ])
  }

  @Test("the per-class table shows M1's values, undefined ones as a dash")
  func perClassText() throws {
    let rendered = text(try ReportFixtures.m1Result())
    #expect(
      section(rendered, from: "Per class") == [
        "Per class",
        "  class  precision  recall     F1  specificity  support  predicted",
        "  0          0.571   0.667  0.615        0.500        6          7",
        "  1          0.667   0.667  0.667        0.889        3          3",
        "  2          1.000   0.500  0.667        1.000        2          1",
        "  3              —   0.000  0.000        1.000        1          0",
        "  4          0.000       —  0.000        0.917        0          1",
        "  — = undefined (0/0): never predicted (precision) or never true (recall).",
      ])
  }

  @Test("given predictions: a summary with one value column and no fold spread")
  func summaryOfGivenPredictions() throws {
    let rendered = text(try ReportFixtures.m1Result())
    #expect(rendered.contains("Evaluation: predictions in pred\n"))
    #expect(rendered.contains("no model trained, no folds"))
    #expect(
      section(rendered, from: "Summary") == [
        "Summary",
        "  metric                      value",
        "  accuracy                    0.583",
        "  balanced accuracy           0.458",
        "  adjusted balanced accuracy  0.278",
        "  macro F1                    0.390",
        "  weighted F1                 0.585",
        "  micro F1                    0.583",
        "  G-mean                      0.000",
        "  MCC                         0.349",
        "  Cohen's κ                   0.341",
      ])
  }

  @Test("cross-validation: pooled value next to mean ± std over the folds")
  func summaryWithFoldSpread() {
    let first = ConfusionMatrix(labels: ["a", "b"], counts: [[2, 0], [0, 2]])
    let second = ConfusionMatrix(labels: ["a", "b"], counts: [[1, 1], [0, 2]])
    let pooled = ConfusionMatrix(labels: ["a", "b"], counts: [[3, 1], [0, 4]])
    let evaluation = ModelEvaluation(
      method: "cross-validation", model: "tree:depth=2", folds: 2, seed: 7,
      confusionMatrix: pooled, foldSpread: FoldSpread([Metrics(first), Metrics(second)]),
      features: ["x", "colour=red", "colour=blue"], leftOutColumns: ["comment"],
      warnings: ["class 'b' has 4 rows, fewer than the 5 folds"])
    let rendered = text(ResultEntry(strategy: "baseline", evaluation: evaluation))
    #expect(rendered.contains("Evaluation: tree:depth=2\n"))
    #expect(rendered.contains("  Stratified 2-fold cross-validation, shuffled with seed 7.\n"))
    #expect(rendered.contains("  Features: 3 encoded from 2 columns"))
    let summary = section(rendered, from: "Summary")
    #expect(summary[1] == "  metric                      pooled  mean ± std over 2 folds")
    #expect(summary[2] == "  accuracy                     0.875            0.875 ± 0.125")
    #expect(summary[3] == "  balanced accuracy            0.875            0.875 ± 0.125")
    #expect(
      section(rendered, from: "Warnings") == [
        "Warnings",
        "  - class 'b' has 4 rows, fewer than the 5 folds",
        "  - left out of the features as free text (too many distinct values): comment",
      ])
  }

  @Test("Markdown: headings, a matrix table with right-aligned counts, dashes for undefined")
  func markdown() throws {
    var report = Report(describing: ReportFixtures.m1)
    report.results = [try ReportFixtures.m1Result()]
    let rendered = MarkdownReportRenderer().render(report)
    #expect(rendered.contains("\n## Evaluation: predictions in pred\n"))
    #expect(rendered.contains("\n### Confusion matrix\n\nRows: true `y`; columns: predicted.\n\n"))
    #expect(rendered.contains("| true \\ predicted | 0 | 1 | 2 | 3 | 4 | total |\n|---|---:|"))
    #expect(rendered.contains("\n| 3 | — | 0.000 | 0.000 | 1.000 | 1 | 0 |\n"))
    #expect(rendered.contains("\n| Cohen's κ | 0.341 |\n"))
  }

  @Test("the fairness block follows the evaluation, indented, with the limit checks")
  func fairness() throws {
    let request = EvaluationRequest(
      predicted: "pred", sensitive: ["group"], positive: "1",
      limits: try FairnessLimit.parse("demographic-parity-difference=0.1", direction: .above))
    let report = try Report(evaluating: ReportFixtures.f1, request: request)
    let rendered = TextReportRenderer().render(report)
    let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex(of: "Fairness"))
    #expect(lines[start + 2] == "    - Sensitive: group")
    #expect(lines[start + 3] == "    - Positive label: 1 (given)")
    #expect(lines.contains { $0.hasPrefix("  demographic parity       0.250  0.500 !") })
    #expect(
      rendered.hasSuffix(
        "  Limits:\n    - exceeded: demographic-parity-difference 0.250 is above the limit 0.1"
          + " (positive label 1)\n"))
  }

  @Test("class names from the data are cleaned of control characters in tables")
  func sanitisedNames() {
    let matrix = ConfusionMatrix(truth: ["ok", "bad\u{1B}[31m"], predicted: ["ok", "ok"])
    let rendered = text(
      ResultEntry(
        strategy: "baseline",
        evaluation: ModelEvaluation(
          method: "given-predictions", model: "p", confusionMatrix: matrix)
      ))
    #expect(!rendered.contains("\u{1B}"))
    #expect(rendered.contains(#"bad\x1b[31m"#))
  }
}
