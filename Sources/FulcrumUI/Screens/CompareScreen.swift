import FulcrumCore

/// Several strategies side by side over the same folds: one small multiple per strategy
/// (baseline first) and a summary table sortable by any metric, best values highlighted
/// and the change against the baseline shown.
enum CompareScreen {
  /// Width of the tick list.
  static let listWidth = 26
  /// The narrowest a panel gets before the grid wraps to another row.
  static let panelWidth = 34
  /// Below this width only the pane with the cursor is shown.
  static let twoPaneWidth = 90

  static func draw(_ app: DashboardApp, on surface: Surface, clock: Double) {
    let state = app.state
    guard let open = OpenDataset.require(state, on: surface, clock: clock) else { return }
    let entry = open.entry
    ModelScreen.drawChoices(state.evaluation, name: entry.name, on: surface)
    let compare = state.compare
    let body = Rect(row: 2, col: 0, height: surface.height - 2, width: surface.width)
    if compare.zoomed, let outcome = compare.outcome, outcome.all.indices.contains(compare.panel) {
      let run = outcome.all[compare.panel]
      let inside = Panel.draw(on: surface, rect: body, title: run.spec + "  (Esc closes)")
      LabScreen.drawResult(run, baseline: outcome.baseline, on: inside)
      if let fairness = run.fairness {
        inside.put(fairness, row: inside.height - 1, col: 1, role: .accent)
      }
      return
    }
    let showList = surface.width >= twoPaneWidth || compare.focus == .strategies
    let showPanels = surface.width >= twoPaneWidth || compare.focus == .panels
    var rest = body
    if showList {
      let width = showPanels ? listWidth : surface.width
      let (listRect, remainder) = body.splitLeft(width)
      drawTickList(state, on: surface.region(listRect))
      rest = Rect(
        row: remainder.row, col: remainder.col + 1, height: remainder.height,
        width: remainder.width - 1)
    }
    if showPanels {
      drawResults(app, on: surface.region(rest), clock: clock)
    }
  }

  /// Every strategy with a tick box; ticked ones show the spec they will run with.
  static func drawTickList(_ state: DashboardState, on surface: Surface) {
    let compare = state.compare
    let ticked = Set(compare.ticked)
    let charset = surface.charset
    surface.put(
      "Tick strategies (\(compare.ticked.count))", row: 0, col: 0, role: .title,
      maxWidth: surface.width)
    let lines = StrategyChoices.lines.map { line -> ListView.Line in
      guard case .item(let name, _) = line else { return line }
      let box = ticked.contains(name) ? (charset == .unicode ? "[✓]" : "[x]") : "[ ]"
      let spec = compare.specs[name] ?? name
      return .item("\(box) \(ticked.contains(name) ? spec : name)")
    }
    let height = surface.height - 1
    if compare.focus == .strategies { state.pageSize = max(1, height) }
    ListView(lines: lines, scroll: compare.list).draw(
      on: surface.region(Rect(row: 1, col: 0, height: height, width: surface.width)))
  }

  /// The panels and, under them, the summary table; or what is going on instead.
  static func drawResults(_ app: DashboardApp, on surface: Surface, clock: Double) {
    let state = app.state
    let compare = state.compare
    var top = 0
    if let running = state.comparison, running.request.screen == .compare {
      let frames = surface.charset.spinner
      let frame = frames[Int(max(0, clock - running.started) * 10) % frames.count]
      surface.put(
        "\(frame) Comparing \(running.request.specs.joined(separator: ", ")) "
          + "with the baseline; Esc or x cancels",
        row: 0, col: 0, role: .accent, maxWidth: surface.width)
      top = 1
    } else if let failure = state.comparisonFailure, failure.screen == .compare {
      surface.put(
        "Could not compare: " + failure.message, row: 0, col: 0, role: .bad,
        maxWidth: surface.width)
      top = 1
    }
    guard let outcome = compare.outcome, compare.request?.entry == state.current else {
      if top == 0 {
        surface.put("No comparison yet.", row: 0, col: 0, role: .title)
        surface.put(
          "Space ticks strategies, r compares them with the baseline over the same folds.",
          row: 2, col: 0, role: .muted, maxWidth: surface.width)
      }
      return
    }
    let runs = outcome.all
    let summaryHeight = min(runs.count + 2, max(3, (surface.height - top) / 2))
    let panelsHeight = surface.height - top - summaryHeight - 1
    let hasFairness = runs.contains { $0.fairness != nil }
    let columns = SmallMultiples(count: runs.count, minimumWidth: panelWidth, panelHeight: 1)
      .columns(width: surface.width)
    let grid = SmallMultiples(
      count: runs.count, minimumWidth: panelWidth,
      panelHeight: StrategyPanel.height(
        matrix: outcome.baseline.evaluation.confusionMatrix, fairness: hasFairness,
        width: surface.width / columns, charset: surface.charset))
    let area = surface.region(
      Rect(row: top, col: 0, height: max(0, panelsHeight), width: surface.width))
    let frames = grid.frames(width: area.width, height: area.height, selected: compare.panel)
    for frame in frames {
      StrategyPanel(
        run: runs[frame.index],
        isSelected: frame.index == compare.panel && compare.focus == .panels
      ).draw(on: area, rect: frame.rect)
    }
    if frames.count < runs.count, let last = frames.last {
      let more = "panels \(frames[0].index + 1)-\(last.index + 1) of \(runs.count)"
      surface.put(
        more, row: top + panelsHeight, col: max(0, surface.width - more.count - 1),
        role: .muted)
    }
    drawSummary(
      outcome, state: state,
      on: surface.region(
        Rect(
          row: surface.height - summaryHeight, col: 0, height: summaryHeight,
          width: surface.width)))
  }

