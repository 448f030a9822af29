/// Stratified k-fold split: every fold holds each class in proportion, shuffled by a seed.
///
/// Rows of each class are shuffled, then the classes are laid end to end and dealt to the
/// folds in turn, so each class's count differs by at most one between folds and so do
/// the fold sizes. The same labels, fold count and seed give the same folds everywhere.
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
        .usage, "--folds \(folds) is more than the \(labelled) labelled rows; use fewer folds")
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
    var generator = SplitMix64(seed: seed)
    var assignment = Array(repeating: [Int](), count: folds)
    var position = 0
    for var rows in rowsByClass {
      rows.shuffleReproducibly(using: &generator)
      for row in rows {
        assignment[position % folds].append(row)
        position += 1
      }
    }
    testRows = assignment.map { $0.sorted() }
    self.warnings = warnings
  }

  public var count: Int { testRows.count }
}
