import Testing

@testable import FulcrumCore

@Suite("Undefined fairness values")
struct UndefinedRateTests {
  /// A: TPR ½, FPR 0; B: TPR 1, FPR ½; C has no positive labels, FPR ½.
  private func threeGroups() throws -> FairnessOutcome {
    try FairnessAnalysis.evaluate(
      truth: [1, 1, 0, 0, 1, 0, 0, 0, 0], predicted: [1, 0, 0, 0, 1, 1, 0, 1, 0],
      classNames: ["0", "1"],
      groups: SensitiveGroups(column: "g", values: "AAAABBBCC".map { String($0) }),
      positive: "1"
    ).outcomes[0]
  }

  @Test("a group with no positive labels has TPR undefined, left out, with a note")
  func noPositiveLabels() throws {
    let outcome = try threeGroups()
    let c = outcome.groups[2]
    #expect(c.truePositiveRate.value == nil)
    #expect(c.truePositiveRate.lower == nil && c.truePositiveRate.upper == nil)
    #expect(c.truePositiveRate.undefinedReason == "no positive labels")
    #expect(c.ratioToReference.truePositiveRate.value == nil)
    #expect(c.ratioToReference.truePositiveRate.outsideBand == nil)
    #expect(close(c.falsePositiveRate.value, 0.5))
    #expect(outcome.notes.contains("group C has no positive labels: TPR undefined"))
    // TPR spread over A and B only: 1 − ½ and ½ / 1.
    #expect(close(outcome.aggregates.equalOpportunityDifference, 0.5))
    #expect(close(outcome.aggregates.equalOpportunityRatio, 0.5))
    // FPR spread over all three: ½ − 0 and 0 / ½.
    #expect(close(outcome.aggregates.equalizedOddsDifference, 0.5))
    #expect(close(outcome.aggregates.equalizedOddsRatio, 0))
  }

  @Test("an aggregate left with fewer than two defined groups is undefined")
  func fewerThanTwo() throws {
    let outcome = try FairnessAnalysis.evaluate(
      truth: [1, 0, 1, 0, 0, 0, 0], predicted: [1, 0, 0, 1, 1, 0, 0], classNames: ["0", "1"],
      groups: SensitiveGroups(column: "g", values: "AAAABBB".map { String($0) }),
      positive: "1"
    ).outcomes[0]
    #expect(outcome.aggregates.equalOpportunityDifference == nil)
    #expect(outcome.aggregates.equalOpportunityRatio == nil)
    #expect(
      outcome.notes.contains(
        "equal opportunity undefined: fewer than two groups have a defined TPR (1)"))
    // Equalized odds falls back to the FPR gap: A ½, B ⅓.
    #expect(close(outcome.aggregates.equalizedOddsDifference, 0.166667))
    #expect(close(outcome.aggregates.equalizedOddsRatio, 0.666667))
    #expect(
      outcome.notes.contains(
        "equalized odds uses FPR alone: fewer than two groups have a defined TPR"))
    // Selection rates ½ and ⅓ are defined in both groups.
    #expect(close(outcome.aggregates.demographicParityDifference, 0.166667))
  }

  @Test("a ratio whose groups are all 0 is undefined, the difference 0")
  func allZeroRatio() throws {
    let outcome = try FairnessAnalysis.evaluate(
      truth: [1, 0, 1, 0], predicted: [0, 0, 0, 0], classNames: ["0", "1"],
      groups: SensitiveGroups(column: "g", values: ["A", "A", "B", "B"]), positive: "1"
    ).outcomes[0]
    #expect(outcome.aggregates.demographicParityDifference == 0)
    #expect(outcome.aggregates.demographicParityRatio == nil)
    #expect(outcome.aggregates.equalizedOddsRatio == nil)
    #expect(
      outcome.notes.contains(
        "demographic parity ratio undefined: every group's selection rate is 0"))
    #expect(
      outcome.notes.contains("reference group A has selection rate 0: ratios to it undefined"))
    #expect(outcome.groups[1].ratioToReference.selectionRate.value == nil)
    #expect(outcome.groups[0].precision.undefinedReason == "no predicted positives")
  }

  @Test("a group whose weights are all zero is undefined everywhere")
  func zeroWeight() throws {
    let result = try FairnessAnalysis.evaluate(
      truth: [1, 0, 1, 0], predicted: [1, 0, 0, 0], classNames: ["0", "1"],
      groups: SensitiveGroups(column: "g", values: ["A", "A", "B", "B"]),
      weights: [1, 1, 0, 0], positive: "1")
    let b = result.outcomes[0].groups[1]
    #expect(b.size == 2 && b.weightedSize == 0)
    #expect(b.selectionRate.value == nil && b.selectionRate.undefinedReason == "zero total weight")
    #expect(result.notes == ["group B has zero total weight: every rate undefined"])
    #expect(result.outcomes[0].aggregates.demographicParityDifference == nil)
  }

  @Test("a negative weight is a data error naming the row")
  func negativeWeight() {
    #expect(
      throws: FulcrumError(
        .dataError, "row weights must be finite and non-negative; row 2 has -1.0")
    ) {
      try FairnessAnalysis.evaluate(
        truth: [1, 0], predicted: [1, 0], classNames: ["0", "1"],
        groups: SensitiveGroups(column: "g", values: ["A", "B"]), weights: [1, -1])
    }
  }
}
