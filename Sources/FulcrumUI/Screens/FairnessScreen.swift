import FulcrumCore

/// How the model's out-of-fold predictions treat groups of rows: tick sensitive columns,
/// pick the reference group, and read each group's rates with their intervals, its
/// selection rate against the reference and the four-fifths band, and its own confusion
/// matrix.
enum FairnessScreen {
  /// Rows the detail of the selected group takes under the table.
  static let detailHeight = 8

  static func draw(_ app: DashboardApp, on surface: Surface, clock: Double) {
    let state = app.state
    guard let open = OpenDataset.require(state, on: surface, clock: clock) else { return }
    let entry = open.entry
    let loaded = open.loaded
    let candidates = sensitiveCandidates(loaded.dataset)
    // Narrow terminals give the group table most of the room.
    let listWidth = min(
      22, max(14, surface.width / 4),
      max(
        18,
        (candidates.map { DisplayText.width($0, charset: surface.charset) }.max() ?? 0) + 6))
    drawColumnList(
      candidates, state: state,
      on: surface.region(Rect(row: 3, col: 0, height: surface.height - 3, width: listWidth)))
    let right = surface.region(
      Rect(row: 0, col: listWidth + 1, height: surface.height, width: surface.width - listWidth - 2)
    )
    let x = 1 + surface.put(entry.name, row: 0, col: 1, role: .title)
    if let shown = ModelScreen.shownEvaluation(app) {
      right.put(
        "predictions of \(shown.key.model), \(shown.key.folds) folds, seed \(shown.key.seed)",
        row: 2, col: 1, role: .muted, maxWidth: right.width - 2)
    }
    guard !state.fairness.ticked.isEmpty else {
      right.put("Tick one or more sensitive columns with Space.", row: 3, col: 1, role: .title)
      let lines = [
        "Groups are compared on the out-of-fold", "predictions of the Model screen's model.",
        "Several ticked columns form intersectional", "groups.",
      ]
      for (index, line) in lines.enumerated() {
        right.put(line, row: 5 + index, col: 1, role: .muted, maxWidth: right.width - 2)
      }
      return
    }
    guard let outcome = analysis(app) else {
      drawWaiting(app, on: right, clock: clock)
      return
    }
    switch outcome {
    case .failure(let error):
      right.put("Cannot assess these groups", row: 3, col: 1, role: .bad)
      right.put(error.message, row: 5, col: 1, maxWidth: right.width - 2)
    case .success(let result):
      drawResult(result, state: state, header: surface, headerColumn: x, on: right)
    }
  }

  /// Every column but the label, in file order.
  static func sensitiveCandidates(_ dataset: Dataset) -> [String] {
    dataset.columns.indices.filter { $0 != dataset.labelIndex }.map { dataset.columns[$0].name }
  }

  static func drawColumnList(_ candidates: [String], state: DashboardState, on surface: Surface) {
    let title = surface.width >= 18 ? "Sensitive columns" : "Sensitive"
    surface.put(title, row: 0, col: 1, role: .title)
    let ticked = Set(state.fairness.ticked)
    let focused = state.fairness.focus == .columns
    state.fairness.columns.move(by: 0, count: candidates.count)
    var list = ListView(
      lines: candidates.map { .item((ticked.contains($0) ? "[x] " : "[ ] ") + $0) },
      scroll: state.fairness.columns)
    if !focused { list.scroll.selected = -1 }
    list.draw(
      on: surface.region(Rect(row: 1, col: 0, height: surface.height - 1, width: surface.width)))
    if focused {
      state.fairness.columns.reveal(visible: surface.height - 1, count: candidates.count)
      state.pageSize = max(1, surface.height - 1)
    }
  }

  static func drawWaiting(_ app: DashboardApp, on surface: Surface, clock: Double) {
    let evaluation = app.state.evaluation
    if let running = evaluation.running {
      let frames = surface.charset.spinner
      let frame = frames[Int(max(0, clock - running.started) * 10) % frames.count]
      surface.put(
        "\(frame) Cross-validating \(running.key.model) for its predictions", row: 3, col: 1,
        role: .accent, maxWidth: surface.width - 2)
      surface.put("Esc cancels.", row: 5, col: 1, role: .muted)
    } else if let failure = evaluation.failure, failure.key == app.evaluationKey {
      surface.put("Could not evaluate the model", row: 3, col: 1, role: .bad)
      surface.put(failure.message, row: 5, col: 1, maxWidth: surface.width - 2)
    } else {
      surface.put("No predictions yet.", row: 3, col: 1, role: .title)
      surface.put(
        "Press 4 for the Model screen and r to evaluate.", row: 5, col: 1, role: .muted,
        maxWidth: surface.width - 2)
    }
  }

