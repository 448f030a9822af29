import Foundation
import Testing

@testable import FulcrumCore

/// Golden cases M1 and M2: values as scikit-learn computes them with `zero_division=nan`.
@Suite("Metrics")
struct MetricsTests {
  let m1 = ConfusionMatrix(
    truth: ["0", "0", "0", "0", "0", "0", "1", "1", "1", "2", "2", "3"],
    predicted: ["0", "0", "0", "0", "1", "4", "1", "1", "0", "2", "0", "0"])

  func expectClose(_ actual: Double?, _ expected: Double, _ what: String) {
    guard let actual else {
      Issue.record("\(what) is undefined, expected \(expected)")
      return
    }
    #expect(abs(actual - expected) < 1e-6, "\(what): \(actual) ≠ \(expected)")
  }

  @Test("M1 confusion matrix keeps the class that is only predicted")
  func m1Matrix() {
    #expect(m1.labels == ["0", "1", "2", "3", "4"])
    #expect(
      m1.counts == [
        [4, 1, 0, 0, 1], [1, 2, 0, 0, 0], [1, 0, 1, 0, 0], [1, 0, 0, 0, 0], [0, 0, 0, 0, 0],
      ])
  }

  @Test("M1 per-class values, undefined where the ratio is 0/0")
  func m1PerClass() {
    let perClass = ClassMetrics.all(m1)
    let precision: [Double?] = [0.571429, 0.666667, 1, nil, 0]
    let recall: [Double?] = [0.666667, 0.666667, 0.5, 0, nil]
    let f1: [Double] = [0.615385, 0.666667, 0.666667, 0, 0]
    let specificity: [Double] = [0.5, 0.888889, 1, 1, 0.916667]
    for c in 0..<5 {
      if let expected = precision[c] {
        expectClose(perClass[c].precision, expected, "precision \(c)")
      } else {
        #expect(perClass[c].precision == nil)
      }
      if let expected = recall[c] {
        expectClose(perClass[c].recall, expected, "recall \(c)")
      } else {
        #expect(perClass[c].recall == nil)
      }
      expectClose(perClass[c].f1, f1[c], "F1 \(c)")
      expectClose(perClass[c].specificity, specificity[c], "specificity \(c)")
    }
    #expect(perClass.map(\.support) == [6, 3, 2, 1, 0])
  }

  @Test("M1 summary values leave undefined classes out of the averages")
  func m1Summary() {
    let metrics = Metrics(m1)
    expectClose(metrics.macroPrecision, 0.559524, "macro precision")
    expectClose(metrics.macroRecall, 0.458333, "macro recall")
    expectClose(metrics.microPrecision, 0.583333, "micro precision")
    expectClose(metrics.microF1, 0.583333, "micro F1")
    expectClose(metrics.accuracy, 0.583333, "accuracy")
    expectClose(metrics.balancedAccuracy, 0.458333, "balanced accuracy")
    expectClose(metrics.adjustedBalancedAccuracy, 0.277778, "adjusted balanced accuracy")
    expectClose(metrics.mcc, 0.348866, "MCC")
    expectClose(metrics.cohenKappa, 0.340659, "kappa")
    expectClose(metrics.gMean, 0, "G-mean")
  }

  @Test(
    "M2 binary edge cases",
    arguments: [
      (["1", "1", "1", "1"], ["1", "1", "1", "1"], 1.0, 0.0, nil),
      (["0", "0", "1", "1"], ["0", "0", "0", "0"], 0.5, 0.0, 0.0),
      (["0", "0", "1", "1"], ["1", "1", "0", "0"], 0.0, -1.0, -1.0),
    ] as [([String], [String], Double, Double, Double?)])
  func m2(truth: [String], predicted: [String], balanced: Double, mcc: Double, kappa: Double?) {
    let metrics = Metrics(ConfusionMatrix(truth: truth, predicted: predicted))
    expectClose(metrics.balancedAccuracy, balanced, "balanced accuracy")
    expectClose(metrics.mcc, mcc, "MCC")
    if let kappa {
      expectClose(metrics.cohenKappa, kappa, "kappa")
    } else {
      #expect(metrics.cohenKappa == nil)
    }
  }

  @Test("a single-class matrix is 1×1 and its adjusted balanced accuracy is undefined")
  func m2SingleClass() {
    let matrix = ConfusionMatrix(truth: ["1", "1", "1", "1"], predicted: ["1", "1", "1", "1"])
    #expect(matrix.counts == [[4]])
    #expect(Metrics(matrix).adjustedBalancedAccuracy == nil)
    #expect(ClassMetrics.all(matrix)[0].specificity == nil)
  }

  @Test("weighted averages use support over the defined classes")
  func weighted() {
    // Precision of class 3 is undefined: (6·4/7 + 3·2/3 + 2·1 + 0·0) / 11.
    expectClose(Metrics(m1).weightedPrecision, (24.0 / 7 + 2 + 2) / 11, "weighted precision")
  }

  @Test("undefined metrics are written as JSON null")
  func jsonNull() throws {
    let matrix = ConfusionMatrix(truth: ["1", "1"], predicted: ["1", "1"])
    let data = try JSONEncoder().encode(Metrics(matrix))
    let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["cohenKappa"] is NSNull)
    #expect(object["accuracy"] as? Double == 1)
    #expect(object.count == Metrics.fields.count)
    let decoded = try JSONDecoder().decode(Metrics.self, from: data)
    #expect(decoded == Metrics(matrix))
  }

  @Test("numeric labels sort by value")
  func numericOrder() {
    let matrix = ConfusionMatrix(truth: ["10", "2", "b"], predicted: ["2", "10", "b"])
    #expect(matrix.labels == ["10", "2", "b"])
    #expect(LabelOrder.sorted(["10", "2", "1.5"]) == ["1.5", "2", "10"])
  }
}
