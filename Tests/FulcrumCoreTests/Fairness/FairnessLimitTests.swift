import Testing

@testable import FulcrumCore

@Suite("Fairness limits")
struct FairnessLimitTests {
  private func f1() throws -> FairnessResult {
    try FairnessAnalysis.evaluate(
      truth: [1, 1, 1, 0, 0, 0, 1, 1, 0, 0], predicted: [1, 1, 0, 1, 0, 0, 1, 0, 0, 0],
      classNames: ["0", "1"],
      groups: SensitiveGroups(column: "sex", values: "MMMMMMFFFF".map { String($0) }),
      positive: "1")
  }

  @Test("--fail-above takes differences, --fail-below ratios, several per value")
  func parses() throws {
    #expect(
      try FairnessLimit.parse("demographic-parity-difference=0.1", direction: .above) == [
        FairnessLimit(measure: .demographicParityDifference, direction: .above, threshold: 0.1)
      ])
    let both = try FairnessLimit.parse(
      "equalized-odds-difference = 0.2, equal-opportunity-difference=0", direction: .above)
    #expect(both.map(\.measure) == [.equalizedOddsDifference, .equalOpportunityDifference])
    #expect(both.map(\.threshold) == [0.2, 0])
    let ratio = try FairnessLimit.parse("Demographic-Parity-Ratio=0.8", direction: .below)
    #expect(
      ratio == [FairnessLimit(measure: .demographicParityRatio, direction: .below, threshold: 0.8)])
  }

  @Test("malformed limits are usage errors naming the option")
  func errors() {
    #expect(
      throws: FulcrumError(
        .usage,
        "--fail-above: unknown aggregate 'parity'; use one of demographic-parity-difference, "
          + "equalized-odds-difference, equal-opportunity-difference")
    ) { try FairnessLimit.parse("parity=0.1", direction: .above) }
    #expect(
      throws: FulcrumError(
        .usage,
        "--fail-above: demographic-parity-ratio is a ratio (1 is parity); use --fail-below")
    ) { try FairnessLimit.parse("demographic-parity-ratio=0.8", direction: .above) }
    #expect(
      throws: FulcrumError(
        .usage,
        "--fail-below: equalized-odds-difference is a difference (0 is parity); use --fail-above")
    ) { try FairnessLimit.parse("equalized-odds-difference=0.1", direction: .below) }
    #expect(
      throws: FulcrumError(
        .usage, "--fail-above demographic-parity-difference: '10' is not a number from 0 to 1")
    ) { try FairnessLimit.parse("demographic-parity-difference=10", direction: .above) }
    #expect(
      throws: FulcrumError(
        .usage,
        "--fail-above 'demographic-parity-difference': write NAME=VALUE, "
          + "e.g. demographic-parity-difference=0.1")
    ) { try FairnessLimit.parse("demographic-parity-difference", direction: .above) }
  }

  @Test("F1 exceeds a 0.1 parity limit, meets a 0.25 one exactly, and fails a 0.8 ratio floor")
  func evaluation() throws {
    let result = try f1()
    let limits =
      try FairnessLimit.parse(
        "demographic-parity-difference=0.1,demographic-parity-difference=0.25", direction: .above)
      + FairnessLimit.parse(
        "demographic-parity-ratio=0.8,equal-opportunity-ratio=0.75", direction: .below)
    let checks = FairnessLimitCheck.check(limits, against: result)
    #expect(checks.map(\.status) == [.exceeded, .passed, .exceeded, .passed])
    #expect(
      checks[0].message
        == "demographic-parity-difference 0.250 is above the limit 0.1 (positive label 1)")
    #expect(
      checks[2].message
        == "demographic-parity-ratio 0.500 is below the limit 0.8 (positive label 1)")
  }

  @Test("an undefined aggregate is reported as not checked, not as a failure")
  func undefinedAggregate() throws {
    let result = try FairnessAnalysis.evaluate(
      truth: [1, 0, 0, 0], predicted: [1, 0, 1, 0], classNames: ["0", "1"],
      groups: SensitiveGroups(column: "g", values: ["A", "A", "B", "B"]), positive: "1")
    let limits = try FairnessLimit.parse("equal-opportunity-difference=0.1", direction: .above)
    let checks = FairnessLimitCheck.check(limits, against: result)
    #expect(checks.map(\.status) == [.undefined])
    #expect(
      checks[0].message
        == "equal-opportunity-difference is undefined, not checked against the limit 0.1 "
        + "(positive label 1)")
  }
}
