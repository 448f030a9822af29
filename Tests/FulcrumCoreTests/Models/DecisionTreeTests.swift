import Testing

@testable import FulcrumCore

@Suite("Decision tree")
struct DecisionTreeTests {
  /// The XOR of two features: no single split helps, two levels fit it exactly.
  let xor = TrainingSet(
    features: FeatureMatrix(
      values: [0, 0, 0, 1, 1, 0, 1, 1, 0, 0, 0, 1, 1, 0, 1, 1], rowCount: 8, names: ["a", "b"]),
    labels: [0, 1, 1, 0, 0, 1, 1, 0], classCount: 2)

  @Test("splits at the midpoint that best reduces Gini impurity")
  func midpoint() throws {
    let training = TrainingSet(
      features: FeatureMatrix(values: [1, 2, 3, 7, 8], rowCount: 5, names: ["x"]),
      labels: [0, 0, 0, 1, 1], classCount: 2)
    let fitted = try #require(DecisionTree().fit(training) as? FittedDecisionTree)
    #expect(fitted.nodes[0].feature == 0)
    #expect(fitted.nodes[0].threshold == 5)
    #expect(fitted.depth == 1)
  }

  @Test("an unlimited tree is grown until its leaves are pure")
  func unlimited() throws {
    let fitted = try #require(DecisionTree().fit(xor) as? FittedDecisionTree)
    #expect(fitted.predict(xor.features) == xor.labels)
    #expect(fitted.depth == 2)
  }

  @Test("the depth limit is respected and leaves keep class shares")
  func limited() throws {
    let fitted = try #require(DecisionTree(maximumDepth: 0).fit(xor) as? FittedDecisionTree)
    #expect(fitted.depth == 0)
    let probabilities = fitted.predictProbabilities(xor.features)
    #expect(probabilities.allSatisfy { $0 == 0.5 })
  }

  @Test("weights change which class a mixed leaf predicts")
  func weightedLeaf() {
    var training = xor
    training.weights = [1, 3, 3, 1, 1, 3, 3, 1]
    let fitted = DecisionTree(maximumDepth: 0).fit(training)
    let probabilities = fitted.predictProbabilities(xor.features)
    #expect(close(Array(probabilities[0..<2]), [[0.25, 0.75]], tolerance: 1e-12))
  }
}
