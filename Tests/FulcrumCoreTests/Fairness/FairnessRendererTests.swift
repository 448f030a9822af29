import Testing

@testable import FulcrumCore

@Suite("Fairness renderer")
struct FairnessRendererTests {
  private func f1(weights: [Double]? = nil) throws -> FairnessResult {
    try FairnessAnalysis.evaluate(
      truth: [1, 1, 1, 0, 0, 0, 1, 1, 0, 0], predicted: [1, 1, 0, 1, 0, 0, 1, 0, 0, 0],
      classNames: ["0", "1"],
      groups: SensitiveGroups(column: "sex", values: "MMMMMMFFFF".map { String($0) }),
      weights: weights, positive: "1")
  }

  @Test("text shows the choices, ratio flags, aggregates and limit checks")
  func text() throws {
    let result = try f1()
    let limits = try FairnessLimit.parse("demographic-parity-difference=0.1", direction: .above)
    let text = FairnessRenderer.text(
      result, checks: FairnessLimitCheck.check(limits, against: result))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.starts(with: ["Fairness", "", "  - Sensitive: sex"]))
    #expect(lines.contains("  - Positive label: 1 (given)"))
    #expect(lines.contains("  - Reference group: M (the largest group)"))
    #expect(lines.contains { $0.hasPrefix("F      4  0.500 [0.150, 0.850]  0.250 [0.046, 0.699]") })
    #expect(lines.contains("group  selection rate      TPR      FPR"))
    #expect(lines.contains("F             0.500 !  0.750 !  0.000 !"))
    #expect(lines.contains("demographic parity       0.250  0.500 !"))
    #expect(lines.contains("equal opportunity        0.167  0.750 !"))
    #expect(
      lines.contains(
        "  - exceeded: demographic-parity-difference 0.250 is above the limit 0.1 "
          + "(positive label 1)"))
    #expect(text.hasSuffix(")\n"))
  }

  @Test("weighted results show weighted sizes and say how intervals were taken")
  func weighted() throws {
    let text = FairnessRenderer.text(try f1(weights: [2, 1, 1, 1, 1, 1, 1, 1, 1, 3]))
    #expect(
      text.contains("  - Intervals: 95 % Wilson score over Kish's effective n; rows weighted"))
    #expect(text.contains("\nM           6 (w 7)  0.571 [0.222, 0.862]"))
    #expect(text.contains("\nF           4 (w 6)  0.333 [0.061, 0.792]"))
  }

  @Test("Markdown gives tables, escapes | in group names and shows undefined as —")
  func markdown() throws {
    let result = try FairnessAnalysis.evaluate(
      truth: [1, 0, 0, 0], predicted: [1, 0, 1, 0], classNames: ["0", "1"],
      groups: SensitiveGroups(column: "g", values: ["a|b", "a|b", "c", "c"]), positive: "1")
    let markdown = FairnessRenderer.markdown(result)
    #expect(markdown.hasPrefix("## Fairness\n\n- Sensitive: g\n"))
    #expect(markdown.contains("| group | selection rate | TPR | FPR |\n|---|---:|---:|---:|\n"))
    // The reference a|b has FPR 0, so no group has an FPR ratio.
    #expect(markdown.contains("| a\\|b | 1.000 | 1.000 | — |"))
    #expect(markdown.contains("| c | 1.000 | — | — |"))
    #expect(markdown.contains("- reference group a|b has FPR 0: ratios to it undefined"))
    #expect(markdown.contains("| equal opportunity | — | — |"))
    #expect(markdown.contains("- group c has no positive labels: TPR undefined"))
  }

  @Test("a multiclass result has one section per class")
  func multiclass() throws {
    let result = try FairnessAnalysis.evaluate(
      truth: [0, 1, 2, 0, 1, 2], predicted: [0, 2, 2, 1, 1, 2], classNames: ["a", "b", "c"],
      groups: SensitiveGroups(column: "g", values: ["A", "A", "A", "B", "B", "B"]))
    let text = FairnessRenderer.text(result)
    #expect(text.contains("  - Positive label: each class against the rest"))
    for name in ["a", "b", "c"] {
      #expect(text.contains("Positive label \(name) (one-vs-rest)"))
    }
  }
}

@Suite("Fairness renderer headings")
struct FairnessRendererHeadingTests {
  @Test("binned columns say how they were cut and which side of a bin is closed")
  func binnedColumns() throws {
    let dataset = Dataset(
      path: "t.csv", format: "csv",
      columns: [
        Column(name: "age", storage: .numeric([20, 30, 40, 70])),
        Column(name: "income", storage: .numeric([1, 2, 3, 4])),
        Column(name: "y", storage: .categorical(codes: [0, 1, 0, 1], levels: ["no", "yes"])),
      ], labelIndex: 2)
    let groups = try SensitiveGroups(dataset: dataset, arguments: ["age:25,60", "income"])
    let result = try FairnessAnalysis.evaluate(
      truth: [0, 1, 0, 1], predicted: [0, 1, 1, 1], classNames: ["no", "yes"], groups: groups)
    let text = FairnessRenderer.text(result)
    #expect(
      text.contains(
        "  - Sensitive: age (cut at 25, 60, bins closed on the left) × "
          + "income (quartiles, bins closed on the right)\n"))
    #expect(text.contains("  - Positive label: no (the minority class)\n"))
    #expect(
      FairnessMeasure.allCases.map(\.shortTitle).joined(separator: "|")
        == "DP diff|DP ratio|EO diff|EO ratio|EOpp diff|EOpp ratio")
  }
}