  /// The fairness analysis of the shown evaluation's predictions for the ticked columns,
  /// computed once per change of its inputs; nil while there are no predictions.
  static func analysis(_ app: DashboardApp) -> Result<FairnessResult, FulcrumError>? {
    let state = app.state
    let fairness = state.fairness
    guard let shown = ModelScreen.shownEvaluation(app), let loaded = state.currentDataset,
      !fairness.ticked.isEmpty
    else { return nil }
    if let cache = fairness.cache, cache.key == shown.key, cache.ticked == fairness.ticked,
      cache.reference == fairness.reference, cache.positive == fairness.positive
    {
      return cache.outcome
    }
    let outcome = assess(
      loaded.dataset, predictions: shown.result.predictions, ticked: fairness.ticked,
      reference: fairness.reference, positive: fairness.positive)
    state.fairness.cache = FairnessCache(
      key: shown.key, ticked: fairness.ticked, reference: fairness.reference,
      positive: fairness.positive, outcome: outcome)
    return outcome
  }

  /// Group metrics of `predictions` on the rows that have both a label and a prediction.
  static func assess(
    _ dataset: Dataset, predictions: [Int?], ticked: [String], reference: String?,
    positive: String?
  ) -> Result<FairnessResult, FulcrumError> {
    let codes = dataset.labelCodes
    let rows = codes.indices.filter { codes[$0] != Column.missingCode && predictions[$0] != nil }
    do throws(FulcrumError) {
      let groups = try SensitiveGroups(
        dataset: dataset, specs: ticked.map { SensitiveSpec(column: $0) })
      return .success(
        try FairnessAnalysis.evaluate(
          truth: rows.map { Int(codes[$0]) }, predicted: rows.map { predictions[$0]! },
          classNames: dataset.classNames, groups: groups.selecting(rows: rows),
          positive: positive, reference: reference))
    } catch {
      return .failure(error)
    }
  }

  static func drawResult(
    _ result: FairnessResult, state: DashboardState, header: Surface, headerColumn: Int,
    on surface: Surface
  ) {
    guard let outcome = result.outcomes.first else { return }
    var x = headerColumn
    x += header.put("  positive ", row: 0, col: x, role: .muted)
    x += header.put(outcome.positiveLabel, row: 0, col: x, role: .accent)
    let why =
      result.positiveLabelSource == .oneVsRest
      ? " vs rest" : state.fairness.positive == nil ? " (minority)" : ""
    x += header.put(why, row: 0, col: x, role: .muted)
    x += header.put("  reference ", row: 0, col: x, role: .muted)
    x += header.put(result.referenceGroup, row: 0, col: x, role: .accent)
    if result.referenceSource == .largest {
      header.put(" (largest)", row: 0, col: x, role: .muted)
    }
    drawAggregates(outcome.aggregates, on: header, row: 1)

    let groups = outcome.groups
    state.fairness.groups.move(by: 0, count: groups.count)
    let tableHeight = max(3, surface.height - 3 - detailHeight)
    drawGroups(
      groups, reference: result.referenceGroup, state: state,
      on: surface.region(Rect(row: 3, col: 1, height: tableHeight, width: surface.width - 1)))
    let selected = groups[state.fairness.groups.selected]
    let detail = surface.region(
      Rect(
        row: 3 + tableHeight + 1, col: 1, height: surface.height - tableHeight - 4,
        width: surface.width - 1))
    let used = drawDetail(
      selected, positive: outcome.positiveLabel,
      isReference: selected.name == result.referenceGroup, on: detail)
    // The groups after the selected one get their matrices alongside while room lasts.
    let following = (1..<max(1, groups.count)).map {
      groups[(state.fairness.groups.selected + $0) % groups.count]
    }
    drawMatrices(
      following, positive: outcome.positiveLabel,
      on: detail.region(Rect(row: 0, col: used + 3, height: 4, width: detail.width - used - 3)))
  }

  /// Demographic parity, equalized odds and equal opportunity: difference and ratio.
  static func drawAggregates(_ aggregates: FairnessAggregates, on surface: Surface, row: Int) {
    let dash = Glyphs.undefined(surface.charset)
    var x = 1
    let pairs: [(String, Double?, Double?)] = [
      ("DP", aggregates.demographicParityDifference, aggregates.demographicParityRatio),
      ("EO", aggregates.equalizedOddsDifference, aggregates.equalizedOddsRatio),
      ("EOpp", aggregates.equalOpportunityDifference, aggregates.equalOpportunityRatio),
    ]
    for (name, difference, ratio) in pairs {
      x += surface.put("\(name) diff ", row: row, col: x, role: .muted)
      x += surface.put(difference.map { Formatting.fixed($0, digits: 2) } ?? dash, row: row, col: x)
      x += surface.put(" ratio ", row: row, col: x, role: .muted)
      let low = ratio.map { $0 < ReferenceRatio.band.lowerBound } ?? false
      x += surface.put(
        ratio.map { Formatting.fixed($0, digits: 2) } ?? dash, row: row, col: x,
        role: low ? .bad : .text)
      x += surface.put("  ", row: row, col: x)
    }
  }

