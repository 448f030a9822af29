/// Rows a model learns from: encoded features, class indices and per-row weights.
public struct TrainingSet: Sendable {
  public var features: FeatureMatrix
  /// The class index (`0..<classCount`) of each row.
  public var labels: [Int]
  /// A non-negative weight per row; 1 for every row means an unweighted fit.
  public var weights: [Double]
  /// How many classes the problem has, including any with no rows here.
  public var classCount: Int

  public init(features: FeatureMatrix, labels: [Int], weights: [Double]? = nil, classCount: Int) {
    precondition(labels.count == features.rowCount, "one label per row")
    precondition(weights == nil || weights!.count == labels.count, "one weight per row")
    precondition(labels.allSatisfy { (0..<classCount).contains($0) }, "label out of range")
    self.features = features
    self.labels = labels
    self.weights = weights ?? Array(repeating: 1, count: labels.count)
    self.classCount = classCount
  }
}

/// A model family that can be fitted to weighted training rows.
public protocol Classifier: Sendable {
  /// Fits the model. Classes whose rows have no total weight are never predicted.
  func fit(_ training: TrainingSet) -> any FittedClassifier
}

/// A fitted model that scores new rows.
public protocol FittedClassifier: Sendable {
  /// Number of classes scored (the training set's `classCount`).
  var classCount: Int { get }
  /// Class probabilities, row-major: `rowCount × classCount`, each row summing to 1.
  func predictProbabilities(_ features: FeatureMatrix) -> [Double]
}

extension Classifier {
  /// Fits the model to `features` with class indices `labels` and optional row weights.
  public func fit(
    features: FeatureMatrix, labels: [Int], weights: [Double]? = nil, classCount: Int
  ) -> any FittedClassifier {
    fit(TrainingSet(features: features, labels: labels, weights: weights, classCount: classCount))
  }
}

extension FittedClassifier {
  /// The most probable class of each row; ties go to the lowest class index.
  public func predict(_ features: FeatureMatrix) -> [Int] {
    let probabilities = predictProbabilities(features)
    return (0..<features.rowCount).map { row in
      var best = 0
      let base = row * classCount
      for c in 1..<max(classCount, 1) where probabilities[base + c] > probabilities[base + best] {
        best = c
      }
      return best
    }
  }
}
