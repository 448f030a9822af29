/// The outcome of a cross-validation: the report-ready evaluation and the per-row detail
/// that other analyses (fairness by group, comparisons) build on.
public struct CrossValidationResult: Sendable {
  public var evaluation: ModelEvaluation
  /// Out-of-fold predicted class index of each row; nil for rows without a label.
  public var predictions: [Int?]
  /// The fold in which each row was a test row; nil for rows without a label.
  public var foldOfRow: [Int?]
  /// Total weight of each class in each fold's training set after the transform.
  public var trainingClassWeights: [[Double]]

  init(
    dataset: Dataset, labels: [Int?], split: StratifiedFolds, perFold: [FoldOutcome],
    selection: FeatureSelection, model: ReferenceModel, seed: UInt64
  ) {
    var predictions = [Int?](repeating: nil, count: labels.count)
    var foldOfRow = [Int?](repeating: nil, count: labels.count)
    var foldMetrics: [Metrics] = []
    let names = dataset.classNames
    for (fold, outcome) in perFold.enumerated() {
      for (row, predicted) in zip(outcome.testRows, outcome.predictions) {
        predictions[row] = predicted
        foldOfRow[row] = fold
      }
      let matrix = ConfusionMatrix(
        truth: outcome.testRows.map { labels[$0]! }, predicted: outcome.predictions,
        classNames: names)
      foldMetrics.append(Metrics(matrix))
    }
    let labelled = labels.indices.filter { labels[$0] != nil }
    let pooled = ConfusionMatrix(
      truth: labelled.map { labels[$0]! }, predicted: labelled.map { predictions[$0]! },
      classNames: names)
    var warnings = split.warnings
    for (fold, outcome) in perFold.enumerated() {
      if let iterations = outcome.unconvergedIterations {
        warnings.append(
          "fold \(fold + 1): the \(model) fit stopped after \(iterations) iterations"
            + " without converging; its figures may be off")
      }
    }
    let unlabelled = labels.count - labelled.count
    if unlabelled > 0 {
      warnings.append("\(rowCount(unlabelled)) without a label left out")
    }
    evaluation = ModelEvaluation(
      method: "cross-validation", model: model.description, folds: perFold.count, seed: seed,
      confusionMatrix: pooled, foldSpread: FoldSpread(foldMetrics),
      features: perFold.first?.features ?? [], leftOutColumns: selection.leftOut,
      warnings: warnings)
    self.predictions = predictions
    self.foldOfRow = foldOfRow
    trainingClassWeights = perFold.map(\.trainingClassWeights)
  }
}
