import FulcrumCore

/// How well a reference model predicts the label under cross-validation: the pooled
/// confusion matrix as a heatmap, summary metrics with their spread over the folds and a
/// per-class table, with the model, folds and seed to choose.
enum ModelScreen {
  /// Summary metrics shown, with their short names.
  static let summaryMetrics: [(title: String, name: String)] = [
    ("accuracy", "accuracy"), ("balanced acc.", "balancedAccuracy"), ("macro F1", "macroF1"),
    ("G-mean", "gMean"), ("MCC", "mcc"), ("Cohen's kappa", "cohenKappa"),
  ]
  /// Width of the summary table: name, pooled value and mean ± sd.
  static let summaryWidth = 35

  static func draw(_ app: DashboardApp, on surface: Surface, clock: Double) {
    let state = app.state
    guard let open = OpenDataset.require(state, on: surface, clock: clock) else { return }
    let entry = open.entry
    drawChoices(state.evaluation, name: entry.name, on: surface)
    guard let shown = shownEvaluation(app) else {
      drawWithoutResult(app, on: surface, clock: clock)
      return
    }
    drawNotes(app, shown: shown.key, evaluation: shown.result.evaluation, on: surface)
    drawResult(
      shown.result.evaluation, state: state,
      on: surface.region(Rect(row: 2, col: 0, height: surface.height - 2, width: surface.width)))
  }

  /// The finished evaluation of the current dataset, even when the choices have changed
  /// since, so the screen does not go blank while the next one runs.
  static func shownEvaluation(
    _ app: DashboardApp
  ) -> (key: EvaluationKey, result: CrossValidationResult)? {
    guard let finished = app.state.evaluation.finished, finished.key.entry == app.state.current
    else { return nil }
    return finished
  }

  /// `german.csv  model logistic  folds 5  seed 0`, values highlighted.
  static func drawChoices(_ evaluation: EvaluationState, name: String, on surface: Surface) {
    var x = 1 + surface.put(name, row: 0, col: 1, role: .title)
    for (title, value) in [
      ("model", evaluation.model.description), ("folds", String(evaluation.folds)),
      ("seed", String(evaluation.seed)),
    ] {
      x += surface.put("  \(title) ", row: 0, col: x, role: .muted)
      x += surface.put(value, row: 0, col: x, role: .accent)
    }
  }

  static func drawWithoutResult(_ app: DashboardApp, on surface: Surface, clock: Double) {
    let evaluation = app.state.evaluation
    if let running = evaluation.running {
      let frames = surface.charset.spinner
      let frame = frames[Int(max(0, clock - running.started) * 10) % frames.count]
      surface.put(
        "\(frame) Cross-validating \(running.key.model) over \(running.key.folds) folds",
        row: 2, col: 2, role: .accent)
      surface.put(
        "Esc cancels; m, f and s change the choices and start again.", row: 4, col: 2,
        role: .muted)
    } else if let failure = evaluation.failure, failure.key == app.evaluationKey {
      surface.put("Could not evaluate the model", row: 2, col: 2, role: .bad)
      surface.put(failure.message, row: 4, col: 2, maxWidth: surface.width - 4)
    } else {
      surface.put("No evaluation yet.", row: 2, col: 2, role: .title)
      surface.put("Press r to cross-validate the model.", row: 4, col: 2, role: .muted)
    }
  }

  /// One line under the choices: what is shown if the choices changed, else warnings.
  static func drawNotes(
    _ app: DashboardApp, shown: EvaluationKey, evaluation: ModelEvaluation, on surface: Surface
  ) {
    if shown != app.evaluationKey {
      let doing = app.state.evaluation.running == nil ? "r evaluates the new choices" : "updating"
      surface.put(
        "showing \(shown.model), \(shown.folds) folds, seed \(shown.seed); \(doing)", row: 1,
        col: 1, role: .warning, maxWidth: surface.width - 2)
      return
    }
    var notes = evaluation.warnings
    if !evaluation.leftOutColumns.isEmpty {
      notes.append("left out: " + evaluation.leftOutColumns.joined(separator: ", "))
    }
    surface.put(
      notes.joined(separator: "; "), row: 1, col: 1, role: .warning,
      maxWidth: surface.width - 2)
  }

  /// Heatmap and summary side by side when they fit, else one above the other; the
  /// per-class table takes the rows left.
  static func drawResult(_ evaluation: ModelEvaluation, state: DashboardState, on surface: Surface)
  {
    let charset = surface.charset
    let matrix = evaluation.confusionMatrix
    let classCount = matrix.labels.count
    state.evaluation.classes.move(by: 0, count: classCount)
    var heatmap = ConfusionHeatmap(
      labels: matrix.labels, counts: matrix.counts, normalised: state.evaluation.normalised,
      selected: state.evaluation.classes.selected)
    let heatWidth = min(heatmap.naturalWidth(charset: charset), surface.width - 2)
    let sideBySide = heatWidth + 3 + summaryWidth <= surface.width - 1
    let summaryRows = summaryMetrics.count + 1
    let tableMinimum = min(classCount, 3) + 1
    let reserved = sideBySide ? tableMinimum + 1 : tableMinimum + summaryRows + 2
    let heatRows = max(2, min(classCount + 1, surface.height - 1 - reserved))
    heatmap.first = max(0, state.evaluation.classes.selected - (heatRows - 1) / 2)

    let title = state.evaluation.normalised ? "Confusion matrix, row %" : "Confusion matrix"
    var x = 1 + surface.put(title, row: 0, col: 1, role: .title)
    let shown = heatmap.visibleClasses(width: heatWidth, height: heatRows, charset: charset)
    var caption = "  rows truth, columns predicted"
    if shown < classCount {
      let start = max(0, min(heatmap.first, classCount - shown))
      caption += ", classes \(start + 1)-\(start + shown) of \(classCount)"
    }
    x += surface.put(caption, row: 0, col: x, role: .muted)
    heatmap.draw(on: surface.region(Rect(row: 1, col: 1, height: heatRows, width: heatWidth)))

    var below = 1 + heatRows + 1
    if sideBySide {
      drawSummary(
        evaluation,
        on: surface.region(
          Rect(row: 1, col: heatWidth + 4, height: summaryRows, width: summaryWidth)))
      below = max(below, 1 + summaryRows + 1)
    } else {
      drawSummary(
        evaluation,
        on: surface.region(Rect(row: below, col: 1, height: summaryRows, width: summaryWidth)))
      below += summaryRows + 1
    }
    drawPerClass(
      evaluation, state: state,
      on: surface.region(
        Rect(row: below, col: 1, height: surface.height - below, width: surface.width - 2)))
  }

