import Testing

@testable import FulcrumCore

@Suite("Reference group")
struct ReferenceGroupTests {
  private let truth = [1, 1, 1, 0, 0, 0, 1, 1, 0, 0]
  private let predicted = [1, 1, 0, 1, 0, 0, 1, 0, 0, 0]

  private func evaluate(_ groups: SensitiveGroups, reference: String?) throws -> FairnessResult {
    try FairnessAnalysis.evaluate(
      truth: truth, predicted: predicted, classNames: ["0", "1"], groups: groups,
      positive: "1", reference: reference)
  }

  @Test("--reference F divides by F's rates: M selects at twice F's rate")
  func given() throws {
    let groups = SensitiveGroups(column: "sex", values: "MMMMMMFFFF".map { String($0) })
    let result = try evaluate(groups, reference: "f")
    #expect(result.referenceGroup == "F" && result.referenceSource == .given)
    let male = result.outcomes[0].groups[0].ratioToReference
    #expect(close(male.selectionRate.value, 2) && male.selectionRate.outsideBand == true)
    #expect(close(male.truePositiveRate.value, 1.333333))
    // F's FPR is 0, so FPR ratios to it are undefined and noted.
    #expect(male.falsePositiveRate.value == nil)
    #expect(
      result.outcomes[0].notes.contains("reference group F has FPR 0: ratios to it undefined"))
  }

  @Test("an unknown --reference is a usage error listing the groups")
  func unknown() {
    let groups = SensitiveGroups(column: "sex", values: "MMMMMMFFFF".map { String($0) })
    #expect(throws: FulcrumError(.usage, "--reference: no group 'X'; groups are 'M', 'F'")) {
      try evaluate(groups, reference: "X")
    }
  }

  @Test("an empty group cannot be the reference")
  func empty() {
    let groups = SensitiveGroups(
      attributes: [SensitiveAttribute(column: "g", grouping: .categories, levels: ["A", "B"])],
      groups: [.init(name: "A", levels: ["A"]), .init(name: "B", levels: ["B"])],
      rowGroups: [Int](repeating: 0, count: 10))
    #expect(
      throws: FulcrumError(.usage, "--reference: group 'B' has no rows; choose one of 'A'")
    ) {
      try evaluate(groups, reference: "B")
    }
  }

  @Test("the largest group is the default; ties go to the first")
  func largestTie() throws {
    let groups = SensitiveGroups(column: "g", values: "AAAAABBBBB".map { String($0) })
    #expect(try evaluate(groups, reference: nil).referenceGroup == "A")
    let later = SensitiveGroups(column: "g", values: "AAAABBBBBB".map { String($0) })
    #expect(try evaluate(later, reference: nil).referenceGroup == "B")
  }
}

@Suite("Four-fifths band")
struct FourFifthsBandTests {
  @Test("0.8 and 1.25 are inside the band, values beyond either end are flagged")
  func boundaries() {
    #expect(ReferenceRatio(value: 0.8).outsideBand == false)
    #expect(ReferenceRatio(rate: 0.4, reference: 0.5).outsideBand == false)
    #expect(ReferenceRatio(value: 1.25).outsideBand == false)
    #expect(ReferenceRatio(value: 0.7999).outsideBand == true)
    #expect(ReferenceRatio(value: 1.2501).outsideBand == true)
    #expect(ReferenceRatio(rate: 0.3, reference: 0).value == nil)
    #expect(ReferenceRatio(rate: nil, reference: 0.5).outsideBand == nil)
  }
}
