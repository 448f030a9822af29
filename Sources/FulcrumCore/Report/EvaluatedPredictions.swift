/// Predictions for the rows of a dataset, with the report-ready evaluation of them: what
/// the fairness analysis needs (truth and prediction per row, as class indices) next to
/// what the report shows.
struct EvaluatedPredictions {
  var evaluation: ModelEvaluation
  /// The rows that have both a true label and a prediction, ascending.
  var rows: [Int]
  /// True and predicted class of each of `rows`, indices into `classNames`.
  var truth: [Int]
  var predicted: [Int]
  var classNames: [String]
  var trainDistribution: [ClassWeight]?

  /// Audits the predictions in column `column` (no training, no folds).
  init(auditing dataset: Dataset, column name: String) throws(FulcrumError) {
    evaluation = try PredictionAudit.evaluate(dataset, predicted: name)
    let column = dataset.columns[dataset.columnIndex(named: name)!]
    let label = dataset.label
    // Classes are matched by their text, as the audit does; a class that only appears
    // among the predictions is added after the label's own classes.
    var classNames = dataset.classNames
    var index: [String: Int] = [:]
    for (position, name) in classNames.enumerated() { index[name] = position }
    var extra: Set<String> = []
    var rows: [Int] = []
    var pairs: [(String, String)] = []
    for row in 0..<dataset.rowCount {
      guard let actual = label.text(at: row), let guess = column.text(at: row) else { continue }
      rows.append(row)
      pairs.append((actual, guess))
      if index[guess] == nil { extra.insert(guess) }
    }
    for name in LabelOrder.sorted(Array(extra)) {
      index[name] = classNames.count
      classNames.append(name)
    }
    self.rows = rows
    truth = pairs.map { index[$0.0]! }
    predicted = pairs.map { index[$0.1]! }
    self.classNames = classNames
    trainDistribution = nil
  }

  /// Cross-validates `request.model` on `dataset` and keeps the out-of-fold predictions.
  init(
    crossValidating dataset: Dataset, request: EvaluationRequest, excluding excluded: [String],
    weights: [Double]?, progress: (@Sendable (CrossValidationProgress) -> Void)?
  ) throws(FulcrumError) {
    let model = request.model ?? .logistic
    var validation = CrossValidation(
      model: model, folds: request.folds, seed: request.seed, excludedColumns: excluded)
    if let weights {
      let labels: [Int?] = dataset.labelCodes.map { $0 == Column.missingCode ? nil : Int($0) }
      let split = try StratifiedFolds(
        labels: labels, classNames: dataset.classNames, folds: request.folds,
        seed: request.seed)
      validation.transform = RowWeights.transform(weights, labels: labels, split: split)
    }
    // Without a cancellation check the run always completes, so the result is never nil.
    let result = try validation.run(dataset, progress: progress)!
    evaluation = result.evaluation
    rows = result.predictions.indices.filter { result.predictions[$0] != nil }
    let codes = dataset.labelCodes
    truth = rows.map { Int(codes[$0]) }
    predicted = rows.map { result.predictions[$0]! }
    classNames = dataset.classNames
    let folds = Double(max(result.trainingClassWeights.count, 1))
    trainDistribution = classNames.indices.map { c in
      let total = result.trainingClassWeights.reduce(0) { $0 + $1[c] }
      return ClassWeight(name: classNames[c], weight: total / folds)
    }
  }
}
