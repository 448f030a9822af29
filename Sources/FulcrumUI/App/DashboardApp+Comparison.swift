import FulcrumCore

extension DashboardApp {
  /// Starts a Lab or Compare run of `specs` against the baseline on the current dataset,
  /// with the Model screen's model, folds and seed. A run already going is cancelled and
  /// replaced, so only one job ever writes to these screens.
  public func startComparison(specs: [String], for screen: ScreenID) {
    guard let current = state.current, let loaded = state.currentDataset else {
      state.message = ("load a dataset first (1, then Enter)", .warning)
      return
    }
    let evaluation = state.evaluation
    let request = ComparisonRequest(
      entry: current, specs: specs, model: evaluation.model, folds: evaluation.folds,
      seed: evaluation.seed, sensitive: state.fairness.ticked,
      positive: state.fairness.positive, reference: state.fairness.reference, screen: screen)
    if let running = state.comparison {
      running.cancel.cancel()
      state.message = ("replaced the running \(running.request.screen.title) run", .status)
    }
    state.lastComparisonID += 1
    let running = RunningComparison(
      id: state.lastComparisonID, request: request, started: clock(), cancel: CancelFlag())
    state.comparison = running
    if state.comparisonFailure?.screen == screen { state.comparisonFailure = nil }
    jobs.startComparison(
      id: running.id, dataset: loaded.dataset, request: request, runner: comparisonRunner,
      cancel: running.cancel)
  }

  /// Stops the running Lab or Compare run; its late events are ignored.
  public func cancelComparison() {
    guard let running = state.comparison else { return }
    running.cancel.cancel()
    state.comparison = nil
    state.message = ("\(running.request.screen.title) run cancelled", .warning)
  }

  /// Whether a run for the Lab or Compare screen being shown is going.
  var isComparingOnScreen: Bool {
    state.comparison != nil && (state.screen == .lab || state.screen == .compare)
  }

  /// Applies a Lab or Compare event; events of a replaced or cancelled run are dropped.
  func applyComparison(_ event: JobEvent) {
    guard var running = state.comparison else { return }
    switch event {
    case .comparisonProgress(let id, let progress) where id == running.id:
      running.progress = progress
      state.comparison = running
    case .compared(let id, let outcome) where id == running.id:
      state.comparison = nil
      finish(running.request, outcome)
    case .comparisonFailed(let id, let message) where id == running.id:
      state.comparison = nil
      state.comparisonFailure = (running.request.screen, message)
      state.message = (message, .bad)
    case .comparisonCancelled(let id) where id == running.id:
      state.comparison = nil
    default:
      break
    }
  }

  private func finish(_ request: ComparisonRequest, _ outcome: ComparisonOutcome) {
    switch request.screen {
    case .lab:
      state.lab.push(LabEntry(spec: request.specs.first ?? "baseline", outcome: outcome))
    default:
      state.compare.outcome = outcome
      state.compare.request = request
      state.compare.panel = min(state.compare.panel, outcome.runs.count)
      // The results are what the user waited for: on a narrow terminal they replace the
      // list, which is one ← away.
      state.compare.focus = .panels
    }
  }

  /// Status-bar text for the running Lab or Compare run: step, rate and time left.
  func comparisonActivity(now: Double, charset: Charset) -> String? {
    guard let running = state.comparison else { return nil }
    let frames = charset.spinner
    let elapsed = max(0, now - running.started)
    let dot = charset == .unicode ? "·" : "-"
    var text = "\(frames[Int(elapsed * 10) % frames.count]) "
    if let progress = running.progress, progress.total > 0 {
      text += "\(progress.step) \(dot) \(progress.completed) of \(progress.total)"
      if progress.completed > 0, elapsed > 0 {
        let rate = Double(progress.completed) / elapsed
        let left = Double(progress.total - progress.completed) / rate
        let pace =
          rate >= 1
          ? "\(Formatting.fixed(rate, digits: 1)) steps/s"
          : "\(Formatting.seconds(1 / rate))/step"
        text += " \(dot) \(pace) \(dot) \(Formatting.seconds(left)) left"
      }
    } else {
      text += "starting \(running.request.screen.title) run \(dot) " + Formatting.seconds(elapsed)
    }
    return text + " \(dot) Esc cancels"
  }
}
