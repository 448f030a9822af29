import Foundation
import FulcrumCore
import Testing

@Suite("Report evaluation")
struct ReportEvaluationTests {
  private func json(_ report: Report) throws -> [String: Any] {
    let text = ReportFormat.json.render(report)
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    let results = try #require(object?["results"] as? [[String: Any]])
    return try #require(results.first)
  }

  @Test("given predictions: M1's matrix and metrics, no folds, labels only predicted kept")
  func auditsGivenPredictions() throws {
    let report = try Report(
      evaluating: ReportFixtures.m1, request: EvaluationRequest(predicted: "pred"))
    let entry = try #require(report.results.first)
    #expect(entry.strategy == "baseline")
    let evaluation = try #require(entry.evaluation)
    #expect(evaluation.method == "given-predictions")
    #expect(evaluation.confusionMatrix.labels == ["0", "1", "2", "3", "4"])
    #expect(evaluation.foldSpread == nil)
    #expect(abs(evaluation.metrics.macroPrecision! - 0.559524) < 1e-6)
    #expect(entry.trainDistribution == nil)
  }

  @Test("JSON lays the evaluation out flat in the result, with null for undefined values")
  func flatJSON() throws {
    let report = try Report(
      evaluating: ReportFixtures.m1, request: EvaluationRequest(predicted: "pred"))
    let result = try json(report)
    #expect(result["strategy"] as? String == "baseline")
    #expect(result["method"] as? String == "given-predictions")
    #expect(result["folds"] is NSNull)
    #expect(result["fairness"] is NSNull)
    let matrix = try #require(result["confusionMatrix"] as? [String: Any])
    #expect(
      matrix["counts"] as? [[Int]] == [
        [4, 1, 0, 0, 1], [1, 2, 0, 0, 0], [1, 0, 1, 0, 0],
        [1, 0, 0, 0, 0], [0, 0, 0, 0, 0],
      ])
    let perClass = try #require(result["perClass"] as? [[String: Any]])
    #expect(perClass[3]["precision"] is NSNull)
    #expect(perClass[4]["recall"] is NSNull)
    let metrics = try #require(result["metrics"] as? [String: Any])
    #expect(abs((metrics["cohenKappa"] as? Double ?? 0) - 0.340659) < 1e-6)
  }

  @Test("a report with an evaluation and fairness reads back equal from JSON")
  func roundTrip() throws {
    let report = try Report(
      evaluating: ReportFixtures.f1,
      request: EvaluationRequest(predicted: "pred", sensitive: ["group"], positive: "1"))
    let decoded = try JSONDecoder().decode(
      Report.self, from: Data(ReportFormat.json.render(report).utf8))
    #expect(decoded == report)
  }

  @Test("fairness of given predictions: F1's figures, weighted with --weight as F1 says")
  func fairnessOfGivenPredictions() throws {
    var request = EvaluationRequest(predicted: "pred", sensitive: ["group"], positive: "1")
    let plain = try #require(
      try Report(evaluating: ReportFixtures.f1, request: request).results[0].fairness)
    let aggregates = plain.outcomes[0].aggregates
    #expect(abs(aggregates[.demographicParityDifference]! - 0.25) < 1e-9)
    #expect(abs(aggregates[.equalizedOddsDifference]! - 1.0 / 3) < 1e-9)
    #expect(plain.referenceGroup == "M")
    request.weightColumn = "w"
    let entry = try Report(evaluating: ReportFixtures.f1, request: request).results[0]
    let weighted = try #require(entry.fairness)
    #expect(weighted.weighted)
    #expect(abs(weighted.outcomes[0].aggregates[.demographicParityDifference]! - 0.404762) < 1e-6)
    #expect(entry.weightColumn == "w")
    // The matrix still counts rows.
    #expect(entry.evaluation?.confusionMatrix.total == 10)
  }

  @Test("limits are checked: 0.1 is exceeded by a 0.25 gap, 0.5 is not")
  func limits() throws {
    func fails(_ text: String) throws -> Bool {
      let request = EvaluationRequest(
        predicted: "pred", sensitive: ["group"], positive: "1",
        limits: try FairnessLimit.parse(text, direction: .above))
      return try Report(evaluating: ReportFixtures.f1, request: request).results[0].failsALimit
    }
    #expect(try fails("demographic-parity-difference=0.1"))
    #expect(try !fails("demographic-parity-difference=0.5"))
  }

  @Test("limits without sensitive columns, and fairness without any evaluation, are usage errors")
  func usageErrors() throws {
    let limits = try FairnessLimit.parse("demographic-parity-difference=0.1", direction: .above)
    #expect(throws: FulcrumError.self) {
      try Report(
        evaluating: ReportFixtures.f1, request: EvaluationRequest(predicted: "pred", limits: limits)
      )
    }
    let error = #expect(throws: FulcrumError.self) {
      try Report(
        evaluating: ReportFixtures.f1, request: EvaluationRequest(model: nil, sensitive: ["group"]))
    }
    #expect(error?.kind == .usage)
  }

  @Test("a weight column must hold numbers ≥ 0, and name the row that does not")
  func badWeights() throws {
    var dataset = ReportFixtures.f1
    dataset.columns[1] = Column(name: "w", storage: .numeric([1, 1, -2, 1, 1, 1, 1, 1, 1, 1]))
    let request = EvaluationRequest(predicted: "pred", sensitive: ["group"], weightColumn: "w")
    let negative = #expect(throws: FulcrumError.self) {
      try Report(evaluating: dataset, request: request)
    }
    #expect(negative?.kind == .dataError)
    #expect(negative?.message.contains("data row 3") == true)
    let text = #expect(throws: FulcrumError.self) {
      try Report(
        evaluating: dataset,
        request: EvaluationRequest(predicted: "pred", weightColumn: "group"))
    }
    #expect(text?.kind == .usage)
  }

  @Test("rows without a true label or prediction leave the groups too, with a warning")
  func unlabelledRows() throws {
    var dataset = ReportFixtures.f1
    dataset.columns[3] = Column(
      name: "y",
      storage: .categorical(
        codes: [1, 1, 1, 0, 0, 0, 1, 1, 0, Column.missingCode], levels: ["0", "1"]))
    dataset.columns[2] = Column(
      name: "pred", storage: .numeric([.nan, 1, 0, 1, 0, 0, 1, 0, 0, 0]))
    let entry = try Report(
      evaluating: dataset,
      request: EvaluationRequest(predicted: "pred", sensitive: ["group"], positive: "1")
    ).results[0]
    #expect(entry.evaluation?.confusionMatrix.total == 8)
    #expect(entry.evaluation?.warnings == ["2 rows without a label or a prediction left out"])
    #expect(entry.fairness?.outcomes[0].groups.map(\.size) == [5, 3])
  }

  @Test("no evaluation with model nil: the results list stays empty")
  func modelNone() throws {
    let report = try Report(evaluating: ReportFixtures.f1, request: EvaluationRequest(model: nil))
    #expect(report.results.isEmpty)
  }

  @Test("cross-validation: out-of-fold fairness, training rows per fold, weights change the fit")
  func crossValidation() throws {
    let dataset = Self.separable
    var request = EvaluationRequest(
      model: .logistic, folds: 2, seed: 3, sensitive: ["side"], positive: "yes")
    let entry = try Report(evaluating: dataset, request: request).results[0]
    let evaluation = try #require(entry.evaluation)
    #expect(evaluation.method == "cross-validation")
    #expect(evaluation.folds == 2)
    #expect(evaluation.confusionMatrix.total == 12)
    #expect(
      entry.trainDistribution == [
        ClassWeight(name: "no", weight: 3), ClassWeight(name: "yes", weight: 3),
      ])
    #expect(entry.fairness?.outcomes[0].groups.map(\.size) == [6, 6])
    #expect(evaluation.features.contains("side=left"))

    request.sensitiveAsFeatures = false
    let blind = try Report(evaluating: dataset, request: request).results[0]
    #expect(blind.evaluation?.features.contains("side=left") == false)

    // Heavy weights on the rows of one class make the model predict it more often.
    request.weightColumn = "w"
    let weighted = try Report(evaluating: dataset, request: request).results[0]
    #expect(weighted.trainDistribution?.first?.weight == 300)
    #expect(weighted.evaluation?.features.contains("w") == false)
    let predictedNo = weighted.evaluation!.perClass[0].predicted
    #expect(predictedNo > evaluation.perClass[0].predicted)
  }

  /// Twelve rows: x separates the classes except for two overlapping rows; `w` weighs the
  /// `no` rows a hundred times.
  static let separable = Dataset(
    path: "sep.csv", format: "csv",
    columns: [
      Column(name: "x", storage: .numeric([1, 2, 3, 4, 5, 6.5, 5.5, 7, 8, 9, 10, 11])),
      Column(
        name: "side",
        storage: .categorical(
          codes: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1], levels: ["left", "right"])),
      Column(
        name: "w",
        storage: .numeric([100, 100, 100, 100, 100, 100, 1, 1, 1, 1, 1, 1])),
      Column(
        name: "y",
        storage: .categorical(
          codes: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1], levels: ["no", "yes"])),
    ],
    labelIndex: 3)
}
