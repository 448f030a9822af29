import FulcrumCore

extension DashboardApp {
  /// The comparison engine behind the Lab and Compare screens: the baseline and each
  /// strategy over the same folds, with fairness when sensitive columns are ticked. The
  /// sensitive columns stay features, as in the Model screen and `fulcrum compare`, so the
  /// baseline here is the Model screen's evaluation.
  public static let strategyComparison: ComparisonRunner = {
    dataset, request, progress, isCancelled throws(FulcrumError) in
    let groups =
      request.sensitive.isEmpty
      ? nil
      : try SensitiveGroups(
        dataset: dataset, specs: request.sensitive.map { SensitiveSpec(column: $0) })
    let comparison = try StrategyComparison(
      specs: request.specs, model: request.model, folds: request.folds, seed: request.seed,
      sensitive: groups, positive: request.positive, reference: request.reference)
    let names = ["baseline"] + request.specs
    let result = try comparison.run(
      dataset,
      progress: { step in
        let name = names.indices.contains(step.strategy) ? names[step.strategy] : "strategy"
        progress(
          RunProgress(
            completed: step.completed, total: step.total,
            step: "\(name) fold \(step.fold + 1)/\(step.folds)"))
      },
      isCancelled: isCancelled)
    guard let result, let first = result.entries.first else { return nil }
    let before = first.trainDistribution.map(\.weight)
    let runs = result.entries.map { entry in
      StrategyRun(
        spec: entry.strategy, trainingBefore: before,
        trainingAfter: entry.trainDistribution.map(\.weight), evaluation: entry.evaluation,
        notes: entry.notes, fairness: entry.fairness.flatMap(fairnessLine),
        fairnessResult: entry.fairness, report: entry.resultEntry)
    }
    return ComparisonOutcome(baseline: runs[0], runs: Array(runs.dropFirst()))
  }

  /// `DP ratio 0.81 · EO diff 0.12`: the worst selection-rate ratio and the equal
  /// opportunity gap of the first outcome assessed.
  static func fairnessLine(_ result: FairnessResult) -> String? {
    guard let aggregates = result.outcomes.first?.aggregates else { return nil }
    var parts: [String] = []
    if let ratio = aggregates.demographicParityRatio {
      parts.append("DP ratio " + Formatting.fixed(ratio, digits: 2))
    }
    if let gap = aggregates.equalOpportunityDifference {
      parts.append("EO diff " + Formatting.fixed(gap, digits: 2))
    }
    return parts.isEmpty ? nil : "fairness " + parts.joined(separator: "  ")
  }
}
