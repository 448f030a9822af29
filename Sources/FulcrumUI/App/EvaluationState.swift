import FulcrumCore

/// What an evaluation was asked for: which dataset, model, folds and seed.
public struct EvaluationKey: Sendable, Equatable {
  /// Index of the dataset entry.
  public var entry: Int
  public var model: ReferenceModel
  public var folds: Int
  public var seed: UInt64
}

/// A cross-validation running in the background.
public struct RunningEvaluation: Sendable {
  /// Tells this job's events from those of jobs it replaced.
  public var id: Int
  public var key: EvaluationKey
  public var started: Double
  public var completedFolds = 0
  public var cancel: CancelFlag
}

/// The Model screen's choices, the evaluation running for it and the latest outcome.
///
/// At most one evaluation runs: a new request cancels the running one, and events from a
/// replaced job are recognised by their id and dropped.
public struct EvaluationState: Sendable {
  /// Fold counts `f` cycles through.
  public static let foldChoices = [3, 5, 10]
  /// Models `m` cycles through, by their spec.
  public static let models: [ReferenceModel] = [
    .logistic, .naiveBayes, .nearestNeighbors(k: 5), .tree(maximumDepth: nil),
  ]

  public var model: ReferenceModel = .logistic
  public var folds = 5
  public var seed: UInt64 = 0
  /// Whether the confusion matrix shows row percentages.
  public var normalised = false
  /// The selected class in the per-class table.
  public var classes = ScrollState()
  public var running: RunningEvaluation?
  /// The last finished evaluation and what it was asked for.
  public var finished: (key: EvaluationKey, result: CrossValidationResult)?
  /// The last evaluation that failed, and why.
  public var failure: (key: EvaluationKey, message: String)?
  /// An evaluation the user stopped; it is not started again by itself.
  public var cancelled: EvaluationKey?
  var lastID = 0

  public init() {}

  /// The finished result for `key`, if that is what the last evaluation computed.
  public func result(for key: EvaluationKey?) -> CrossValidationResult? {
    guard let key, let finished, finished.key == key else { return nil }
    return finished.result
  }
}
