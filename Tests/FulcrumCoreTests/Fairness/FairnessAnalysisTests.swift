import Testing

@testable import FulcrumCore

/// REFERENCE F1: truth, predictions and groups M×6, F×4, positive label 1.
private let f1Truth = [1, 1, 1, 0, 0, 0, 1, 1, 0, 0]
private let f1Predicted = [1, 1, 0, 1, 0, 0, 1, 0, 0, 0]
private let f1Groups = SensitiveGroups(
  column: "sex", values: ["M", "M", "M", "M", "M", "M", "F", "F", "F", "F"])

private func f1(weights: [Double]? = nil) throws -> FairnessResult {
  try FairnessAnalysis.evaluate(
    truth: f1Truth, predicted: f1Predicted, classNames: ["0", "1"], groups: f1Groups,
    weights: weights, positive: "1")
}

/// Whether `value` is within 1e-6 of `expected`.
func close(_ value: Double?, _ expected: Double) -> Bool {
  guard let value else { return false }
  return abs(value - expected) < 1e-6
}

@Suite("Fairness analysis")
struct FairnessAnalysisTests {
  @Test("F1: per-group rates match the reference figures")
  func f1Groups() throws {
    let outcome = try f1().outcomes[0]
    let male = outcome.groups[0]
    let female = outcome.groups[1]
    #expect(male.name == "M" && male.size == 6)
    #expect(female.name == "F" && female.size == 4)
    #expect(close(male.selectionRate.value, 0.5))
    #expect(close(male.truePositiveRate.value, 0.666667))
    #expect(close(male.falsePositiveRate.value, 0.333333))
    #expect(close(female.selectionRate.value, 0.25))
    #expect(close(female.truePositiveRate.value, 0.5))
    #expect(close(female.falsePositiveRate.value, 0))
    #expect(close(male.baseRate.value, 0.5))
    #expect(close(male.precision.value, 0.666667))
    #expect(close(male.accuracy.value, 0.666667))
    #expect(close(female.accuracy.value, 0.75))
  }

  @Test("F1: aggregates match the reference figures")
  func f1Aggregates() throws {
    let aggregates = try f1().outcomes[0].aggregates
    #expect(close(aggregates.demographicParityDifference, 0.25))
    #expect(close(aggregates.demographicParityRatio, 0.5))
    #expect(close(aggregates.equalizedOddsDifference, 0.333333))
    #expect(close(aggregates.equalizedOddsRatio, 0))
    #expect(close(aggregates.equalOpportunityDifference, 0.166667))
    #expect(close(aggregates.equalOpportunityRatio, 0.75))
  }

  @Test("F1: ratios to the default reference M are flagged outside the four-fifths band")
  func f1Reference() throws {
    let result = try f1()
    #expect(result.referenceGroup == "M")
    #expect(result.referenceSource == .largest)
    let female = result.outcomes[0].groups[1].ratioToReference
    #expect(close(female.selectionRate.value, 0.5))
    #expect(female.selectionRate.outsideBand == true)
    #expect(close(female.truePositiveRate.value, 0.75))
    #expect(female.truePositiveRate.outsideBand == true)
    #expect(close(female.falsePositiveRate.value, 0))
    let male = result.outcomes[0].groups[0].ratioToReference
    #expect(close(male.selectionRate.value, 1))
    #expect(male.selectionRate.outsideBand == false)
  }

  @Test("F1: rates carry 95 % Wilson intervals")
  func f1Intervals() throws {
    let outcome = try f1().outcomes[0]
    let male = outcome.groups[0].selectionRate
    #expect(close(male.lower, 0.187616) && close(male.upper, 0.812384))
    let female = outcome.groups[1].selectionRate
    #expect(close(female.lower, 0.045587) && close(female.upper, 0.699358))
    let femaleFPR = outcome.groups[1].falsePositiveRate
    #expect(close(femaleFPR.lower, 0) && close(femaleFPR.upper, 0.657620))
  }

  @Test("weighted F1: demographic parity uses weighted counts, intervals Kish's n")
  func f1Weighted() throws {
    let result = try f1(weights: [2, 1, 1, 1, 1, 1, 1, 1, 1, 3])
    #expect(result.weighted)
    let outcome = result.outcomes[0]
    #expect(close(outcome.aggregates.demographicParityDifference, 0.404762))
    #expect(close(outcome.aggregates.demographicParityRatio, 0.291667))
    #expect(close(outcome.aggregates.equalizedOddsDifference, 0.333333))
    let male = outcome.groups[0]
    #expect(male.size == 6 && close(male.weightedSize, 7))
    #expect(close(male.selectionRate.value, 0.571429))
    // Effective n = 7² / 9 = 5.444…
    #expect(close(male.selectionRate.lower, 0.222217))
    #expect(close(male.selectionRate.upper, 0.861542))
    #expect(close(male.truePositiveRate.value, 0.75))
  }

  @Test("F2: three groups against the largest, A")
  func f2() throws {
    let result = try FairnessAnalysis.evaluate(
      truth: [1, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0, 0],
      predicted: [1, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0], classNames: ["0", "1"],
      groups: SensitiveGroups(column: "g", values: "AAAAABBBBCCC".map { String($0) }),
      positive: "1")
    #expect(result.referenceGroup == "A")
    let groups = result.outcomes[0].groups
    let expected: [(Double, Double, Double)] = [
      (0.6, 1, 0.333333), (0.25, 0.333333, 0),
      (
        0.666667, 1, 0.5
      ),
    ]
    for (group, (selection, tpr, fpr)) in zip(groups, expected) {
      #expect(close(group.selectionRate.value, selection))
      #expect(close(group.truePositiveRate.value, tpr))
      #expect(close(group.falsePositiveRate.value, fpr))
    }
    let aggregates = result.outcomes[0].aggregates
    #expect(close(aggregates.demographicParityDifference, 0.416667))
    #expect(close(aggregates.demographicParityRatio, 0.375))
    #expect(close(aggregates.equalizedOddsDifference, 0.666667))
    #expect(close(aggregates.equalizedOddsRatio, 0))
    #expect(close(aggregates.equalOpportunityDifference, 0.666667))
    #expect(close(aggregates.equalOpportunityRatio, 0.333333))
    #expect(close(groups[1].ratioToReference.selectionRate.value, 0.416667))
    #expect(close(groups[2].ratioToReference.selectionRate.value, 1.111111))
    #expect(groups[2].ratioToReference.selectionRate.outsideBand == false)
    #expect(close(groups[2].ratioToReference.falsePositiveRate.value, 1.5))
    #expect(groups[2].ratioToReference.falsePositiveRate.outsideBand == true)
  }
}