  /// Pooled value and mean ± standard deviation over the folds of each summary metric.
  static func drawSummary(_ evaluation: ModelEvaluation, on surface: Surface) {
    let charset = surface.charset
    let metrics = evaluation.metrics
    let fields = Dictionary(uniqueKeysWithValues: Metrics.fields.map { ($0.name, $0.value) })
    let table = TableView(
      columns: [
        .init(title: "Metric", width: 13, align: .left),
        .init(title: "pooled", width: 6, align: .right),
        .init(
          title: charset == .unicode ? "fold mean ± sd" : "mean +- sd", width: 14,
          align: .left),
      ], rowCount: summaryMetrics.count
    ) { row, column in
      let metric = summaryMetrics[row]
      switch column {
      case 0:
        return metric.name == "cohenKappa" ? "Cohen's " + Glyphs.kappa(charset) : metric.title
      case 1: return value(fields[metric.name].flatMap { metrics[keyPath: $0] }, charset)
      default:
        guard let spread = evaluation.foldSpread?[metric.name], let mean = spread.mean,
          let deviation = spread.standardDeviation
        else { return value(nil, charset) }
        return Formatting.fixed(mean, digits: 3) + " \(Glyphs.plusMinus(charset)) "
          + Formatting.fixed(deviation, digits: 3)
      }
    }
    table.draw(on: surface)
  }

  static func drawPerClass(
    _ evaluation: ModelEvaluation, state: DashboardState, on surface: Surface
  ) {
    let classes = evaluation.perClass
    let charset = surface.charset
    let visible = TableView.visibleRows(height: surface.height)
    state.pageSize = max(1, visible)
    state.evaluation.classes.reveal(visible: visible, count: classes.count)
    let labelWidth = min(
      max(5, classes.map { DisplayText.width($0.label, charset: surface.charset) }.max() ?? 5),
      16)
    var table = TableView(
      columns: [
        .init(title: "Class", width: labelWidth, align: .left),
        .init(title: "Precision", width: 9, align: .right),
        .init(title: "Recall", width: 6, align: .right),
        .init(title: "F1", width: 5, align: .right),
        .init(title: "Specificity", width: 11, align: .right),
        .init(title: "Support", width: 7, align: .right),
      ], rowCount: classes.count
    ) { row, column in
      let metrics = classes[row]
      switch column {
      case 0: return metrics.label
      case 1: return value(metrics.precision, charset)
      case 2: return value(metrics.recall, charset)
      case 3: return value(metrics.f1, charset)
      case 4: return value(metrics.specificity, charset)
      default: return String(metrics.support)
      }
    }
    table.cellRole = { row, column in
      let values = [
        nil, classes[row].precision, classes[row].recall, classes[row].f1,
        classes[row].specificity,
      ]
      if (1...4).contains(column), values[column] == nil { return .muted }
      return .text
    }
    table.topRow = state.evaluation.classes.top
    table.selectedRow = state.evaluation.classes.selected
    table.draw(on: surface)
  }

  /// A metric with three decimals, or `—` when undefined (0/0).
  static func value(_ metric: Double?, _ charset: Charset) -> String {
    metric.map { Formatting.fixed($0, digits: 3) } ?? Glyphs.undefined(charset)
  }

  static func perform(_ action: Action, app: DashboardApp) -> Bool {
    let state = app.state
    let count =
      app.currentEvaluation?.evaluation.perClass.count
      ?? shownEvaluation(app)?.result.evaluation.perClass.count ?? 0
    switch action {
    case .nextModel:
      let models = EvaluationState.models
      let index = models.firstIndex(of: state.evaluation.model) ?? -1
      state.evaluation.model = models[(index + 1) % models.count]
    case .nextFolds:
      let choices = EvaluationState.foldChoices
      let index = choices.firstIndex(of: state.evaluation.folds) ?? -1
      state.evaluation.folds = choices[(index + 1) % choices.count]
    case .nextSeed: state.evaluation.seed &+= 1
    case .previousSeed:
      state.evaluation.seed = state.evaluation.seed == 0 ? 0 : state.evaluation.seed - 1
    case .toggleNormalised: state.evaluation.normalised.toggle()
    case .evaluate: app.startEvaluation()
    case .cancelJob: app.cancelEvaluation()
    case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
      state.evaluation.classes.move(for: action, pageSize: state.pageSize, count: count)
    default: return false
    }
    return true
  }
}
