import Testing

@testable import FulcrumCore

/// Expected probabilities are scikit-learn 1.9.1's `LogisticRegression(C=1)` solved to
/// tol=1e-12 on `Small`.
@Suite("Logistic regression")
struct LogisticRegressionTests {
  let model = LogisticRegression(tolerance: 1e-10)

  @Test("multinomial fit matches scikit-learn")
  func multinomial() {
    let fitted = model.fit(Small.training(Small.threeClasses, weighted: false, classCount: 3))
    let expected = [
      [0.21942588, 0.29741489, 0.48315923], [0.52035172, 0.39589719, 0.08375109],
      [0.28897409, 0.10266847, 0.60835744],
    ]
    let probabilities = fitted.predictProbabilities(Small.queries)
    #expect(close(probabilities, expected), "\(probabilities)")
    #expect(fitted.predict(Small.queries) == [2, 0, 2])
    let logistic = fitted as? FittedLogisticRegression
    #expect(logistic?.converged == true)
    #expect((logistic?.iterations ?? 0) > 0)
  }

  @Test("multinomial fit with sample weights matches scikit-learn")
  func multinomialWeighted() {
    let fitted = model.fit(Small.training(Small.threeClasses, weighted: true, classCount: 3))
    let expected = [
      [0.20302892, 0.2486341, 0.54833698], [0.55488725, 0.3677798, 0.07733295],
      [0.285573, 0.06818176, 0.64624523],
    ]
    #expect(close(fitted.predictProbabilities(Small.queries), expected))
  }

  @Test("binary fit uses the binomial form, as scikit-learn does")
  func binary() {
    let fitted = model.fit(Small.training(Small.twoClasses, weighted: false, classCount: 2))
    let expected = [
      [0.62491908, 0.37508092], [0.36898297, 0.63101703], [0.90592761, 0.09407239],
    ]
    #expect(close(fitted.predictProbabilities(Small.queries), expected))
  }

  @Test("binary fit with sample weights matches scikit-learn")
  func binaryWeighted() {
    let fitted = model.fit(Small.training(Small.twoClasses, weighted: true, classCount: 2))
    let expected = [
      [0.68956453, 0.31043547], [0.37966963, 0.62033037], [0.94243869, 0.05756131],
    ]
    #expect(close(fitted.predictProbabilities(Small.queries), expected))
  }

  @Test("the default tolerance is close to the exact solution")
  func defaultTolerance() {
    let fitted = LogisticRegression().fit(
      Small.training(Small.threeClasses, weighted: false, classCount: 3))
    let expected = [
      [0.21942588, 0.29741489, 0.48315923], [0.52035172, 0.39589719, 0.08375109],
      [0.28897409, 0.10266847, 0.60835744],
    ]
    #expect(close(fitted.predictProbabilities(Small.queries), expected, tolerance: 1e-4))
  }

  @Test("a class without training weight gets probability 0 and the others are fitted")
  func absentClass() {
    let fitted = model.fit(Small.training(Small.twoClasses, weighted: false, classCount: 4))
    let probabilities = fitted.predictProbabilities(Small.queries)
    let expected = [
      [0.62491908, 0.37508092, 0, 0], [0.36898297, 0.63101703, 0, 0],
      [0.90592761, 0.09407239, 0, 0],
    ]
    #expect(close(probabilities, expected))
  }

  @Test("a single class is predicted with certainty")
  func singleClass() {
    let labels = Array(repeating: 1, count: 12)
    let fitted = model.fit(Small.training(labels, weighted: false, classCount: 3))
    #expect(fitted.predictProbabilities(Small.queries) == [0, 1, 0, 0, 1, 0, 0, 1, 0])
  }
}