  /// The group table: size, selection rate with its interval, TPR, FPR and the selection
  /// rate's ratio to the reference as a bar against the four-fifths band.
  static func drawGroups(
    _ groups: [GroupFairness], reference: String, state: DashboardState, on surface: Surface
  ) {
    let charset = surface.charset
    let nameWidth = min(
      max(5, groups.map { DisplayText.width($0.name, charset: charset) + 2 }.max() ?? 5), 18)
    let fixed = nameWidth + 6 + 17 + 5 + 5
    let showRates = surface.width - fixed >= 14
    var columns: [TableView.Column] = [
      .init(title: "Group", width: nameWidth, align: .left),
      .init(title: "n", width: 5, align: .right),
      .init(title: "Selection 95% CI", width: 16, align: .left),
    ]
    if showRates {
      columns += [
        .init(title: "TPR", width: 4, align: .right), .init(title: "FPR", width: 4, align: .right),
      ]
    }
    let used = columns.reduce(0) { $0 + $1.width + 1 }
    let barWidth = max(0, surface.width - used)
    columns.append(
      .init(
        title: "Selection \(Glyphs.divide(charset)) ref", width: barWidth, align: .left))
    let visible = TableView.visibleRows(height: surface.height)
    if state.fairness.focus == .groups { state.pageSize = max(1, visible) }
    state.fairness.groups.reveal(visible: visible, count: groups.count)
    var table = TableView(columns: columns, rowCount: groups.count) { row, column in
      let group = groups[row]
      switch column {
      case 0: return group.name + (group.name == reference ? " *" : "")
      case 1: return String(group.size)
      case 2: return interval(group.selectionRate, charset: charset, compact: true)
      case 3 where showRates: return rate(group.truePositiveRate, charset: charset)
      case 4 where showRates: return rate(group.falsePositiveRate, charset: charset)
      default: return ""
      }
    }
    table.cellRole = { row, column in
      let group = groups[row]
      let rates = [group.selectionRate, group.truePositiveRate, group.falsePositiveRate]
      if (2...4).contains(column), rates[column - 2].value == nil { return .muted }
      return .text
    }
    table.topRow = state.fairness.groups.top
    let focused = state.fairness.focus == .groups
    table.selectedRow = focused ? state.fairness.groups.selected : nil
    table.draw(on: surface)
    guard barWidth > DisparityBar.numberWidth else { return }
    for line in 0..<min(visible, groups.count - table.topRow) {
      let ratio = groups[table.topRow + line].ratioToReference.selectionRate
      DisparityBar(
        ratio: ratio.value, band: ReferenceRatio.band, outsideBand: ratio.outsideBand ?? false
      ).draw(
        on: surface.region(
          Rect(row: line + 1, col: surface.width - barWidth, height: 1, width: barWidth)))
    }
  }

  /// The selected group: its one-vs-rest confusion matrix and every rate with its interval,
  /// or the reason a rate is undefined.
  /// Returns the columns used.
  @discardableResult
  static func drawDetail(
    _ group: GroupFairness, positive: String, isReference: Bool, on surface: Surface
  ) -> Int {
    var title = "\(group.name): \(group.size) rows"
    if isReference { title += ", the reference group" }
    surface.put(title, row: 0, col: 0, role: .title, maxWidth: surface.width)
    let heatmap = matrix(group, positive: positive)
    let heatWidth = heatmap.naturalWidth(charset: surface.charset)
    heatmap.draw(on: surface.region(Rect(row: 1, col: 0, height: 3, width: heatWidth)))
    surface.put("rows truth", row: 4, col: 0, role: .muted)
    let rates: [(String, GroupRate)] = [
      ("base rate", group.baseRate), ("selection", group.selectionRate),
      ("TPR", group.truePositiveRate), ("FPR", group.falsePositiveRate),
      ("precision", group.precision), ("accuracy", group.accuracy),
    ]
    let left = heatWidth + 3
    var widest = heatWidth
    for (index, (name, value)) in rates.enumerated() {
      surface.put(name, row: 1 + index, col: left, role: .muted)
      let text: String
      if value.value == nil {
        text = rate(value, charset: surface.charset) + "  " + (value.undefinedReason ?? "undefined")
      } else {
        // Three decimals when the line has room, else the table's shorter form, else the
        // value alone.
        let room = surface.width - left - 11
        text =
          room < 16
          ? rate(value, charset: surface.charset)
          : interval(value, charset: surface.charset, compact: room < 20)
      }
      let written = surface.put(
        text, row: 1 + index, col: left + 11, role: value.value == nil ? .warning : .text,
        maxWidth: surface.width - left - 11)
      widest = max(widest, left + 11 + written)
    }
    return widest
  }

