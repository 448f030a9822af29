import FulcrumCore

/// One strategy's outcome in a comparison, in the terms the Lab and Compare screens show.
public struct StrategyRun: Sendable, Equatable {
  /// The spec the strategy ran with, such as `smote:k=3`.
  public var spec: String
  /// Mean rows per class in a training fold before the strategy, in class order.
  public var trainingBefore: [Double]
  /// Mean rows (or total weight) per class in a training fold after the strategy.
  public var trainingAfter: [Double]
  public var evaluation: ModelEvaluation
  /// What the strategy reported doing (rows added, links removed, …).
  public var notes: [String]
  /// A short fairness reading over the sensitive columns, when some are ticked.
  public var fairness: String?
  /// The full fairness analysis behind `fairness`, for the exported report.
  public var fairnessResult: FairnessResult?
  /// The report entry the comparison engine made, when the run came from it.
  public var report: ResultEntry?

  public init(
    spec: String, trainingBefore: [Double], trainingAfter: [Double],
    evaluation: ModelEvaluation, notes: [String] = [], fairness: String? = nil,
    fairnessResult: FairnessResult? = nil, report: ResultEntry? = nil
  ) {
    self.spec = spec
    self.trainingBefore = trainingBefore
    self.trainingAfter = trainingAfter
    self.evaluation = evaluation
    self.notes = notes
    self.fairness = fairness
    self.fairnessResult = fairnessResult
    self.report = report
  }

  /// The entry of an exported report for this run.
  public var resultEntry: ResultEntry {
    report
      ?? ResultEntry(
        strategy: spec, evaluation: evaluation,
        trainDistribution: zip(classNames, trainingAfter).map {
          ClassWeight(name: $0, weight: $1)
        }, fairness: fairnessResult)
  }

  /// The class names, in the order of the distributions and the confusion matrix.
  public var classNames: [String] { evaluation.confusionMatrix.labels }

  /// The mean over the folds of the metric named `name`, or the pooled value without folds.
  public func mean(_ name: String) -> Double? {
    if let spread = evaluation.foldSpread?[name] { return spread.mean }
    let fields = Metrics.fields.first { $0.name == name }
    return fields.flatMap { evaluation.metrics[keyPath: $0.value] }
  }

  /// The standard deviation over the folds of the metric named `name`.
  public func deviation(_ name: String) -> Double? {
    evaluation.foldSpread?[name]?.standardDeviation
  }
}

/// The baseline and every strategy of one run, all over the same folds.
public struct ComparisonOutcome: Sendable, Equatable {
  public var baseline: StrategyRun
  /// The strategies asked for, in the order they were asked for (without the baseline).
  public var runs: [StrategyRun]

  public init(baseline: StrategyRun, runs: [StrategyRun]) {
    self.baseline = baseline
    self.runs = runs
  }

  /// The baseline first, then the strategies.
  public var all: [StrategyRun] { [baseline] + runs }
}

/// What a Lab or Compare run asks for.
public struct ComparisonRequest: Sendable, Equatable {
  /// Index of the dataset entry.
  public var entry: Int
  /// Strategy specs, each already checked by `StrategySpec.parse`.
  public var specs: [String]
  public var model: ReferenceModel
  public var folds: Int
  public var seed: UInt64
  /// Sensitive columns ticked on the Fairness screen, with its positive class and
  /// reference group (nil for the defaults).
  public var sensitive: [String]
  public var positive: String?
  public var reference: String?
  /// The screen the results are for.
  public var screen: ScreenID

  public init(
    entry: Int, specs: [String], model: ReferenceModel, folds: Int, seed: UInt64,
    sensitive: [String], positive: String? = nil, reference: String? = nil, screen: ScreenID
  ) {
    self.entry = entry
    self.specs = specs
    self.model = model
    self.folds = folds
    self.seed = seed
    self.sensitive = sensitive
    self.positive = positive
    self.reference = reference
    self.screen = screen
  }
}

/// How far a comparison has got: steps are folds of each strategy, baseline included.
public struct RunProgress: Sendable, Equatable {
  public var completed: Int
  public var total: Int
  /// What runs now, such as `smote fold 3`.
  public var step: String

  public init(completed: Int, total: Int, step: String) {
    self.completed = completed
    self.total = total
    self.step = step
  }
}

/// Runs a comparison on a background thread: reports progress, polls for cancellation and
/// returns nil once cancelled.
public typealias ComparisonRunner =
  @Sendable (
    Dataset, ComparisonRequest, _ progress: @escaping @Sendable (RunProgress) -> Void,
    _ isCancelled: @escaping @Sendable () -> Bool
  ) throws(FulcrumError) -> ComparisonOutcome?
