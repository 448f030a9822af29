/// What a training transform knows about the fold it is changing.
public struct TransformContext: Sendable {
  /// Zero-based fold number.
  public var fold: Int
  /// A seed for the transform's own random choices, derived from the run's seed and the
  /// fold so that every fold draws differently yet reproducibly.
  public var seed: UInt64
  /// Class names, indexed as `TrainingSet.labels`.
  public var classNames: [String]
  /// The table row of each training row, in `TrainingSet` order (ascending).
  public var trainingRows: [Int]
  /// The encoding learnt from this fold's training rows, which made the features.
  public var encoder: FeatureEncoder?

  public init(
    fold: Int, seed: UInt64, classNames: [String], trainingRows: [Int] = [],
    encoder: FeatureEncoder? = nil
  ) {
    self.fold = fold
    self.seed = seed
    self.classNames = classNames
    self.trainingRows = trainingRows
    self.encoder = encoder
  }
}

/// A training set after a transform, and how to bring test rows into the same space.
public struct TransformedTraining: Sendable {
  public var training: TrainingSet
  /// Applied to the test fold's features when the transform changed the feature space
  /// (scaled or pooled features); nil leaves test features as encoded.
  public var testFeatures: (@Sendable (FeatureMatrix) -> FeatureMatrix)?

  public init(
    _ training: TrainingSet, testFeatures: (@Sendable (FeatureMatrix) -> FeatureMatrix)? = nil
  ) {
    self.training = training
    self.testFeatures = testFeatures
  }
}

/// Changes a fold's encoded training rows before the model is fitted — new rows, removed
/// rows, row weights or rescaled features. It receives only the training rows of the
/// fold, never the test rows, and runs on a worker thread, possibly alongside other folds.
public typealias TrainingTransform =
  @Sendable (TrainingSet, TransformContext) throws(FulcrumError) -> TransformedTraining
