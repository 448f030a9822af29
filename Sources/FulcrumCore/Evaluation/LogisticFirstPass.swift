/// The first-pass model of `focal` in a comparison: the evaluation engine's logistic
/// regression, fitted on the training fold (with its row weights) and scoring the same
/// rows. Categorical codes are one-hot encoded over the codes present.
enum LogisticFirstPass {
  static let model: FirstPassModel = { probabilities(for: $0) }

  static func probabilities(for table: TrainingTable) -> [[Double]] {
    var levelCounts = [Int](repeating: 0, count: table.categoryCount)
    for (position, code) in table.categories.enumerated() {
      let column = position % table.categoryCount
      levelCounts[column] = max(levelCounts[column], Int(code) + 1)
    }
    var offsets: [Int] = []
    var width = table.featureCount
    for count in levelCounts {
      offsets.append(width)
      width += count
    }
    var values = [Double](repeating: 0, count: table.rowCount * width)
    for row in 0..<table.rowCount {
      for feature in 0..<table.featureCount {
        values[row * width + feature] = table.features[row * table.featureCount + feature]
      }
      for column in 0..<table.categoryCount {
        let code = Int(table.categories[row * table.categoryCount + column])
        values[row * width + offsets[column] + code] = 1
      }
    }
    let features = FeatureMatrix(
      values: values, rowCount: table.rowCount,
      names: (0..<width).map { "feature \($0 + 1)" })
    let fitted = LogisticRegression().fit(
      features: features, labels: table.labels, weights: table.weights,
      classCount: table.classNames.count)
    let probabilities = fitted.predictProbabilities(features)
    let classes = table.classNames.count
    return (0..<table.rowCount).map { row in
      Array(probabilities[(row * classes)..<((row + 1) * classes)])
    }
  }
}