  /// Rows of `runs` in summary order: by the sort metric, best first, undefined last.
  static func sortedRows(_ runs: [StrategyRun], metric: String) -> [Int] {
    runs.indices.sorted { left, right in
      let a = runs[left].mean(metric) ?? -.infinity
      let b = runs[right].mean(metric) ?? -.infinity
      return a != b ? a > b : left < right
    }
  }

  /// Strategy, change of the sort metric against the baseline, then every metric with
  /// the best value of each column highlighted.
  static func drawSummary(_ outcome: ComparisonOutcome, state: DashboardState, on surface: Surface)
  {
    let charset = surface.charset
    let runs = outcome.all
    let metrics = CompareState.metrics
    let sortIndex = state.compare.sortMetric % metrics.count
    let sortName = metrics[sortIndex].name
    let order = sortedRows(runs, metric: sortName)
    let arrow = charset == .unicode ? "▼" : "v"
    let nameWidth = min(
      max(8, runs.map { DisplayText.width($0.spec, charset: charset) }.max() ?? 8), 24)
    var columns: [TableView.Column] = [
      .init(title: "Strategy", width: nameWidth, align: .left),
      .init(
        title: (charset == .unicode ? "Δ " : "d ") + metrics[sortIndex].title, width: 10,
        align: .right),
    ]
    for (index, metric) in metrics.enumerated() {
      let title = index == sortIndex ? metric.title + arrow : metric.title
      columns.append(
        .init(
          title: title, width: max(8, title.count), align: .right,
          headerRole: index == sortIndex ? .accent : .header))
    }
    let best: [Double?] = metrics.map { metric in
      runs.compactMap { $0.mean(metric.name) }.max()
    }
    var table = TableView(columns: columns, rowCount: runs.count) { row, column in
      let run = runs[order[row]]
      switch column {
      case 0: return run.spec
      case 1:
        return order[row] == 0
          ? "baseline"
          : LabScreen.change(run.mean(sortName), outcome.baseline.mean(sortName), charset: charset)
      default:
        return run.mean(metrics[column - 2].name).map { Formatting.fixed($0, digits: 3) }
          ?? Glyphs.undefined(charset)
      }
    }
    table.cellRole = { row, column in
      let run = runs[order[row]]
      if column == 1 {
        return order[row] == 0
          ? .muted : LabScreen.changeRole(run.mean(sortName), outcome.baseline.mean(sortName))
      }
      guard column >= 2, let value = run.mean(metrics[column - 2].name),
        let top = best[column - 2], abs(value - top) < 1e-12
      else { return .text }
      return .good
    }
    if state.compare.focus == .panels {
      table.selectedRow = order.firstIndex(of: state.compare.panel)
    }
    surface.put(
      "Summary, sorted by \(metrics[sortIndex].title) (s: next metric)", row: 0, col: 0,
      role: .title, maxWidth: surface.width)
    table.draw(
      on: surface.region(Rect(row: 1, col: 0, height: surface.height - 1, width: surface.width)))
  }

  static func perform(_ action: Action, app: DashboardApp) -> Bool {
    let state = app.state
    let panels = state.compare.outcome?.all.count ?? 0
    switch action {
    case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
      if state.compare.focus == .strategies {
        var list = ListView(lines: StrategyChoices.lines, scroll: state.compare.list)
        list.move(for: action, pageSize: state.pageSize)
        state.compare.list = list.scroll
      } else {
        var scroll = ScrollState(selected: state.compare.panel)
        switch action {
        case .moveUp: scroll.move(by: -1, count: panels)
        case .moveDown: scroll.move(by: 1, count: panels)
        case .first, .pageUp: scroll.moveToFirst()
        default: scroll.moveToLast(count: panels)
        }
        state.compare.panel = scroll.selected
      }
    case .moveLeft:
      if state.compare.focus == .panels, state.compare.panel > 0 {
        state.compare.panel -= 1
      } else {
        state.compare.focus = .strategies
      }
    case .moveRight:
      if state.compare.focus == .strategies {
        if panels > 0 { state.compare.focus = .panels }
      } else {
        state.compare.panel = min(state.compare.panel + 1, max(0, panels - 1))
      }
    case .toggleItem:
      guard let name = StrategyChoices.name(atLine: state.compare.list.selected) else {
        return true
      }
      if let index = state.compare.ticked.firstIndex(of: name) {
        state.compare.ticked.remove(at: index)
        state.compare.specs[name] = nil
      } else {
        switch state.choices.spec(for: name) {
        case .failure(let error):
          state.message = ("fix \(name)'s parameters in the Lab: " + error.message, .bad)
        case .success(let spec):
          state.compare.ticked.append(name)
          state.compare.specs[name] = spec.text
        }
      }
    case .evaluate:
      guard !state.compare.ticked.isEmpty else {
        state.message = ("tick at least one strategy with Space first", .warning)
        return true
      }
      app.startComparison(specs: state.compare.tickedSpecs, for: .compare)
    case .cancelJob: app.cancelComparison()
    case .cycleSort:
      state.compare.sortMetric = (state.compare.sortMetric + 1) % CompareState.metrics.count
      state.message = (
        "sorted by \(CompareState.metrics[state.compare.sortMetric].title)", .status
      )
    case .zoomPanel:
      if state.compare.focus == .strategies {
        guard panels > 0 else {
          state.message = ("run a comparison with r first", .warning)
          return true
        }
        state.compare.focus = .panels
      }
      state.compare.zoomed = panels > 0
    default: return false
    }
    return true
  }
}
