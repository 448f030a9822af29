import Foundation
import Testing

/// `fulcrum report --sensitive …`: the fairness block and the CI limits.
@Suite("fulcrum report: fairness")
struct FairnessCommandTests {
  /// REFERENCE F1 as a CSV file: group, row weight, prediction, label.
  static let f1 = """
    group,w,pred,outcome
    M,2,1,1
    M,1,1,1
    M,1,0,1
    M,1,1,0
    M,1,0,0
    M,1,0,0
    F,1,1,1
    F,1,0,1
    F,1,0,0
    F,3,0,0
    """

  private func fairness(_ run: Binary.Run) throws -> [String: Any] {
    let result = try EvaluationCommandTests.firstResult(run)
    return try #require(result["fairness"] as? [String: Any])
  }

  private func aggregates(_ fairness: [String: Any]) throws -> [String: Any] {
    let outcomes = try #require(fairness["outcomes"] as? [[String: Any]])
    return try #require(outcomes.first?["aggregates"] as? [String: Any])
  }

  @Test("F1 through --predicted: demographic-parity difference 0.25, reference M")
  func f1Figures() throws {
    let (folder, path) = try EvaluationCommandTests.fixture("f1.csv", Self.f1)
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try Binary.run([
      "report", path, "--predicted", "pred", "--sensitive", "group", "--positive", "1",
      "--format", "json",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let block = try fairness(run)
    #expect(block["positiveLabel"] as? String == "1")
    #expect(block["referenceGroup"] as? String == "M")
    let values = try aggregates(block)
    #expect(EvaluationCommandTests.close(values["demographicParityDifference"], 0.25))
    #expect(EvaluationCommandTests.close(values["demographicParityRatio"], 0.5))
    #expect(EvaluationCommandTests.close(values["equalizedOddsDifference"], 0.333333))
    #expect(EvaluationCommandTests.close(values["equalOpportunityRatio"], 0.75))

    let weighted = try Binary.run([
      "report", path, "--predicted", "pred", "--sensitive", "group", "--positive", "1",
      "--weight", "w", "--format", "json",
    ])
    let weightedValues = try aggregates(try fairness(weighted))
    #expect(EvaluationCommandTests.close(weightedValues["demographicParityDifference"], 0.404762))
  }

  @Test("--fail-above exits 1 naming the limit and value when exceeded, 0 when within")
  func failAbove() throws {
    let (folder, path) = try EvaluationCommandTests.fixture("f1.csv", Self.f1)
    defer { try? FileManager.default.removeItem(at: folder) }
    let base = ["report", path, "--predicted", "pred", "--sensitive", "group", "--positive", "1"]
    let strict = try Binary.run(base + ["--fail-above", "demographic-parity-difference=0.1"])
    #expect(strict.status == 1)
    #expect(
      strict.errorLines == [
        "fulcrum: report: fairness limit exceeded: demographic-parity-difference 0.250 is above"
          + " the limit 0.1 (positive label 1)"
      ])
    #expect(strict.standardOutput.contains("Fairness\n"))
    let loose = try Binary.run(base + ["--fail-above", "demographic-parity-difference=0.5"])
    #expect(loose.status == 0)
    #expect(loose.standardError.isEmpty)
    let ratio = try Binary.run(base + ["--fail-below", "demographic-parity-ratio=0.8"])
    #expect(ratio.status == 1)
  }

  @Test("--fail-above without --sensitive is a usage error (exit 2)")
  func failAboveNeedsSensitive() throws {
    let run = try Binary.run([
      "report", "samples/german-credit.csv", "--fail-above", "demographic-parity-difference=0.1",
    ])
    #expect(run.status == 2)
    #expect(run.standardError.contains("--sensitive"))
    #expect(run.standardOutput.isEmpty)
  }

  @Test("a numeric sensitive column with cut points gives bins closed on the left")
  func cutPoints() throws {
    let csv = """
      age,pred,y
      19,1,1
      23,0,1
      25,1,1
      30,1,0
      44,0,0
      60,1,1
      61,0,0
      70,1,1
      """
    let (folder, path) = try EvaluationCommandTests.fixture("ages.csv", csv)
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try Binary.run([
      "report", path, "--predicted", "pred", "--sensitive", "age:25,60", "--positive", "1",
      "--format", "json",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let block = try fairness(run)
    let sensitive = try #require((block["sensitive"] as? [[String: Any]])?.first)
    #expect(sensitive["edges"] as? [Double] == [25, 60])
    let outcome = try #require((block["outcomes"] as? [[String: Any]])?.first)
    let groups = try #require(outcome["groups"] as? [[String: Any]])
    #expect(groups.map { $0["size"] as? Int } == [2, 3, 3])
    let text = try Binary.run([
      "report", path, "--predicted", "pred", "--sensitive", "age:25,60", "--positive", "1",
    ])
    #expect(text.standardOutput.contains("age (cut at 25, 60, bins closed on the left)"))
  }

  @Test("string labels with --positive: the named class is the favourable one")
  func stringLabels() throws {
    let csv = """
      sex,guess,income
      f,>50K,>50K
      f,<=50K,>50K
      f,<=50K,<=50K
      m,>50K,>50K
      m,>50K,<=50K
      m,<=50K,<=50K
      """
    let (folder, path) = try EvaluationCommandTests.fixture("income.csv", csv)
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try Binary.run([
      "report", path, "--predicted", "guess", "--sensitive", "sex", "--positive", ">50k",
      "--format", "json",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let block = try fairness(run)
    #expect(block["positiveLabel"] as? String == ">50K")
    #expect(block["positiveLabelSource"] as? String == "given")
    let values = try aggregates(block)
    // Selection rates: f 1/3, m 2/3.
    #expect(EvaluationCommandTests.close(values["demographicParityDifference"], 1.0 / 3))
    let unknown = try Binary.run([
      "report", path, "--predicted", "guess", "--sensitive", "sex", "--positive", "rich",
    ])
    #expect(unknown.status == 2)
    #expect(unknown.standardError.contains("'<=50K', '>50K'"))
  }

  @Test("a trained model's out-of-fold predictions get a fairness block on german-credit")
  func trainedModel() throws {
    let run = try Binary.run([
      "report", "samples/german-credit.csv", "--sensitive", "sex", "--sensitive", "age:25",
      "--positive", "1", "--format", "json",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let block = try fairness(run)
    let outcome = try #require((block["outcomes"] as? [[String: Any]])?.first)
    let groups = try #require(outcome["groups"] as? [[String: Any]])
    #expect(groups.count == 4)
    #expect(groups.compactMap { $0["size"] as? Int }.reduce(0, +) == 1000)
  }
}
