@testable import FulcrumCore

/// Twelve rows of two features used to pin model outputs against scikit-learn 1.9.1.
enum Small {
  static let features = FeatureMatrix(
    values: [
      0.5, 1.0, 1.5, -0.5, -1.0, 0.3, 2.0, 2.0, -0.7, -1.2, 0.1, 0.9,
      1.1, 1.4, -1.5, 0.2, 0.3, -0.8, 2.2, 0.1, -0.2, 1.7, 0.9, -1.1,
    ], rowCount: 12, names: ["a", "b"])
  static let threeClasses = [0, 1, 2, 0, 2, 0, 1, 2, 1, 1, 0, 2]
  static let twoClasses = [0, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1]
  static let weights: [Double] = [1, 2, 1, 1, 3, 1, 0.5, 1, 1, 2, 1, 1.5]
  static let queries = FeatureMatrix(
    values: [0, 0, 1, 1, -1, 0.5], rowCount: 3, names: ["a", "b"])

  static func training(_ labels: [Int], weighted: Bool, classCount: Int) -> TrainingSet {
    TrainingSet(
      features: features, labels: labels, weights: weighted ? weights : nil,
      classCount: classCount)
  }
}

/// Whether two probability tables agree to `tolerance` in every cell.
func close(_ actual: [Double], _ expected: [[Double]], tolerance: Double = 1e-6) -> Bool {
  let flat = expected.flatMap { $0 }
  return actual.count == flat.count && zip(actual, flat).allSatisfy { abs($0 - $1) < tolerance }
}
