import Testing

@testable import FulcrumCore

@Suite("Audit of given predictions")
struct PredictionAuditTests {
  /// Golden case M1 as a table: the label is text, the predictions column numeric.
  let m1 = Dataset(
    path: "m1.csv", format: "csv",
    columns: [
      Column(
        name: "truth",
        storage: .categorical(
          codes: [0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3], levels: ["0", "1", "2", "3"])),
      Column(name: "predicted", storage: .numeric([0, 0, 0, 0, 1, 4, 1, 1, 0, 2, 0, 0])),
    ],
    labelIndex: 0)

  @Test("M1 through a predictions column: classes matched by text, predicted-only kept")
  func m1Audit() throws {
    let evaluation = try PredictionAudit.evaluate(m1, predicted: "predicted")
    #expect(evaluation.confusionMatrix.labels == ["0", "1", "2", "3", "4"])
    #expect(evaluation.confusionMatrix.counts[0] == [4, 1, 0, 0, 1])
    #expect(abs(evaluation.metrics.macroPrecision! - 0.559524) < 1e-6)
    #expect(abs(evaluation.metrics.cohenKappa! - 0.340659) < 1e-6)
    #expect(evaluation.foldSpread == nil)
    #expect(evaluation.method == "given-predictions")
  }

  @Test("M2 through a predictions column")
  func m2Audit() throws {
    let dataset = Dataset(
      path: "m2.csv", format: "csv",
      columns: [
        Column(name: "y", storage: .categorical(codes: [0, 0, 1, 1], levels: ["0", "1"])),
        Column(name: "guess", storage: .categorical(codes: [1, 1, 0, 0], levels: ["0", "1"])),
      ],
      labelIndex: 0)
    let metrics = try PredictionAudit.evaluate(dataset, predicted: "guess").metrics
    #expect(metrics.balancedAccuracy == 0)
    #expect(abs(metrics.mcc! + 1) < 1e-12)
    #expect(abs(metrics.cohenKappa! + 1) < 1e-12)
  }

  @Test("rows missing a prediction are left out with a warning")
  func missing() throws {
    var dataset = m1
    dataset.columns[1].storage = .numeric([0, .nan, 0, 0, 1, 4, 1, 1, 0, 2, 0, 0])
    let evaluation = try PredictionAudit.evaluate(dataset, predicted: "predicted")
    #expect(evaluation.confusionMatrix.total == 11)
    #expect(evaluation.warnings == ["1 row without a label or a prediction left out"])
  }

  @Test("an unknown column or the label itself is a usage error")
  func badColumn() {
    for name in ["nope", "truth"] {
      do {
        _ = try PredictionAudit.evaluate(m1, predicted: name)
        Issue.record("\(name) accepted")
      } catch {
        #expect(error.kind == .usage)
      }
    }
  }
}
