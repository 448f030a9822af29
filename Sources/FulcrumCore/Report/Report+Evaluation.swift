extension Report {
  /// Describes `dataset` and adds the evaluation `request` asks for as `results[0]`
  /// (`baseline`): a cross-validated reference model, or an audit of given predictions,
  /// with a fairness block when sensitive columns are named.
  ///
  /// - Parameter progress: called from worker threads as cross-validation folds finish.
  /// - Throws: `.usage` for an option that does not fit the data (unknown column, class or
  ///   group, limits without sensitive columns), `.dataError` for data the evaluation
  ///   cannot use.
  public init(
    evaluating dataset: Dataset, request: EvaluationRequest,
    progress: (@Sendable (CrossValidationProgress) -> Void)? = nil
  ) throws(FulcrumError) {
    self.init(describing: dataset)
    guard request.evaluates else {
      if !request.sensitive.isEmpty || !request.limits.isEmpty || request.weightColumn != nil {
        let what = request.sensitive.isEmpty && request.limits.isEmpty ? "--weight" : "fairness"
        throw FulcrumError(
          .usage, "\(what) needs predictions: use --predicted COL or a --model other than none")
      }
      return
    }
    if !request.limits.isEmpty, request.sensitive.isEmpty {
      throw FulcrumError(
        .usage, "--fail-above and --fail-below check fairness; add --sensitive COL")
    }
    let weights = try request.weightColumn.map { name throws(FulcrumError) in
      try RowWeights.read(dataset, column: name)
    }
    let groups =
      request.sensitive.isEmpty
      ? nil : try SensitiveGroups(dataset: dataset, arguments: request.sensitive)
    let outcome: EvaluatedPredictions
    if let predicted = request.predicted {
      outcome = try EvaluatedPredictions(auditing: dataset, column: predicted)
    } else {
      var excluded = request.weightColumn.map { [$0] } ?? []
      if !request.sensitiveAsFeatures, let groups {
        excluded += groups.attributes.map(\.column)
      }
      do {
        outcome = try EvaluatedPredictions(
          crossValidating: dataset, request: request, excluding: excluded, weights: weights,
          progress: progress)
      } catch  where error.kind == .dataError {
        // The table itself is fine; say which file, and that it can be described alone.
        let place = error.message.hasPrefix(dataset.path) ? "" : dataset.path + ": "
        throw FulcrumError(
          .dataError,
          place + error.message + "; --model none reports the table without a model")
      }
    }
    var entry = ResultEntry(
      strategy: "baseline", evaluation: outcome.evaluation,
      trainDistribution: outcome.trainDistribution, weightColumn: request.weightColumn)
    if let groups {
      let fairness = try FairnessAnalysis.evaluate(
        truth: outcome.truth, predicted: outcome.predicted, classNames: outcome.classNames,
        groups: groups.selecting(rows: outcome.rows),
        weights: weights.map { all in outcome.rows.map { all[$0] } },
        positive: request.positive, reference: request.reference)
      entry.fairness = fairness
      entry.fairnessChecks = FairnessLimitCheck.check(request.limits, against: fairness)
    }
    results = [entry]
  }
}
