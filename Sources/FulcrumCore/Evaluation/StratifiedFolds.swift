/// Stratified k-fold split: every fold holds each class in proportion, shuffled by a seed.
///
/// The split is scikit-learn's `StratifiedKFold(n_splits=k, shuffle=True,
/// random_state=seed)`, row for row: classes are numbered by first appearance, the sorted
/// labels are dealt to the folds in turn to fix how many rows of each class every fold
/// gets, and each class's fold numbers are shuffled by NumPy's legacy generator. So each
/// class's count differs by at most one between folds, the same labels, fold count and
/// seed give the same folds everywhere, and a notebook with the same seed sees the same
/// folds.
public struct StratifiedFolds: Sendable {
  /// Test rows of each fold, ascending; every labelled row is in exactly one fold.
  public let testRows: [[Int]]
  /// Remarks a user should see, such as a class with fewer rows than folds.
  public let warnings: [String]

  /// Splits rows by class.
  ///
  /// - Parameters:
  ///   - labels: the class index of each row, or nil for a row without a label (left out).
  ///   - classNames: names used in messages, indexed by class.
  ///   - folds: how many folds (at least 2, at most the number of labelled rows).
  ///   - seed: seeds the shuffle.
  /// - Throws: `.usage` for an impossible fold count, `.dataError` for a class with a
  ///   single row, which no fold could both train and test on.
  /// - Complexity: O(n).
  public init(labels: [Int?], classNames: [String], folds: Int, seed: UInt64)
    throws(FulcrumError)
  {
    var rowsByClass = Array(repeating: [Int](), count: classNames.count)
    for (row, label) in labels.enumerated() {
      if let label { rowsByClass[label].append(row) }
    }
    let labelled = rowsByClass.reduce(0) { $0 + $1.count }
    guard folds >= 2 else {
      throw FulcrumError(.usage, "--folds must be at least 2 (got \(folds))")
    }
    guard folds <= labelled else {
      throw FulcrumError(
        .usage,
        "--folds \(folds) is more than the \(labelled) labelled rows; use --folds \(labelled) "
          + "or fewer, or --model none to describe the table without a model")
    }
    var warnings: [String] = []
    for (index, rows) in rowsByClass.enumerated() where !rows.isEmpty {
      if rows.count == 1 {
        throw FulcrumError(
          .dataError,
          "class '\(classNames[index])' has a single row; cross-validation needs at least 2 "
            + "per class (drop or merge that class)")
      }
      if rows.count < folds {
        warnings.append(
          "class '\(classNames[index])' has \(rows.count) rows, fewer than the \(folds) folds: "
            + "some test folds will not contain it")
      }
    }
    testRows = Self.deal(labels: labels, classCount: classNames.count, folds: folds, seed: seed)
    self.warnings = warnings
  }

  public var count: Int { testRows.count }

  /// Test rows of each fold, dealt as scikit-learn's `_make_test_folds` deals them.
  private static func deal(labels: [Int?], classCount: Int, folds: Int, seed: UInt64)
    -> [[Int]]
  {
    var appearance = [Int](repeating: -1, count: classCount)
    var counts: [Int] = []
    for label in labels.compactMap({ $0 }) {
      if appearance[label] < 0 {
        appearance[label] = counts.count
        counts.append(0)
      }
      counts[appearance[label]] += 1
    }
    // Dealing the sorted labels round robin: fold f receives positions f, f + k, f + 2k…
    var allocation = [[Int]](repeating: [Int](repeating: 0, count: folds), count: counts.count)
    var position = 0
    for (encoded, count) in counts.enumerated() {
      for offset in 0..<count {
        allocation[encoded][(position + offset) % folds] += 1
      }
      position += count
    }
    var generator = MersenneTwister(seed: seed)
    let foldOfClass: [[Int]] = allocation.map { perFold in
      var sequence: [Int] = []
      for (fold, count) in perFold.enumerated() {
        sequence.append(contentsOf: repeatElement(fold, count: count))
      }
      generator.shuffle(&sequence)
      return sequence
    }
    var next = [Int](repeating: 0, count: counts.count)
    var testRows = [[Int]](repeating: [], count: folds)
    for (row, label) in labels.enumerated() {
      guard let label else { continue }
      let encoded = appearance[label]
      testRows[foldOfClass[encoded][next[encoded]]].append(row)
      next[encoded] += 1
    }
    return testRows
  }
}
