import Dispatch
import Synchronization

/// Cross-validates a reference model with no strategy (`baseline`) and with each given
/// strategy, all over the same stratified folds, so that differences come from the
/// strategies alone.
///
/// Inside each fold the encoding is fitted on the training rows, the strategy changes
/// those rows (see `StrategyEncoding` for the order of the steps), the model is fitted
/// on what the strategy returned — its rows, weights and features — and the untouched
/// test rows are predicted, after the strategy's feature transform when it has one.
/// Every fold of every strategy is a separate job; the jobs run in parallel and the
/// result is the same as a serial run.
public struct StrategyComparison: Sendable {
  /// The strategies after the baseline, in the order given.
  public var specs: [StrategySpec]
  public var model: ReferenceModel
  public var folds: Int
  public var seed: UInt64
  /// Groups for `reweigh` and for the fairness of every result; nil for neither.
  public var sensitive: SensitiveGroups?
  /// The positive class and reference group of the fairness figures (nil for defaults).
  public var positive: String?
  public var reference: String?
  /// Columns kept out of the features besides the label.
  public var excludedColumns: [String]
  public var parallel: Bool

  public init(
    specs: [StrategySpec], model: ReferenceModel = .logistic, folds: Int = 5, seed: UInt64 = 0,
    sensitive: SensitiveGroups? = nil, positive: String? = nil, reference: String? = nil,
    excludedColumns: [String] = [], parallel: Bool = true
  ) {
    self.specs = specs
    self.model = model
    self.folds = folds
    self.seed = seed
    self.sensitive = sensitive
    self.positive = positive
    self.reference = reference
    self.excludedColumns = excludedColumns
    self.parallel = parallel
  }

  /// A comparison of strategies written as specs (`smote:k=3`, …).
  ///
  /// - Throws: `.usage` for an unknown strategy or parameter, listing the valid ones.
  public init(
    specs texts: [String], model: ReferenceModel = .logistic, folds: Int = 5, seed: UInt64 = 0,
    sensitive: SensitiveGroups? = nil, positive: String? = nil, reference: String? = nil,
    excludedColumns: [String] = [], parallel: Bool = true
  ) throws(FulcrumError) {
    var specs: [StrategySpec] = []
    for text in texts { specs.append(try StrategySpec.parse(text)) }
    self.init(
      specs: specs, model: model, folds: folds, seed: seed, sensitive: sensitive,
      positive: positive, reference: reference, excludedColumns: excludedColumns,
      parallel: parallel)
  }

  /// Runs the baseline and every strategy.
  ///
  /// - Parameters:
  ///   - progress: called from worker threads each time a fold of a strategy finishes.
  ///   - isCancelled: polled between the steps of every fold; once it returns true the
  ///     remaining work is skipped and `run` returns nil.
  /// - Throws: `.usage` for a strategy the data cannot take (`reweigh` without sensitive
  ///   groups, a ratio on multiclass data, …), `.dataError` for an impossible split, no
  ///   usable feature or a strategy that fails on a fold (the first strategy's, then the
  ///   lowest fold's error).
  public func run(
    _ dataset: Dataset,
    progress: (@Sendable (ComparisonProgress) -> Void)? = nil,
    isCancelled: (@Sendable () -> Bool)? = nil
  ) throws(FulcrumError) -> ComparisonResult? {
    precondition(sensitive == nil || sensitive!.rowGroups.count == dataset.rowCount)
    if sensitive == nil, let spec = specs.first(where: { $0.name == "reweigh" }) {
      throw FulcrumError(
        .usage,
        "\(spec.text) needs a sensitive column to balance: add --sensitive COLUMN "
          + "(for example --sensitive sex)")
    }
    var strategies: [(name: String, strategy: any Strategy)] = []
    for spec in specs {
      // Built before any work so that parameter errors come first; folds share them.
      strategies.append((spec.text, try spec.makeStrategy(firstPass: LogisticFirstPass.model)))
    }
    return try run(dataset, strategies: strategies, progress: progress, isCancelled: isCancelled)
  }

