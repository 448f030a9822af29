import FulcrumCore

/// One strategy at a time: pick it from the list, set its parameters (checked as they are
/// typed, with the command line's errors), run it against the baseline and see the
/// training classes before and after, the confusion matrix and the change in each metric.
/// Runs form a history that `u` and `^R` move through.
enum LabScreen {
  /// Width of the strategy list and history column.
  static let listWidth = 24
  /// Metrics in the Lab's table, with their titles.
  static let metrics: [(title: String, name: String)] = [
    ("balanced acc.", "balancedAccuracy"), ("macro F1", "macroF1"), ("G-mean", "gMean"),
    ("MCC", "mcc"), ("accuracy", "accuracy"),
  ]

  static func draw(_ app: DashboardApp, on surface: Surface, clock: Double) {
    let state = app.state
    guard let open = OpenDataset.require(state, on: surface, clock: clock) else { return }
    let entry = open.entry
    ModelScreen.drawChoices(state.evaluation, name: entry.name, on: surface)
    // On a narrow terminal the form takes the whole width once it has the cursor.
    let narrow = surface.width < 70 && state.lab.focus == .parameters
    let left = narrow ? 0 : min(listWidth, max(16, surface.width / 3))
    drawList(
      state, on: surface.region(Rect(row: 2, col: 0, height: surface.height - 2, width: left)))
    let right = surface.region(
      Rect(row: 2, col: left + 1, height: surface.height - 2, width: surface.width - left - 1))
    drawStrategy(app, on: right, clock: clock)
  }

  /// The strategies by family, then the history of runs.
  static func drawList(_ state: DashboardState, on surface: Surface) {
    let lab = state.lab
    let history = lab.history
    let historyRows = history.isEmpty ? 0 : min(history.count + 1, max(2, surface.height / 3))
    let listHeight = surface.height - (historyRows > 0 ? historyRows + 1 : 0)
    var list = ListView(lines: StrategyChoices.lines, scroll: lab.list)
    if lab.focus == .strategies { state.pageSize = max(1, listHeight) }
    // The list keeps its highlight when the form has the cursor, muted so the form reads
    // as the active pane.
    list.scroll.reveal(visible: listHeight, count: StrategyChoices.lines.count)
    list.draw(on: surface.region(Rect(row: 0, col: 0, height: listHeight, width: surface.width)))
    guard historyRows > 0 else { return }
    let top = listHeight + 1
    surface.put("History", row: top, col: 0, role: .title)
    let shown = historyRows - 1
    let start = max(0, min(lab.position - shown, history.count - shown))
    for (offset, item) in history.enumerated().dropFirst(start).prefix(shown) {
      let applied = offset < lab.position
      let marker = offset == lab.position - 1 ? (surface.charset == .unicode ? "▸" : ">") : " "
      surface.put(
        "\(marker)\(offset + 1) \(item.spec)", row: top + 1 + offset - start, col: 0,
        role: applied ? (offset == lab.position - 1 ? .accent : .text) : .muted,
        maxWidth: surface.width)
    }
  }

  /// The selected strategy's summary and form, then the result of the run shown.
  static func drawStrategy(_ app: DashboardApp, on surface: Surface, clock: Double) {
    let state = app.state
    let name = state.lab.strategy
    guard let declaration = StrategyCatalog.declaration(named: name) else { return }
    var x = surface.put(name, row: 0, col: 1, role: .title) + 1
    x += surface.put(
      "  " + declaration.summary, row: 0, col: x, role: .muted, maxWidth: surface.width - x)
    let form = parameterForm(state)
    let formHeight = min(form.naturalHeight, max(3, surface.height / 2))
    form.draw(on: surface.region(Rect(row: 1, col: 0, height: formHeight, width: surface.width)))
    let below = surface.region(
      Rect(
        row: formHeight + 1, col: 0, height: surface.height - formHeight - 1,
        width: surface.width))
    if let running = state.comparison, running.request.screen == .lab {
      let frames = surface.charset.spinner
      let frame = frames[Int(max(0, clock - running.started) * 10) % frames.count]
      below.put(
        "\(frame) Running \(running.request.specs.first ?? "") against the baseline",
        row: 0, col: 1, role: .accent, maxWidth: below.width - 2)
      below.put("Esc or x cancels.", row: 1, col: 1, role: .muted)
      if let current = state.lab.current {
        drawResult(
          current.outcome.runs.first ?? current.outcome.baseline,
          baseline: current.outcome.baseline,
          on: below.region(Rect(row: 3, col: 0, height: below.height - 3, width: below.width)))
      }
      return
    }
    if let failure = state.comparisonFailure, failure.screen == .lab {
      below.put("Could not run the strategy", row: 0, col: 1, role: .bad)
      below.put(failure.message, row: 1, col: 1, maxWidth: below.width - 2)
      return
    }
    guard let current = state.lab.current else {
      below.put("Nothing applied yet.", row: 0, col: 1, role: .title)
      below.put(
        "Pick a strategy, Enter edits its parameters, r runs it.", row: 1, col: 1,
        role: .muted, maxWidth: below.width - 2)
      return
    }
    below.put(
      "Applied: \(current.spec)  (\(state.lab.position) of \(state.lab.history.count))",
      row: 0, col: 1, role: .accent, maxWidth: below.width - 2)
    drawResult(
      current.outcome.runs.first ?? current.outcome.baseline, baseline: current.outcome.baseline,
      on: below.region(Rect(row: 1, col: 0, height: below.height - 1, width: below.width)))
  }

