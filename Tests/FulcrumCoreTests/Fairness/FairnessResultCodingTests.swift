import Foundation
import Testing

@testable import FulcrumCore

@Suite("Fairness JSON")
struct FairnessResultCodingTests {
  private func encoded() throws -> (FairnessResult, [String: Any]) {
    let result = try FairnessAnalysis.evaluate(
      truth: [0, 0, 0, 1], predicted: [0, 1, 0, 0], classNames: ["no", "yes"],
      groups: SensitiveGroups(column: "sex", values: ["F", "F", "M", "M"]), positive: "no")
    let data = try JSONEncoder().encode(result)
    let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    return (result, object)
  }

  @Test("keys are camelCase and undefined values are written as null, not left out")
  func nulls() throws {
    let (_, json) = try encoded()
    #expect(json["positiveLabel"] as? String == "no")
    #expect(json["positiveLabelSource"] as? String == "given")
    #expect(json["referenceGroup"] as? String == "F")
    #expect(json["referenceSource"] as? String == "largest")
    #expect(json["weighted"] as? Bool == false)
    let outcome = (json["outcomes"] as! [[String: Any]])[0]
    let groups = outcome["groups"] as! [[String: Any]]
    // With "no" positive, group F has only positive labels: its FPR is 0/0.
    let female = groups[0]
    #expect(female["name"] as? String == "F" && female["size"] as? Int == 2)
    let fpr = female["falsePositiveRate"] as! [String: Any]
    #expect(fpr["value"] is NSNull && fpr["lower"] is NSNull)
    #expect(fpr["undefinedReason"] as? String == "no negative labels")
    let ratio = (female["ratioToReference"] as! [String: Any])["falsePositiveRate"]
    #expect((ratio as! [String: Any])["outsideBand"] is NSNull)
    let aggregates = outcome["aggregates"] as! [String: Any]
    #expect((aggregates["equalOpportunityDifference"] as? NSNumber)?.doubleValue == 0.5)
    let counts = female["counts"] as! [String: Any]
    #expect((counts["trueNegatives"] as? NSNumber)?.doubleValue == 0)
    #expect((counts["falseNegatives"] as? NSNumber)?.doubleValue == 1)
  }

  @Test("undefined aggregates are written as null under all six names")
  func nullAggregates() throws {
    let data = try JSONEncoder().encode(FairnessAggregates())
    let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    #expect(
      json.keys.sorted() == [
        "demographicParityDifference", "demographicParityRatio", "equalOpportunityDifference",
        "equalOpportunityRatio", "equalizedOddsDifference", "equalizedOddsRatio",
      ])
    #expect(json.values.allSatisfy { $0 is NSNull })
  }

  @Test("a result decodes back to the same value")
  func roundTrip() throws {
    let (result, _) = try encoded()
    let decoded = try JSONDecoder().decode(
      FairnessResult.self, from: try JSONEncoder().encode(result))
    #expect(decoded == result)
  }
}
