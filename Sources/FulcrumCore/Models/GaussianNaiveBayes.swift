import Foundation

/// Gaussian naive Bayes, as scikit-learn's `GaussianNB` with sample weights.
///
/// Each class has a weighted mean and weighted (population) variance per feature and a
/// prior equal to its share of the total weight. Every variance is increased by
/// `varianceSmoothing` × the largest (unweighted) feature variance of the training rows,
/// so a feature that is constant within a class does not give an infinite likelihood.
public struct GaussianNaiveBayes: Classifier {
  public var varianceSmoothing: Double

  public init(varianceSmoothing: Double = 1e-9) {
    self.varianceSmoothing = varianceSmoothing
  }

  public func fit(_ training: TrainingSet) -> any FittedClassifier {
    let present = PresentClasses(training)
    precondition(!present.classes.isEmpty, "a training set needs rows with positive weight")
    let x = training.features
    let d = x.columnCount
    let k = present.classes.count
    var classWeight = Array(repeating: 0.0, count: k)
    var means = Array(repeating: 0.0, count: k * d)
    for row in 0..<x.rowCount where present.compactLabels[row] >= 0 {
      let c = present.compactLabels[row]
      let w = training.weights[row]
      classWeight[c] += w
      for j in 0..<d { means[c * d + j] += w * x[row, j] }
    }
    for c in 0..<k {
      for j in 0..<d { means[c * d + j] /= classWeight[c] }
    }
    var variances = Array(repeating: 0.0, count: k * d)
    for row in 0..<x.rowCount where present.compactLabels[row] >= 0 {
      let c = present.compactLabels[row]
      for j in 0..<d {
        let deviation = x[row, j] - means[c * d + j]
        variances[c * d + j] += training.weights[row] * deviation * deviation
      }
    }
    // When every feature is constant there is no scale to borrow; smooth by the factor
    // itself so that no variance is 0.
    let largest = GaussianNaiveBayes.largestVariance(x)
    let smoothing = varianceSmoothing * (largest > 0 ? largest : 1)
    for c in 0..<k {
      for j in 0..<d { variances[c * d + j] = variances[c * d + j] / classWeight[c] + smoothing }
    }
    let total = classWeight.reduce(0, +)
    return FittedGaussianNaiveBayes(
      present: present, logPriors: classWeight.map { log($0 / total) }, means: means,
      variances: variances)
  }

  /// The largest per-feature variance over all rows, ignoring weights (as scikit-learn).
  static func largestVariance(_ x: FeatureMatrix) -> Double {
    var largest = 0.0
    for j in 0..<x.columnCount {
      var sum = 0.0
      for row in 0..<x.rowCount { sum += x[row, j] }
      let mean = sum / Double(x.rowCount)
      var squares = 0.0
      for row in 0..<x.rowCount { squares += (x[row, j] - mean) * (x[row, j] - mean) }
      largest = max(largest, squares / Double(x.rowCount))
    }
    return largest
  }
}

/// A fitted Gaussian naive Bayes model.
public struct FittedGaussianNaiveBayes: FittedClassifier {
  let present: PresentClasses
  let logPriors: [Double]
  /// Per present class, per feature (row-major `classes × features`).
  let means: [Double]
  let variances: [Double]

  public var classCount: Int { present.classCount }

  public func predictProbabilities(_ features: FeatureMatrix) -> [Double] {
    let k = logPriors.count
    let d = features.columnCount
    precondition(means.count == k * d, "features differ from the training set")
    var normalisers = Array(repeating: 0.0, count: k)
    for c in 0..<k {
      for j in 0..<d { normalisers[c] -= 0.5 * log(2 * Double.pi * variances[c * d + j]) }
    }
    var probabilities = Array(repeating: 0.0, count: features.rowCount * k)
    var joint = Array(repeating: 0.0, count: k)
    for row in 0..<features.rowCount {
      for c in 0..<k {
        var sum = logPriors[c] + normalisers[c]
        for j in 0..<d {
          let deviation = features[row, j] - means[c * d + j]
          sum -= 0.5 * deviation * deviation / variances[c * d + j]
        }
        joint[c] = sum
      }
      let top = joint.max()!
      let total = joint.reduce(0) { $0 + exp($1 - top) }
      for c in 0..<k { probabilities[row * k + c] = exp(joint[c] - top) / total }
    }
    return present.expand(probabilities, rows: features.rowCount)
  }
}