  /// The form of the selected strategy, from the values typed so far.
  static func parameterForm(_ state: DashboardState) -> ParameterForm {
    let name = state.lab.strategy
    let declaration = StrategyCatalog.declaration(named: name)
    let fields = (declaration?.parameters ?? []).map { parameter in
      let typed = state.choices.values[name]?[parameter.name]
      return ParameterForm.Field(
        name: parameter.name,
        value: typed ?? parameter.defaultValue ?? "",
        help: parameter.help,
        isDefault: typed == nil || typed == parameter.defaultValue)
    }
    var editing = false
    if case .parameter = state.mode { editing = true }
    let error: String?
    switch state.choices.spec(for: name) {
    case .success: error = nil
    case .failure(let failure): error = failure.message
    }
    return ParameterForm(
      fields: fields,
      selected: state.lab.focus == .parameters && !fields.isEmpty
        ? min(state.lab.field, fields.count - 1) : nil,
      editing: editing, spec: state.choices.specText(for: name), error: error)
  }

  /// A strategy's run next to the baseline: training classes before and after, the
  /// confusion matrix and each metric with its change. Also the Compare screen's zoom.
  ///
  /// The three blocks flow left to right and wrap to the next band when the width runs out.
  static func drawResult(_ run: StrategyRun, baseline: StrategyRun, on surface: Surface) {
    guard surface.height > 0, surface.width > 2 else { return }
    let charset = surface.charset
    let classes = run.classNames
    let shownClasses = min(classes.count, 8)
    let paired = PairedHistogram(
      labels: classes, first: run.trainingBefore, second: run.trainingAfter)
    let matrix = run.evaluation.confusionMatrix
    let heatmap = ConfusionHeatmap(labels: matrix.labels, counts: matrix.counts)
    let histogramWidth = min(46, max(24, (surface.width - 4) / 2), surface.width - 2)
    let heatWidth = min(heatmap.naturalWidth(charset: charset), surface.width - 2)
    let tableWidth = min(43, surface.width - 2)
    let blocks: [(title: String, width: Int, height: Int)] = [
      ("Training rows per fold", histogramWidth, shownClasses * 2),
      ("Confusion matrix", max(heatWidth, 16), shownClasses + 1),
      ("", tableWidth, metrics.count + 1),
    ]
    // When everything cannot fit, the metrics and their changes come first.
    var order = [0, 1, 2]
    if flow(blocks, order: order, width: surface.width).height > surface.height {
      order = [2, 0, 1]
    }
    for (index, origin) in flow(blocks, order: order, width: surface.width).origins {
      let block = blocks[index]
      let titled = block.title.isEmpty ? 0 : 1
      if !block.title.isEmpty {
        surface.put(
          block.title, row: origin.row, col: origin.col, role: .title, maxWidth: block.width)
      }
      let region = surface.region(
        Rect(row: origin.row + titled, col: origin.col, height: block.height, width: block.width))
      switch index {
      case 0: paired.draw(on: region)
      case 1: heatmap.draw(on: region)
      default: drawMetrics(run, baseline: baseline, on: region)
      }
    }
  }

  /// Where each block goes when they flow left to right in `order`, wrapping to a new
  /// band when the width runs out, and the height used.
  static func flow(
    _ blocks: [(title: String, width: Int, height: Int)], order: [Int], width: Int
  ) -> (origins: [(Int, (row: Int, col: Int))], height: Int) {
    var origins: [(Int, (row: Int, col: Int))] = []
    var row = 0
    var col = 1
    var bandHeight = 0
    for index in order {
      let block = blocks[index]
      if col > 1, col + block.width > width - 1 {
        row += bandHeight + 1
        col = 1
        bandHeight = 0
      }
      origins.append((index, (row, col)))
      bandHeight = max(bandHeight, block.height + (block.title.isEmpty ? 0 : 1))
      col += block.width + 3
    }
    return (origins, row + bandHeight)
  }

