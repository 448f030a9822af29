import FulcrumCore

extension DashboardApp {
  /// What the Model screen's choices ask for on the current dataset, once it is loaded.
  public var evaluationKey: EvaluationKey? {
    guard let current = state.current, state.currentDataset != nil else { return nil }
    let evaluation = state.evaluation
    return EvaluationKey(
      entry: current, model: evaluation.model, folds: evaluation.folds, seed: evaluation.seed)
  }

  /// The finished evaluation matching the current choices, if any.
  public var currentEvaluation: CrossValidationResult? {
    state.evaluation.result(for: evaluationKey)
  }

  /// Whether an evaluation runs for the Model or Fairness screen being shown.
  var isEvaluatingOnScreen: Bool {
    state.evaluation.running != nil && (state.screen == .model || state.screen == .fairness)
  }

  /// Starts evaluating the current choices, cancelling any evaluation still running so
  /// only one job ever writes to the screens.
  public func startEvaluation() {
    guard let key = evaluationKey, let loaded = state.currentDataset else { return }
    state.evaluation.running?.cancel.cancel()
    state.evaluation.lastID += 1
    let running = RunningEvaluation(
      id: state.evaluation.lastID, key: key, started: clock(), cancel: CancelFlag())
    state.evaluation.running = running
    state.evaluation.cancelled = nil
    if state.evaluation.failure?.key == key { state.evaluation.failure = nil }
    jobs.startEvaluation(
      id: running.id, dataset: loaded.dataset,
      validation: CrossValidation(model: key.model, folds: key.folds, seed: key.seed),
      cancel: running.cancel)
  }

  /// Stops the running evaluation; its late events are ignored.
  public func cancelEvaluation() {
    guard let running = state.evaluation.running else { return }
    running.cancel.cancel()
    state.evaluation.running = nil
    state.evaluation.cancelled = running.key
    state.message = ("evaluation cancelled", .warning)
  }

  /// Starts an evaluation when the Model or Fairness screen shows a dataset that has none
  /// for the current choices (unless the user cancelled that one or it failed).
  func ensureEvaluation() {
    guard state.screen == .model || state.screen == .fairness, let key = evaluationKey
    else { return }
    let evaluation = state.evaluation
    if evaluation.result(for: key) != nil || evaluation.running?.key == key
      || evaluation.cancelled == key || evaluation.failure?.key == key
    {
      return
    }
    startEvaluation()
  }

  /// Applies an evaluation event; events of a replaced or cancelled job are dropped.
  func applyEvaluation(_ event: JobEvent) {
    guard var running = state.evaluation.running else { return }
    switch event {
    case .evaluationProgress(let id, let completed) where id == running.id:
      running.completedFolds = max(running.completedFolds, completed)
      state.evaluation.running = running
    case .evaluated(let id, let result) where id == running.id:
      state.evaluation.running = nil
      state.evaluation.finished = (running.key, result)
      let count = result.evaluation.confusionMatrix.labels.count
      state.evaluation.classes.move(by: 0, count: count)
    case .evaluationFailed(let id, let message) where id == running.id:
      state.evaluation.running = nil
      state.evaluation.failure = (running.key, message)
      state.message = (message, .bad)
    case .evaluationCancelled(let id) where id == running.id:
      state.evaluation.running = nil
    default:
      break
    }
  }

  /// Status-bar text for the running evaluation: fold, rate and time left.
  func evaluationActivity(now: Double, charset: Charset) -> String? {
    guard let running = state.evaluation.running else { return nil }
    let frames = charset.spinner
    let elapsed = max(0, now - running.started)
    let total = running.key.folds
    let done = running.completedFolds
    let dot = charset == .unicode ? "·" : "-"
    var text =
      "\(frames[Int(elapsed * 10) % frames.count]) fold \(min(done + 1, total)) of \(total)"
    if done > 0, elapsed > 0 {
      let rate = Double(done) / elapsed
      let left = Double(total - done) / rate
      // Slow folds read better as seconds per fold than as a fraction of a fold per second.
      let pace =
        rate >= 1
        ? "\(Formatting.fixed(rate, digits: 1)) folds/s" : "\(Formatting.seconds(1 / rate))/fold"
      text += " \(dot) \(pace) \(dot) \(Formatting.seconds(left)) left"
    } else {
      text += " \(dot) " + Formatting.seconds(elapsed)
    }
    return text + " \(dot) Esc cancels"
  }
}
