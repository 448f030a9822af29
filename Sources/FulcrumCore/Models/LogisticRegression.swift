import Foundation

/// L2-penalised logistic regression on the scale of scikit-learn's `LogisticRegression(C=1)`.
///
/// Minimises Σᵢ wᵢ·CEᵢ + ½‖W‖² / C, where CEᵢ is row i's cross-entropy and W the
/// coefficients (intercepts are not penalised). With three or more classes the model is
/// multinomial (softmax over one coefficient row per class); with two it is the binomial
/// form (one coefficient vector and a sigmoid), which is what scikit-learn 1.9's `lbfgs`
/// solver fits for binary problems — the two forms penalise differently, so the choice
/// matters for agreement.
///
/// Solved with L-BFGS on the objective divided by Σᵢ wᵢ; iteration stops when the largest
/// gradient component of that scaled objective is at most `tolerance` (default 1e-6,
/// tighter than scikit-learn's 1e-4) or after `maximumIterations` (default 1000).
public struct LogisticRegression: Classifier {
  /// Inverse penalty strength, as scikit-learn's `C`.
  public var inverseRegularization: Double
  public var tolerance: Double
  public var maximumIterations: Int

  public init(
    inverseRegularization: Double = 1, tolerance: Double = 1e-6, maximumIterations: Int = 1000
  ) {
    precondition(inverseRegularization > 0, "C must be positive")
    self.inverseRegularization = inverseRegularization
    self.tolerance = tolerance
    self.maximumIterations = maximumIterations
  }

  public func fit(_ training: TrainingSet) -> any FittedClassifier {
    let present = PresentClasses(training)
    precondition(!present.classes.isEmpty, "a training set needs rows with positive weight")
    let width = training.features.columnCount + 1
    // One class: nothing to learn. Two: one coefficient vector. More: one per class.
    let rowsOfCoefficients =
      present.classes.count == 1 ? 0 : (present.classes.count == 2 ? 1 : present.classes.count)
    var coefficients: [Double] = []
    var iterations = 0
    var converged = true
    if rowsOfCoefficients > 0 {
      let objective = LogisticObjective(
        features: training.features, labels: present.compactLabels, weights: training.weights,
        classes: present.classes.count, penalty: 1 / inverseRegularization)
      let solver = LBFGS(gradientTolerance: tolerance, maximumIterations: maximumIterations)
      let start = Array(repeating: 0.0, count: rowsOfCoefficients * width)
      let result = solver.minimize(from: start, objective.evaluate)
      coefficients = result.solution
      iterations = result.iterations
      converged = result.converged
    }
    return FittedLogisticRegression(
      present: present, coefficients: coefficients, width: width, iterations: iterations,
      converged: converged)
  }
}

/// A fitted logistic regression: one coefficient row (binary) or one per present class.
public struct FittedLogisticRegression: FittedClassifier {
  let present: PresentClasses
  /// Row-major, `width` = features + 1 (the intercept last).
  let coefficients: [Double]
  let width: Int
  /// L-BFGS iterations the fit took.
  public let iterations: Int
  /// Whether the gradient tolerance was met within the iteration cap.
  public let converged: Bool

  public var classCount: Int { present.classCount }

  public func predictProbabilities(_ features: FeatureMatrix) -> [Double] {
    precondition(features.columnCount + 1 == width, "features differ from the training set")
    let k = present.classes.count
    let rows = features.rowCount
    var probabilities = Array(repeating: 0.0, count: rows * k)
    guard k > 1 else {
      return present.expand(Array(repeating: 1, count: rows), rows: rows)
    }
    let d = width - 1
    features.values.withUnsafeBufferPointer { x in
      coefficients.withUnsafeBufferPointer { theta in
        var scores = Array(repeating: 0.0, count: k)
        for row in 0..<rows {
          let xRow = x.baseAddress! + row * d
          if k == 2 {
            let z = linearScore(xRow, theta.baseAddress!, d)
            let positive = 1 / (1 + exp(-z))
            probabilities[row * 2] = 1 - positive
            probabilities[row * 2 + 1] = positive
            continue
          }
          for c in 0..<k { scores[c] = linearScore(xRow, theta.baseAddress! + c * width, d) }
          let top = scores.max()!
          var sum = 0.0
          for c in 0..<k {
            scores[c] = exp(scores[c] - top)
            sum += scores[c]
          }
          for c in 0..<k { probabilities[row * k + c] = scores[c] / sum }
        }
      }
    }
    return present.expand(probabilities, rows: rows)
  }
}

/// w·x + b for coefficients `theta` laid out as d weights then the intercept.
///
/// Four running sums break the chain of dependent additions that would otherwise bound
/// the loop by floating-point latency (the compiler may not reorder the sums itself).
@inline(__always)
func linearScore(_ x: UnsafePointer<Double>, _ theta: UnsafePointer<Double>, _ d: Int) -> Double {
  var sums = SIMD4<Double>()
  var j = 0
  while j + 4 <= d {
    let weights = SIMD4(theta[j], theta[j + 1], theta[j + 2], theta[j + 3])
    let values = SIMD4(x[j], x[j + 1], x[j + 2], x[j + 3])
    sums += weights * values
    j += 4
  }
  var sum = theta[d] + sums.sum()
  while j < d {
    sum += theta[j] * x[j]
    j += 1
  }
  return sum
}
