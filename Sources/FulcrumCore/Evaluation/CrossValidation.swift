import Dispatch
import Synchronization

/// Stratified k-fold cross-validation of a reference model on a dataset.
///
/// For each fold: the encoding is learnt from the training rows, the optional training
/// transform changes those rows, the model is fitted and the test rows are predicted.
/// Folds run in parallel; each depends only on its own rows, so the result is the same as
/// a serial run (`parallel = false`).
public struct CrossValidation: Sendable {
  public var model: ReferenceModel
  public var folds: Int
  public var seed: UInt64
  /// Columns that must not be features besides the label (a predictions column, …).
  public var excludedColumns: [String]
  /// Changes each fold's training rows before fitting; nil trains on them as they are.
  public var transform: TrainingTransform?
  public var parallel: Bool

  public init(
    model: ReferenceModel = .logistic, folds: Int = 5, seed: UInt64 = 0,
    excludedColumns: [String] = [], transform: TrainingTransform? = nil, parallel: Bool = true
  ) {
    self.model = model
    self.folds = folds
    self.seed = seed
    self.excludedColumns = excludedColumns
    self.transform = transform
    self.parallel = parallel
  }

  /// Runs the folds.
  ///
  /// - Parameters:
  ///   - progress: called from worker threads after each fold finishes.
  ///   - isCancelled: polled between the steps of each fold; once it returns true the
  ///     remaining work is skipped and `run` returns nil.
  /// - Throws: `.usage` or `.dataError` for an impossible split, no usable feature, or an
  ///   error from the training transform (that of the lowest-numbered failing fold).
  public func run(
    _ dataset: Dataset,
    progress: (@Sendable (CrossValidationProgress) -> Void)? = nil,
    isCancelled: (@Sendable () -> Bool)? = nil
  ) throws(FulcrumError) -> CrossValidationResult? {
    let labels: [Int?] = dataset.labelCodes.map { $0 == Column.missingCode ? nil : Int($0) }
    let split = try StratifiedFolds(
      labels: labels, classNames: dataset.classNames, folds: folds, seed: seed)
    let selection = try FeatureSelection(dataset: dataset, excluding: excludedColumns)
    guard !selection.columns.isEmpty else {
      throw FulcrumError(.dataError, "\(dataset.path): no feature columns left to train a model on")
    }
    let job = FoldJob(
      dataset: dataset, labels: labels, split: split, selection: selection,
      classifier: model.classifier, transform: transform, seed: seed)
    let outcomes = Mutex([Result<FoldOutcome, FulcrumError>?](repeating: nil, count: folds))
    let finished = Atomic<Int>(0)
    let cancelled: @Sendable () -> Bool = { isCancelled?() ?? false }
    let work: @Sendable (Int) -> Void = { fold in
      guard !cancelled() else { return }
      let outcome: Result<FoldOutcome, FulcrumError>
      do throws(FulcrumError) {
        guard let value = try job.run(fold: fold, isCancelled: cancelled) else { return }
        outcome = .success(value)
      } catch {
        outcome = .failure(error)
      }
      outcomes.withLock { $0[fold] = outcome }
      let done = finished.add(1, ordering: .relaxed).newValue
      progress?(CrossValidationProgress(completedFolds: done, totalFolds: self.folds))
    }
    if parallel {
      DispatchQueue.concurrentPerform(iterations: folds, execute: work)
    } else {
      for fold in 0..<folds { work(fold) }
    }
    let results = outcomes.withLock { $0 }
    if cancelled() || results.contains(where: { $0 == nil }) { return nil }
    var perFold: [FoldOutcome] = []
    for result in results {
      switch result! {
      case .success(let outcome): perFold.append(outcome)
      case .failure(let error): throw error
      }
    }
    return CrossValidationResult(
      dataset: dataset, labels: labels, split: split, perFold: perFold, selection: selection,
      model: model, seed: seed)
  }
}

/// How far a cross-validation has got.
public struct CrossValidationProgress: Sendable, Equatable {
  public var completedFolds: Int
  public var totalFolds: Int

  public var fraction: Double { Double(completedFolds) / Double(totalFolds) }
}
