/// Evaluates predictions already stored in a column of the table against its label.
///
/// No model is trained and there are no folds. Classes are matched by their text, so a
/// predictions column read as numbers (`1`) matches a label level `1`; a class that
/// occurs only among the predictions keeps its own row and column in the matrix.
public enum PredictionAudit {
  /// Compares column `predicted` of `dataset` with its label.
  ///
  /// Rows whose label or prediction is missing are left out, with a warning.
  /// - Throws: `.usage` when the column does not exist or is the label itself,
  ///   `.dataError` when no row has both a label and a prediction.
  public static func evaluate(_ dataset: Dataset, predicted name: String) throws(FulcrumError)
    -> ModelEvaluation
  {
    guard let index = dataset.columnIndex(named: name) else {
      let known = dataset.columns.map(\.name).joined(separator: ", ")
      throw FulcrumError(.usage, "no column named '\(name)' to audit; columns are \(known)")
    }
    guard index != dataset.labelIndex else {
      throw FulcrumError(
        .usage, "--predicted names the label column '\(name)'; name the predictions")
    }
    let label = dataset.label
    let predictions = dataset.columns[index]
    var truth: [String] = []
    var predicted: [String] = []
    var skipped = 0
    for row in 0..<dataset.rowCount {
      guard let actual = label.text(at: row), let guess = predictions.text(at: row) else {
        skipped += 1
        continue
      }
      truth.append(actual)
      predicted.append(guess)
    }
    guard !truth.isEmpty else {
      throw FulcrumError(
        .dataError, "\(dataset.path): no row has both a label and a value in '\(name)'")
    }
    var warnings: [String] = []
    if skipped > 0 {
      warnings.append("\(rowCount(skipped)) without a label or a prediction left out")
    }
    return ModelEvaluation(
      method: "given-predictions", model: predictions.name,
      confusionMatrix: ConfusionMatrix(truth: truth, predicted: predicted), warnings: warnings)
  }
}

/// "1 row" or "n rows", for messages.
func rowCount(_ count: Int) -> String {
  count == 1 ? "1 row" : "\(count) rows"
}
