/// Row weights read from a column of the table (`--weight COL`).
enum RowWeights {
  /// The values of column `name`, checked to be usable weights.
  ///
  /// - Throws: `.usage` for an unknown column, the label or a text column; `.dataError`
  ///   naming the first row whose weight is missing, negative or not finite, or when every
  ///   weight is 0.
  static func read(_ dataset: Dataset, column name: String) throws(FulcrumError) -> [Double] {
    guard let index = dataset.columnIndex(named: name) else {
      let known = dataset.columns.map(\.name).joined(separator: ", ")
      throw FulcrumError(.usage, "--weight: no column '\(name)'; columns are \(known)")
    }
    guard index != dataset.labelIndex else {
      throw FulcrumError(.usage, "--weight: '\(name)' is the label column; name a weight column")
    }
    guard let values = dataset.columns[index].numbers else {
      throw FulcrumError(.usage, "--weight: column '\(name)' is text; weights must be numbers")
    }
    if let bad = values.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
      let shown = values[bad].isNaN ? "a missing value" : formatNumber(values[bad])
      throw FulcrumError(
        .dataError,
        "\(dataset.path): column '\(name)' has \(shown) in data row \(bad + 1);"
          + " weights must be numbers ≥ 0")
    }
    guard values.contains(where: { $0 > 0 }) else {
      throw FulcrumError(.dataError, "\(dataset.path): every weight in '\(name)' is 0")
    }
    return values
  }

  /// A training transform that gives each fold's training rows their weights.
  ///
  /// Cross-validation keeps a fold's training rows in ascending row order (labelled rows
  /// outside the fold's test rows), so the same split picks each row's weight.
  static func transform(
    _ weights: [Double], labels: [Int?], split: StratifiedFolds
  ) -> TrainingTransform {
    let perFold: [[Double]] = split.testRows.map { testRows in
      var isTest = [Bool](repeating: false, count: labels.count)
      for row in testRows { isTest[row] = true }
      return labels.indices.filter { labels[$0] != nil && !isTest[$0] }.map { weights[$0] }
    }
    return { training, context throws(FulcrumError) in
      let foldWeights = perFold[context.fold]
      precondition(foldWeights.count == training.labels.count, "training rows out of step")
      var weighted = training
      weighted.weights = foldWeights
      return TransformedTraining(weighted)
    }
  }
}