  /// Metric, the run's mean ± sd, the baseline's mean and the change, good or bad.
  static func drawMetrics(_ run: StrategyRun, baseline: StrategyRun, on surface: Surface) {
    let charset = surface.charset
    var table = TableView(
      columns: [
        .init(title: "Metric", width: 13, align: .left),
        .init(title: charset == .unicode ? "mean ± sd" : "mean +- sd", width: 13, align: .left),
        .init(title: "base", width: 5, align: .right),
        .init(title: "change", width: 7, align: .right),
      ], rowCount: metrics.count
    ) { row, column in
      let name = metrics[row].name
      switch column {
      case 0: return metrics[row].title
      case 1: return StrategyPanel.meanAndSpread(run, name, charset: charset)
      case 2: return baseline.mean(name).map { Formatting.fixed($0, digits: 3) } ?? "-"
      default: return change(run.mean(name), baseline.mean(name), charset: charset)
      }
    }
    table.cellRole = { row, column in
      guard column == 3 else { return .text }
      return changeRole(run.mean(metrics[row].name), baseline.mean(metrics[row].name))
    }
    table.draw(on: surface)
  }

  /// `+0.034`, `-0.012` or `±0` against the baseline; `—` when either is undefined.
  static func change(_ value: Double?, _ baseline: Double?, charset: Charset) -> String {
    guard let value, let baseline else { return Glyphs.undefined(charset) }
    let delta = value - baseline
    if abs(delta) < 0.0005 { return charset == .unicode ? "±0" : "0" }
    return (delta > 0 ? "+" : "") + Formatting.fixed(delta, digits: 3)
  }

  /// Good for a gain, bad for a loss, muted for no change.
  static func changeRole(_ value: Double?, _ baseline: Double?) -> Role {
    guard let value, let baseline, abs(value - baseline) >= 0.0005 else { return .muted }
    return value > baseline ? .good : .bad
  }

  static func perform(_ action: Action, app: DashboardApp) -> Bool {
    let state = app.state
    let fieldCount =
      StrategyCatalog.declaration(named: state.lab.strategy)?.parameters.count ?? 0
    switch action {
    case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
      if state.lab.focus == .strategies {
        var list = ListView(lines: StrategyChoices.lines, scroll: state.lab.list)
        list.move(for: action, pageSize: state.pageSize)
        state.lab.list = list.scroll
        state.lab.field = 0
      } else {
        var scroll = ScrollState(selected: state.lab.field)
        switch action {
        case .moveUp: scroll.move(by: -1, count: fieldCount)
        case .moveDown: scroll.move(by: 1, count: fieldCount)
        case .first, .pageUp: scroll.moveToFirst()
        default: scroll.moveToLast(count: fieldCount)
        }
        state.lab.field = scroll.selected
      }
    case .moveLeft: state.lab.focus = .strategies
    case .moveRight:
      if fieldCount > 0 { state.lab.focus = .parameters }
    case .editParameter:
      if state.lab.focus == .strategies {
        if fieldCount > 0 { state.lab.focus = .parameters }
        return true
      }
      guard let declaration = StrategyCatalog.declaration(named: state.lab.strategy),
        declaration.parameters.indices.contains(state.lab.field)
      else { return true }
      let parameter = declaration.parameters[state.lab.field]
      let original = state.choices.values[declaration.name]?[parameter.name]
      if original == nil {
        state.choices.values[declaration.name, default: [:]][parameter.name] =
          parameter.defaultValue ?? ""
      }
      state.mode = .parameter(
        strategy: declaration.name, name: parameter.name, original: original)
    case .evaluate: run(app)
    case .cancelJob: app.cancelComparison()
    case .undo:
      guard state.lab.position > 0 else {
        state.message = ("nothing to undo", .warning)
        return true
      }
      state.lab.position -= 1
      restoreShown(state)
    case .redo:
      guard state.lab.position < state.lab.history.count else {
        state.message = ("nothing to redo", .warning)
        return true
      }
      state.lab.position += 1
      restoreShown(state)
    default: return false
    }
    return true
  }

  /// Runs the selected strategy with the form's values, unless the parser rejects them.
  static func run(_ app: DashboardApp) {
    let state = app.state
    switch state.choices.spec(for: state.lab.strategy) {
    case .failure(let error):
      state.message = (error.message, .bad)
    case .success(let spec):
      app.startComparison(specs: [spec.text], for: .lab)
    }
  }

  /// After undo or redo: says what is shown and puts its spec back in the list and form.
  static func restoreShown(_ state: DashboardState) {
    guard let current = state.lab.current else {
      state.message = ("undone: showing no strategy", .status)
      return
    }
    if let spec = try? StrategySpec.parse(current.spec) {
      state.choices.restore(spec)
      if let line = StrategyChoices.line(of: spec.name) { state.lab.list.selected = line }
    }
    state.message = ("showing \(current.spec)", .status)
  }
}
