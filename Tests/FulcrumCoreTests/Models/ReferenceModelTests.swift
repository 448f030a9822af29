import Testing

@testable import FulcrumCore

@Suite("Reference models")
struct ReferenceModelTests {
  @Test(
    "each model reaches sensible 5-fold accuracy on iris",
    arguments: [
      ReferenceModel.logistic, .naiveBayes, .nearestNeighbors(k: 5), .tree(maximumDepth: nil),
      .tree(maximumDepth: 3),
    ])
  func iris(model: ReferenceModel) throws {
    let result = try #require(try CrossValidation(model: model, seed: 42).run(Iris.dataset))
    let accuracy = try #require(result.evaluation.metrics.accuracy)
    #expect(accuracy >= 0.9, "\(model): \(accuracy)")
    #expect(result.evaluation.confusionMatrix.total == 150)
  }

  /// Three rows per class on a line, overlapping in the middle.
  let line = TrainingSet(
    features: FeatureMatrix(values: [0, 1, 2, 3, 4, 5], rowCount: 6, names: ["x"]),
    labels: [0, 0, 1, 0, 1, 1], classCount: 2)
  let middle = FeatureMatrix(values: [2.5], rowCount: 1, names: ["x"])

  @Test(
    "weighting a class up moves every model's prediction towards it",
    arguments: [
      ReferenceModel.logistic, .naiveBayes, .nearestNeighbors(k: 3), .tree(maximumDepth: 1),
    ])
  func weightsPull(model: ReferenceModel) {
    let query = FeatureMatrix(values: [2.4], rowCount: 1, names: ["x"])
    var heavy = line
    heavy.weights = [1, 1, 4, 1, 4, 4]
    let plain = model.classifier.fit(line).predictProbabilities(query)[1]
    let weighted = model.classifier.fit(heavy).predictProbabilities(query)[1]
    #expect(weighted > plain, "\(model): \(plain) → \(weighted)")
  }

  @Test("a row of weight 0 is as good as absent")
  func zeroWeight() {
    var withOutlier = line
    withOutlier.features = FeatureMatrix(
      values: [0, 1, 2, 3, 4, 5, 2.5], rowCount: 7, names: ["x"])
    withOutlier.labels.append(1)
    withOutlier.weights.append(0)
    for model in [
      ReferenceModel.logistic, .naiveBayes, .nearestNeighbors(k: 1), .tree(maximumDepth: nil),
    ] {
      let without = model.classifier.fit(line).predictProbabilities(middle)
      let with = model.classifier.fit(withOutlier).predictProbabilities(middle)
      #expect(zip(without, with).allSatisfy { abs($0 - $1) < 1e-9 }, "\(model)")
    }
  }

  @Test("model specs parse, print back and reject what they do not know")
  func specs() throws {
    #expect(try ReferenceModel(spec: "knn:k=3") == .nearestNeighbors(k: 3))
    #expect(try ReferenceModel(spec: "tree:depth=4").description == "tree:depth=4")
    #expect(try ReferenceModel(spec: "Naive-Bayes") == .naiveBayes)
    for bad in ["forest", "knn:k=0", "logistic:c=2", "tree:k=2"] {
      #expect(throws: FulcrumError.self, "\(bad)") { try ReferenceModel(spec: bad) }
    }
  }
}
