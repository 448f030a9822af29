import Testing

@testable import FulcrumCore

@Suite("Positive class")
struct PositiveClassTests {
  @Test("--positive matches a string class by name, exactly or ignoring case")
  func given() throws {
    let chosen = try PositiveClass.choose(
      classNames: ["<=50K", ">50K"], truth: [0, 0, 1], requested: ">50K")
    #expect(chosen == [PositiveClass(index: 1, name: ">50K", source: .given)])
    let yes = try PositiveClass.choose(classNames: ["no", "yes"], truth: [0], requested: "YES")
    #expect(yes == [PositiveClass(index: 1, name: "yes", source: .given)])
  }

  @Test("an unknown --positive is a usage error listing the classes")
  func unknown() {
    #expect(
      throws: FulcrumError(.usage, "--positive: no class 'maybe'; the classes are 'no', 'yes'")
    ) {
      try PositiveClass.choose(classNames: ["no", "yes"], truth: [0, 1], requested: "maybe")
    }
  }

  @Test("by default the minority class of the truth is positive; ties go to the first")
  func minority() throws {
    let yes = try PositiveClass.choose(
      classNames: ["no", "yes"], truth: [0, 0, 1], requested: nil)
    #expect(yes == [PositiveClass(index: 1, name: "yes", source: .minority)])
    let no = try PositiveClass.choose(
      classNames: ["no", "yes"], truth: [0, 1, 1], requested: nil)
    #expect(no.map(\.name) == ["no"])
    let tie = try PositiveClass.choose(
      classNames: ["no", "yes"], truth: [1, 0], requested: nil)
    #expect(tie.map(\.name) == ["no"])
    // A class absent from the truth is not chosen: it would leave every TPR undefined.
    let absent = try PositiveClass.choose(
      classNames: ["no", "yes"], truth: [1, 1], requested: nil)
    #expect(absent.map(\.name) == ["yes"])
  }

  @Test("a multiclass task takes every class one-vs-rest")
  func multiclass() throws {
    let all = try PositiveClass.choose(
      classNames: ["a", "b", "c"], truth: [0, 1, 2], requested: nil)
    #expect(all.map(\.name) == ["a", "b", "c"])
    #expect(all.allSatisfy { $0.source == .oneVsRest })
  }

  @Test("string labels with --positive flow through the analysis")
  func stringLabelsInAnalysis() throws {
    // Classes in code order: <=50K, >50K. Group A: one >50K found, one missed.
    let result = try FairnessAnalysis.evaluate(
      truth: [1, 1, 0, 0, 1, 0], predicted: [1, 0, 0, 1, 1, 0], classNames: ["<=50K", ">50K"],
      groups: SensitiveGroups(column: "sex", values: ["A", "A", "A", "B", "B", "B"]),
      positive: ">50K")
    #expect(result.positiveLabel == ">50K" && result.positiveLabelSource == .given)
    let outcome = result.outcomes[0]
    #expect(outcome.positiveLabel == ">50K")
    #expect(close(outcome.groups[0].truePositiveRate.value, 0.5))
    #expect(close(outcome.groups[1].falsePositiveRate.value, 0.5))
    #expect(close(outcome.groups[0].baseRate.value, 0.666667))
  }

  @Test("multiclass analysis gives one outcome per class, one-vs-rest")
  func multiclassAnalysis() throws {
    let result = try FairnessAnalysis.evaluate(
      truth: [0, 1, 2, 0, 1, 2], predicted: [0, 2, 2, 1, 1, 2], classNames: ["a", "b", "c"],
      groups: SensitiveGroups(column: "g", values: ["A", "A", "A", "B", "B", "B"]))
    #expect(result.positiveLabel == nil && result.positiveLabelSource == .oneVsRest)
    #expect(result.outcomes.map(\.positiveLabel) == ["a", "b", "c"])
    // Class b: group A misses its only b (TPR 0), group B finds it (TPR 1).
    let b = result.outcomes[1]
    #expect(close(b.groups[0].truePositiveRate.value, 0))
    #expect(close(b.groups[1].truePositiveRate.value, 1))
    #expect(close(b.aggregates.equalOpportunityDifference, 1))
    // Class c: predicted for two of A's rows and one of B's.
    #expect(close(result.outcomes[2].aggregates.demographicParityDifference, 0.333333))
  }
}