  /// Runs the baseline and the given strategies, named as in the result.
  func run(
    _ dataset: Dataset, strategies named: [(name: String, strategy: any Strategy)],
    progress: (@Sendable (ComparisonProgress) -> Void)? = nil,
    isCancelled: (@Sendable () -> Bool)? = nil
  ) throws(FulcrumError) -> ComparisonResult? {
    let strategies: [(name: String, strategy: (any Strategy)?)] =
      [("baseline", nil)] + named.map { ($0.name, $0.strategy) }
    let labels: [Int?] = dataset.labelCodes.map { $0 == Column.missingCode ? nil : Int($0) }
    let split = try StratifiedFolds(
      labels: labels, classNames: dataset.classNames, folds: folds, seed: seed)
    let selection = try FeatureSelection(dataset: dataset, excluding: excludedColumns)
    guard !selection.columns.isEmpty else {
      throw FulcrumError(.dataError, "\(dataset.path): no feature columns left to train a model on")
    }
    let folds = self.folds
    let records = (0..<strategies.count).map { _ in FoldRecords(folds: folds) }
    let jobs: [FoldJob] = strategies.indices.map { index in
      FoldJob(
        dataset: dataset, labels: labels, split: split, selection: selection,
        classifier: model.classifier,
        transform: strategies[index].strategy.map { strategy in
          Self.transform(
            strategy, dataset: dataset, groups: sensitive?.rowGroups, records: records[index])
        }, seed: seed)
    }
    let total = strategies.count * folds
    let outcomes = Mutex([Result<FoldOutcome, FulcrumError>?](repeating: nil, count: total))
    // Folds finished per strategy, and in all.
    let finished = Mutex(([Int](repeating: 0, count: strategies.count), 0))
    let cancelled: @Sendable () -> Bool = { isCancelled?() ?? false }
    let count = strategies.count
    let work: @Sendable (Int) -> Void = { job in
      guard !cancelled() else { return }
      let (index, fold) = job.quotientAndRemainder(dividingBy: folds)
      let outcome: Result<FoldOutcome, FulcrumError>
      do throws(FulcrumError) {
        guard let value = try jobs[index].run(fold: fold, isCancelled: cancelled) else { return }
        outcome = .success(value)
      } catch {
        outcome = .failure(error)
      }
      outcomes.withLock { $0[job] = outcome }
      let (doneHere, done) = finished.withLock { counts in
        counts.0[index] += 1
        counts.1 += 1
        return (counts.0[index], counts.1)
      }
      progress?(
        ComparisonProgress(
          strategy: index, strategyCount: count, fold: fold, folds: folds,
          foldsDoneForStrategy: doneHere, completed: done, total: total))
    }
    if parallel {
      DispatchQueue.concurrentPerform(iterations: total, execute: work)
    } else {
      for job in 0..<total { work(job) }
    }
    let results = outcomes.withLock { $0 }
    if cancelled() || results.contains(where: { $0 == nil }) { return nil }
    var entries: [ComparisonResult.Entry] = []
    for (index, (name, strategy)) in strategies.enumerated() {
      var perFold: [FoldOutcome] = []
      for fold in 0..<folds {
        switch results[index * folds + fold]! {
        case .success(let outcome): perFold.append(outcome)
        case .failure(let error):
          // Strategies name themselves in their errors; the spec adds its parameters.
          let base = String(name.prefix { $0 != ":" })
          let message =
            error.message.hasPrefix(base) ? error.message : "\(name): \(error.message)"
          throw FulcrumError(error.kind, message)
        }
      }
      let validation = CrossValidationResult(
        dataset: dataset, labels: labels, split: split, perFold: perFold, selection: selection,
        model: model, seed: seed)
      entries.append(
        try entry(
          name: name, isBaseline: strategy == nil, validation: validation, records: records[index],
          dataset: dataset))
    }
    return ComparisonResult(entries: entries)
  }

  /// One result from its cross-validation and what its folds recorded.
  private func entry(
    name: String, isBaseline: Bool, validation: CrossValidationResult, records: FoldRecords,
    dataset: Dataset
  ) throws(FulcrumError) -> ComparisonResult.Entry {
    let names = dataset.classNames
    let foldCount = Double(folds)
    let counts: [[Double]]
    let notes: [String]
    if isBaseline {
      counts = validation.trainingClassWeights
      notes = []
    } else {
      let recorded = records.values
      counts = recorded.map { $0!.classCounts.map(Double.init) }
      notes = FoldNotes.merge(recorded.map { $0!.notes })
    }
    let distribution = names.indices.map { c in
      ClassWeight(name: names[c], weight: counts.reduce(0) { $0 + $1[c] } / foldCount)
    }
    var fairness: FairnessResult? = nil
    if let sensitive {
      let rows = validation.predictions.indices.filter { validation.predictions[$0] != nil }
      let codes = dataset.labelCodes
      fairness = try FairnessAnalysis.evaluate(
        truth: rows.map { Int(codes[$0]) }, predicted: rows.map { validation.predictions[$0]! },
        classNames: names, groups: sensitive.selecting(rows: rows), positive: positive,
        reference: reference)
    }
    return ComparisonResult.Entry(
      strategy: name, trainDistribution: distribution, notes: notes,
      evaluation: validation.evaluation, fairness: fairness,
      minorityRecall: minorityRecall(validation, dataset: dataset),
      predictions: validation.predictions)
  }

