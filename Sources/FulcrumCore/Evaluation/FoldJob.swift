/// The work of one cross-validation fold, from encoding to test predictions.
struct FoldJob: Sendable {
  let dataset: Dataset
  let labels: [Int?]
  let split: StratifiedFolds
  let selection: FeatureSelection
  let classifier: any Classifier
  let transform: TrainingTransform?
  let seed: UInt64

  /// Runs fold `fold`; nil when cancelled part-way.
  func run(fold: Int, isCancelled: () -> Bool) throws(FulcrumError) -> FoldOutcome? {
    let testRows = split.testRows[fold]
    var isTest = Array(repeating: false, count: labels.count)
    for row in testRows { isTest[row] = true }
    let trainingRows = labels.indices.filter { labels[$0] != nil && !isTest[$0] }
    let encoder = FeatureEncoder(fitting: dataset, selection: selection, rows: trainingRows)
    let classCount = dataset.classNames.count
    var training = TrainingSet(
      features: encoder.transform(dataset, rows: trainingRows),
      labels: trainingRows.map { labels[$0]! }, classCount: classCount)
    var testFeatures = encoder.transform(dataset, rows: testRows)
    if let transform {
      guard !isCancelled() else { return nil }
      let context = TransformContext(
        fold: fold, seed: FoldJob.seed(seed, fold: fold), classNames: dataset.classNames,
        trainingRows: trainingRows, encoder: encoder)
      let transformed = try transform(training, context)
      training = transformed.training
      if let map = transformed.testFeatures { testFeatures = map(testFeatures) }
      guard training.weights.contains(where: { $0 > 0 }) else {
        throw FulcrumError(
          .dataError, "fold \(fold + 1): the training transform left no rows with weight")
      }
    }
    var classWeights = Array(repeating: 0.0, count: classCount)
    for (label, weight) in zip(training.labels, training.weights) { classWeights[label] += weight }
    guard !isCancelled() else { return nil }
    let fitted = classifier.fit(training)
    guard !isCancelled() else { return nil }
    // Only logistic regression iterates to a tolerance; the other models always finish.
    let unconverged = (fitted as? FittedLogisticRegression).flatMap {
      $0.converged ? nil : $0.iterations
    }
    return FoldOutcome(
      testRows: testRows, predictions: fitted.predict(testFeatures),
      trainingClassWeights: classWeights, features: encoder.names,
      unconvergedIterations: unconverged)
  }

  /// A per-fold seed that differs between folds and runs but is fixed by both.
  static func seed(_ seed: UInt64, fold: Int) -> UInt64 {
    var generator = SplitMix64(seed: seed ^ (UInt64(fold + 1) &* 0x9E37_79B9_7F4A_7C15))
    return generator.next()
  }
}

/// What one fold produced.
struct FoldOutcome: Sendable {
  let testRows: [Int]
  /// Predicted class index of each test row, in `testRows` order.
  let predictions: [Int]
  /// Total row weight of each class in the (transformed) training set.
  let trainingClassWeights: [Double]
  let features: [String]
  /// The iterations of a fit that stopped at the cap before converging; nil otherwise.
  var unconvergedIterations: Int? = nil
}
