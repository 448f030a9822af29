/// Counts of rows by true class (rows) and predicted class (columns).
///
/// Labels are the sorted union of the classes seen in truth and in prediction, so a
/// class that is only ever predicted still has its row (of zeros) and column.
public struct ConfusionMatrix: Sendable, Equatable, Codable {
  /// Class names, in `LabelOrder`.
  public var labels: [String]
  /// `counts[t][p]`: rows of true class `labels[t]` predicted as `labels[p]`.
  public var counts: [[Int]]

  public init(labels: [String], counts: [[Int]]) {
    precondition(counts.count == labels.count, "one row per label")
    precondition(counts.allSatisfy { $0.count == labels.count }, "one column per label")
    self.labels = labels
    self.counts = counts
  }

  /// Tallies class indices into `classNames`, keeping only the classes that occur.
  ///
  /// - Complexity: O(n + K²) for n rows and K classes.
  public init(truth: [Int], predicted: [Int], classNames: [String]) {
    precondition(truth.count == predicted.count, "truth and prediction differ in length")
    let classCount = classNames.count
    var full = Array(repeating: 0, count: classCount * classCount)
    for (t, p) in zip(truth, predicted) {
      full[t * classCount + p] += 1
    }
    var occurs = Array(repeating: false, count: classCount)
    for t in 0..<classCount {
      for p in 0..<classCount where full[t * classCount + p] > 0 {
        occurs[t] = true
        occurs[p] = true
      }
    }
    let present = (0..<classCount).filter { occurs[$0] }
    let names = LabelOrder.sorted(present.map { classNames[$0] })
    var position: [String: Int] = [:]
    for (index, name) in names.enumerated() { position[name] = index }
    var counts = Array(repeating: Array(repeating: 0, count: names.count), count: names.count)
    for t in present {
      for p in present {
        counts[position[classNames[t]]!][position[classNames[p]]!] += full[t * classCount + p]
      }
    }
    self.init(labels: names, counts: counts)
  }

  /// Tallies labels given as text, matching classes by their names.
  public init(truth: [String], predicted: [String]) {
    precondition(truth.count == predicted.count, "truth and prediction differ in length")
    var index: [String: Int] = [:]
    var names: [String] = []
    func code(_ name: String) -> Int {
      if let known = index[name] { return known }
      index[name] = names.count
      names.append(name)
      return names.count - 1
    }
    let truthCodes = truth.map(code)
    let predictedCodes = predicted.map(code)
    self.init(truth: truthCodes, predicted: predictedCodes, classNames: names)
  }

  /// Number of rows counted.
  public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }

  /// Rows of each true class (row sums).
  public var support: [Int] { counts.map { $0.reduce(0, +) } }

  /// Rows predicted as each class (column sums).
  public var predictedCounts: [Int] {
    labels.indices.map { p in counts.reduce(0) { $0 + $1[p] } }
  }
}
