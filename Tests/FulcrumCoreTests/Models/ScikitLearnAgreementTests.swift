import Testing

@testable import FulcrumCore

/// Tree and kNN outputs on `Small` pinned to scikit-learn 1.9.1's `DecisionTreeClassifier`
/// (the same for every `random_state`) and `KNeighborsClassifier(5)`.
@Suite("Tree and kNN agree with scikit-learn")
struct ScikitLearnAgreementTests {
  let queries = FeatureMatrix(
    values: [0, 0, 1, 1, -1, 0.5, 0.6, -0.2, 1.8, 0.5], rowCount: 5, names: ["a", "b"])

  @Test(
    "tree probabilities for each depth limit, with and without weights",
    arguments: [
      (
        1, false,
        [
          [0, 0.42857143, 0.57142857], [0.8, 0.2, 0], [0, 0.42857143, 0.57142857],
          [0, 0.42857143, 0.57142857], [0, 0.42857143, 0.57142857],
        ]
      ),
      (
        1, true,
        [
          [0, 0.43478261, 0.56521739], [0.88888889, 0.11111111, 0], [0, 0.43478261, 0.56521739],
          [0, 0.43478261, 0.56521739], [0, 0.43478261, 0.56521739],
        ]
      ),
      (
        2, false,
        [[0, 0.75, 0.25], [0.5, 0.5, 0], [0, 0, 1], [0, 0.75, 0.25], [0, 0.75, 0.25]]
      ),
      (
        2, true,
        [
          [0, 0.13333333, 0.86666667], [0.66666667, 0.33333333, 0], [0, 0.13333333, 0.86666667],
          [0, 0.13333333, 0.86666667], [0, 1, 0],
        ]
      ),
      (nil, false, [[0, 1, 0], [0, 1, 0], [0, 0, 1], [0, 1, 0], [0, 1, 0]]),
    ] as [(Int?, Bool, [[Double]])])
  func tree(depth: Int?, weighted: Bool, expected: [[Double]]) {
    let fitted = DecisionTree(maximumDepth: depth).fit(
      Small.training(Small.threeClasses, weighted: weighted, classCount: 3))
    let probabilities = fitted.predictProbabilities(queries)
    #expect(close(probabilities, expected), "\(probabilities)")
  }

  @Test("kNN vote shares and tie-breaking")
  func nearestNeighbors() {
    let fitted = NearestNeighborClassifier().fit(
      Small.training(Small.threeClasses, weighted: false, classCount: 3))
    let expected = [
      [0.4, 0.2, 0.4], [0.8, 0.2, 0], [0.6, 0, 0.4], [0.4, 0.4, 0.2], [0.4, 0.6, 0],
    ]
    #expect(close(fitted.predictProbabilities(queries), expected, tolerance: 1e-12))
    #expect(fitted.predict(queries) == [0, 0, 0, 0, 1])
  }
}
