/// The classes that carry training weight, and the map between full and compact indices.
///
/// Models fit only these classes (as scikit-learn fits only the classes it sees) and give
/// the others probability 0.
struct PresentClasses: Sendable {
  /// Full class index of each compact class, ascending.
  let classes: [Int]
  /// Compact index of each row's class, or -1 for a row of weight 0.
  let compactLabels: [Int]
  let classCount: Int

  init(_ training: TrainingSet) {
    var weight = Array(repeating: 0.0, count: training.classCount)
    for (label, rowWeight) in zip(training.labels, training.weights) {
      precondition(rowWeight >= 0 && rowWeight.isFinite, "row weights must be finite and ≥ 0")
      weight[label] += rowWeight
    }
    classes = (0..<training.classCount).filter { weight[$0] > 0 }
    var compact = Array(repeating: -1, count: training.classCount)
    for (position, full) in classes.enumerated() { compact[full] = position }
    compactLabels = zip(training.labels, training.weights).map { $1 > 0 ? compact[$0] : -1 }
    classCount = training.classCount
  }

  /// Spreads compact-class probabilities (`rows × classes.count`) to all classes.
  func expand(_ compactProbabilities: [Double], rows: Int) -> [Double] {
    let width = classes.count
    if width == classCount { return compactProbabilities }
    var full = Array(repeating: 0.0, count: rows * classCount)
    for row in 0..<rows {
      for (position, c) in classes.enumerated() {
        full[row * classCount + c] = compactProbabilities[row * width + position]
      }
    }
    return full
  }
}
