import Testing

@testable import FulcrumCore

@Suite("k nearest neighbours")
struct NearestNeighborClassifierTests {
  let training = TrainingSet(
    features: FeatureMatrix(values: [0, 1, 10, 11, 12], rowCount: 5, names: ["x"]),
    labels: [1, 1, 0, 0, 0], classCount: 3)

  @Test("probabilities are the vote shares of the k nearest rows")
  func votes() {
    let fitted = NearestNeighborClassifier(neighborCount: 3).fit(training)
    let probabilities = fitted.predictProbabilities(
      FeatureMatrix(values: [2, 11], rowCount: 2, names: ["x"]))
    #expect(close(probabilities, [[1.0 / 3, 2.0 / 3, 0], [1, 0, 0]], tolerance: 1e-12))
  }

  @Test("a tied vote goes to the lowest class index")
  func tie() {
    let fitted = NearestNeighborClassifier(neighborCount: 4).fit(training)
    // Neighbours of 5.5: rows 1, 0 (class 1) and 10, 11 (class 0): two votes each.
    #expect(fitted.predict(FeatureMatrix(values: [5.5], rowCount: 1, names: ["x"])) == [0])
  }

  @Test("k larger than the training set uses every row")
  func smallTraining() {
    let fitted = NearestNeighborClassifier(neighborCount: 50).fit(training)
    let probabilities = fitted.predictProbabilities(
      FeatureMatrix(values: [0], rowCount: 1, names: ["x"]))
    #expect(close(probabilities, [[0.6, 0.4, 0]], tolerance: 1e-12))
  }
}