  /// A group's one-vs-rest confusion matrix: positive class against the rest.
  static func matrix(_ group: GroupFairness, positive: String) -> ConfusionHeatmap {
    let counts = group.counts
    return ConfusionHeatmap(
      labels: [positive, "rest"],
      counts: [
        [Int(counts.truePositives.rounded()), Int(counts.falseNegatives.rounded())],
        [Int(counts.falsePositives.rounded()), Int(counts.trueNegatives.rounded())],
      ], maximumLabelWidth: 8)
  }

  /// Small confusion matrices of `groups`, side by side, each under its group's name, as
  /// many as fit.
  static func drawMatrices(_ groups: [GroupFairness], positive: String, on surface: Surface) {
    var x = 0
    for group in groups {
      let heatmap = matrix(group, positive: positive)
      let width = max(heatmap.naturalWidth(charset: surface.charset), 8)
      guard x + width <= surface.width else { return }
      surface.put(group.name, row: 0, col: x, role: .title, maxWidth: width)
      heatmap.draw(on: surface.region(Rect(row: 1, col: x, height: 3, width: width)))
      x += width + 3
    }
  }

  /// A rate with two decimals, or `—` when undefined.
  static func rate(_ rate: GroupRate, charset: Charset) -> String {
    rate.value.map { Formatting.fixed($0, digits: 2) } ?? Glyphs.undefined(charset)
  }

  /// `0.70 [0.66,0.74]` (compact) or `0.700 [0.662, 0.736]`.
  static func interval(_ rate: GroupRate, charset: Charset, compact: Bool) -> String {
    guard let value = rate.value else { return self.rate(rate, charset: charset) }
    let digits = compact ? 2 : 3
    var text = Formatting.fixed(value, digits: digits)
    if let lower = rate.lower, let upper = rate.upper {
      text +=
        " [" + Formatting.fixed(lower, digits: digits) + (compact ? "," : ", ")
        + Formatting.fixed(upper, digits: digits) + "]"
    }
    return text
  }

  static func perform(_ action: Action, app: DashboardApp) -> Bool {
    let state = app.state
    let candidates = state.currentDataset.map { sensitiveCandidates($0.dataset) } ?? []
    let groupCount = (try? analysis(app)?.get().outcomes.first?.groups.count) ?? 0
    let onColumns = state.fairness.focus == .columns
    let count = onColumns ? candidates.count : groupCount
    func move(_ change: (inout ScrollState) -> Void) {
      if onColumns { change(&state.fairness.columns) } else { change(&state.fairness.groups) }
    }
    switch action {
    case .moveLeft: state.fairness.focus = .columns
    case .moveRight: state.fairness.focus = groupCount > 0 ? .groups : .columns
    case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
      move { $0.move(for: action, pageSize: state.pageSize, count: count) }
    case .toggleItem:
      guard onColumns, candidates.indices.contains(state.fairness.columns.selected) else {
        state.message = ("← goes back to the columns to tick", .muted)
        return true
      }
      let name = candidates[state.fairness.columns.selected]
      if let index = state.fairness.ticked.firstIndex(of: name) {
        state.fairness.ticked.remove(at: index)
      } else {
        state.fairness.ticked.append(name)
      }
      state.fairness.reference = nil
      state.fairness.groups = ScrollState()
    case .setReference:
      setReference(app)
    case .nextPositive:
      let names = state.currentDataset?.dataset.classNames ?? []
      let index = state.fairness.positive.flatMap { names.firstIndex(of: $0) } ?? -1
      state.fairness.positive = index + 1 < names.count ? names[index + 1] : nil
    case .cancelJob: app.cancelEvaluation()
    default: return false
    }
    return true
  }

  /// Makes the selected group the reference, if it has rows.
  static func setReference(_ app: DashboardApp) {
    let state = app.state
    guard state.fairness.focus == .groups,
      let groups = try? analysis(app)?.get().outcomes.first?.groups,
      groups.indices.contains(state.fairness.groups.selected)
    else {
      state.message = ("→ goes to the groups to choose a reference", .muted)
      return
    }
    let group = groups[state.fairness.groups.selected]
    guard group.size > 0 else {
      state.message = ("group \(group.name) has no rows and cannot be the reference", .warning)
      return
    }
    state.fairness.reference = group.name
  }
}