  /// Recall of the smallest class (the first of equals) in each fold's test rows.
  func minorityRecall(_ validation: CrossValidationResult, dataset: Dataset) -> MetricSpread {
    let counts = ClassDistribution(dataset).classes.map(\.count)
    let minority = counts.indices.min { counts[$0] < counts[$1] } ?? 0
    var found = [Int](repeating: 0, count: folds)
    var total = [Int](repeating: 0, count: folds)
    let codes = dataset.labelCodes
    for (row, fold) in validation.foldOfRow.enumerated() {
      guard let fold, Int(codes[row]) == minority else { continue }
      total[fold] += 1
      if validation.predictions[row] == minority { found[fold] += 1 }
    }
    let values: [Double?] = (0..<folds).map { fold in
      total[fold] > 0 ? Double(found[fold]) / Double(total[fold]) : nil
    }
    return MetricSpread(name: "recall(\(dataset.classNames[minority]))", values: values)
  }

  /// The training transform that runs `strategy` on a fold's encoded training rows.
  static func transform(
    _ strategy: any Strategy, dataset: Dataset, groups: [Int]?, records: FoldRecords
  ) -> TrainingTransform {
    { training, context throws(FulcrumError) in
      guard let encoder = context.encoder else {
        preconditionFailure("a strategy needs the fold's encoding")
      }
      let encoding = StrategyEncoding(encoder: encoder, dataset: dataset)
      let table = encoding.table(
        training, classNames: context.classNames,
        groups: groups.map { all in context.trainingRows.map { all[$0] } })
      var generator = SeededGenerator(seed: context.seed)
      let outcome = try strategy.apply(to: table, using: &generator)
      let output = outcome.trainingSet
      records.record(
        fold: context.fold,
        FoldRecord(classCounts: output.classCounts, notes: outcome.notes))
      let fitted = Self.foldingCopies(output, origins: outcome.origins)
      let transformed = TrainingSet(
        features: encoding.features(fitted), labels: fitted.labels, weights: fitted.weights,
        classCount: context.classNames.count)
      let featureTransform = outcome.featureTransform
      guard featureTransform != .identity else { return TransformedTraining(transformed) }
      let names = output.featureNames
      return TransformedTraining(transformed) { test in
        encoding.transformTest(test, by: featureTransform, featureNames: names)
      }
    }
  }
}

extension StrategyComparison {
  /// The rows to fit: each exact copy of a kept row (a bootstrap draw) becomes extra weight
  /// on that row. A weighted log-loss counts a row of weight 2 exactly as two rows, so the
  /// model is the same, and the fit goes over fewer rows.
  static func foldingCopies(_ table: TrainingTable, origins: [RowOrigin]) -> TrainingTable {
    var position: [Int: Int] = [:]
    for (row, origin) in origins.enumerated() {
      if case .original(let index) = origin { position[index] = row }
    }
    var weights = table.weights ?? [Double](repeating: 1, count: table.rowCount)
    var kept: [Int] = []
    kept.reserveCapacity(table.rowCount)
    for (row, origin) in origins.enumerated() {
      if case .copy(let index) = origin, let target = position[index],
        table.labels[target] == table.labels[row],
        table.featureRow(target) == table.featureRow(row),
        table.categoryRow(target) == table.categoryRow(row)
      {
        weights[target] += weights[row]
      } else {
        kept.append(row)
      }
    }
    guard kept.count < table.rowCount else { return table }
    var folded = table
    folded.weights = weights
    return folded.selecting(rows: kept)
  }
}

/// What a strategy did in one fold, kept for the result.
struct FoldRecord: Sendable {
  var classCounts: [Int]
  var notes: [String]
}

/// The records of a strategy's folds, written from worker threads.
final class FoldRecords: Sendable {
  private let storage: Mutex<[FoldRecord?]>

  init(folds: Int) {
    storage = Mutex([FoldRecord?](repeating: nil, count: folds))
  }

  func record(fold: Int, _ record: FoldRecord) {
    storage.withLock { $0[fold] = record }
  }

  var values: [FoldRecord?] { storage.withLock { $0 } }
}

/// How far a comparison has got: the fold that just finished and the totals.
public struct ComparisonProgress: Sendable, Equatable {
  /// The strategy whose fold finished: 0 is the baseline, then the specs in order.
  public var strategy: Int
  public var strategyCount: Int
  /// The zero-based fold that finished.
  public var fold: Int
  public var folds: Int
  /// Folds of this strategy finished so far.
  public var foldsDoneForStrategy: Int
  /// Folds of all strategies finished, out of `total`.
  public var completed: Int
  public var total: Int

  public var fraction: Double { Double(completed) / Double(total) }
}
