import FulcrumCore

extension DashboardApp {
  /// A key typed into a Lab parameter: edits go straight into the values so the form
  /// checks them as they change; Enter keeps the value, Esc puts the old one back.
  func editParameter(_ key: Key, strategy: String, name: String, original: String?) {
    let current = state.choices.values[strategy]?[name] ?? ""
    switch key {
    case .enter:
      state.mode = .normal
      let trimmed = current.trimmingCharacters(in: .whitespaces)
      let parameter = StrategyCatalog.declaration(named: strategy)?.parameter(named: name)
      if trimmed.isEmpty || trimmed == parameter?.defaultValue {
        // An empty value means the default, as leaving it out of a spec does.
        state.choices.values[strategy]?[name] = nil
      }
      if case .failure(let error) = state.choices.spec(for: strategy) {
        state.message = (error.message, .bad)
      }
    case .escape:
      state.mode = .normal
      state.choices.values[strategy]?[name] = original
    default:
      var prompt = PromptLine(label: "", text: current)
      if prompt.edit(key) { state.choices.values[strategy, default: [:]][name] = prompt.text }
    }
  }

  /// Why a Lab or Compare action cannot run now (nil elsewhere, and when it can).
  func labReason(_ action: Action) -> String? {
    guard state.screen == .lab || state.screen == .compare else { return nil }
    if state.currentDataset == nil, action != .cancelJob { return "load a dataset first" }
    switch action {
    case .undo: return state.lab.position == 0 ? "nothing to undo" : nil
    case .redo: return state.lab.position == state.lab.history.count ? "nothing to redo" : nil
    case .cycleSort, .zoomPanel:
      return state.compare.outcome == nil ? "run a comparison with r first" : nil
    case .evaluate:
      return state.screen == .compare && state.compare.ticked.isEmpty
        ? "tick at least one strategy with Space first" : nil
    case .cancelJob: return state.comparison == nil ? "no run is going" : nil
    default: return nil
    }
  }

  /// The Lab's exported report: the dataset, the baseline and the strategy shown.
  func labReport() -> Report? {
    guard let loaded = state.currentDataset, let current = state.lab.current else { return nil }
    var report = Report(describing: loaded.dataset)
    report.results = current.outcome.all.map(\.resultEntry)
    return report
  }

  /// The Compare screen's exported report: the dataset, the baseline and every strategy
  /// compared, over the same folds.
  func comparisonReport() -> Report? {
    guard let loaded = state.currentDataset, let outcome = state.compare.outcome,
      state.compare.request?.entry == state.current
    else { return nil }
    var report = Report(describing: loaded.dataset)
    report.results = outcome.all.map(\.resultEntry)
    report.notes += outcome.all.flatMap { run in run.notes.map { "\(run.spec): \($0)" } }
    return report
  }
}
