import Testing

@testable import FulcrumCore

/// Expected probabilities are scikit-learn 1.9.1's `GaussianNB()` on `Small`.
@Suite("Gaussian naive Bayes")
struct GaussianNaiveBayesTests {
  @Test("unweighted fit matches scikit-learn")
  func unweighted() {
    let fitted = GaussianNaiveBayes().fit(
      Small.training(Small.threeClasses, weighted: false, classCount: 3))
    let expected = [
      [0.01505434, 0.22273803, 0.76220763], [0.6397152, 0.34386588, 0.01641893],
      [0.10139889, 0.00973273, 0.88886837],
    ]
    #expect(close(fitted.predictProbabilities(Small.queries), expected))
  }

  @Test("weighted fit matches scikit-learn")
  func weighted() {
    let multi = GaussianNaiveBayes().fit(
      Small.training(Small.threeClasses, weighted: true, classCount: 3))
    let expected = [
      [0.01259564, 0.16654997, 0.82085439], [0.79141089, 0.19997546, 0.00861366],
      [0.12959628, 0.00381746, 0.86658625],
    ]
    #expect(close(multi.predictProbabilities(Small.queries), expected))
    let binary = GaussianNaiveBayes().fit(
      Small.training(Small.twoClasses, weighted: true, classCount: 2))
    let binaryExpected = [
      [0.89890835, 0.10109165], [0.05411052, 0.94588948], [0.99918021, 0.00081979],
    ]
    #expect(close(binary.predictProbabilities(Small.queries), binaryExpected))
  }

  @Test("a feature constant within a class does not break the likelihood")
  func constantFeature() {
    let features = FeatureMatrix(
      values: [1, 0, 1, 1, 1, 2, 1, 3], rowCount: 4, names: ["flat", "x"])
    let fitted = GaussianNaiveBayes().fit(
      TrainingSet(features: features, labels: [0, 0, 1, 1], classCount: 2))
    let probabilities = fitted.predictProbabilities(features)
    #expect(probabilities.allSatisfy { $0.isFinite })
    #expect(fitted.predict(features) == [0, 0, 1, 1])
  }
}
