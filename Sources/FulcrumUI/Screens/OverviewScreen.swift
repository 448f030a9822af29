import FulcrumCore

/// One dataset at a glance: its shape, class histogram, imbalance figures and a summary of
/// every column.
enum OverviewScreen {
  static func draw(_ state: DashboardState, on surface: Surface, clock: Double) {
    guard let open = OpenDataset.require(state, on: surface, clock: clock) else { return }
    let entry = open.entry
    let loaded = open.loaded
    let charset = surface.charset
    let dataset = loaded.dataset
    var x = surface.put(entry.name, row: 0, col: 1, role: .title) + 1
    let shape = Formatting.shape(
      rows: dataset.rowCount, columns: dataset.columns.count, charset: charset)
    x += surface.put("  \(shape)  label ", row: 0, col: x, role: .muted)
    x += surface.put(dataset.labelName, row: 0, col: x, role: .accent)
    let count = loaded.distribution.classes.count
    surface.put("  \(count) \(count == 1 ? "class" : "classes")", row: 0, col: x, role: .muted)
    drawBalance(loaded.distribution, on: surface, row: 1)

    let classes = loaded.distribution.classes
    // Every class gets a row while at least a few schema rows stay visible below.
    let histogramHeight = min(classes.count, max(2, surface.height - 10))
    surface.put("Class distribution", row: 3, col: 1, role: .title)
    let histogram = Histogram(
      bars: classes.map { Histogram.Bar(label: $0.name, count: $0.count) })
    histogram.draw(
      on: surface.region(
        Rect(
          row: 4, col: 2, height: histogramHeight,
          width: min(surface.width - 3, 96))))

    let tableTop = 4 + histogramHeight + 1
    surface.put("Columns", row: tableTop, col: 1, role: .title)
    let table = surface.region(
      Rect(
        row: tableTop + 1, col: 2, height: surface.height - tableTop - 1,
        width: surface.width - 3))
    drawSchema(loaded, state: state, on: table)
  }

  /// Imbalance ratio and entropy balance on one line.
  static func drawBalance(_ distribution: ClassDistribution, on surface: Surface, row: Int) {
    var x = 1
    x += surface.put("imbalance ratio ", row: row, col: x, role: .muted)
    let ratio = distribution.imbalanceRatio.map { Formatting.fixed($0, digits: 2) } ?? "-"
    x += surface.put(ratio, row: row, col: x, role: .accent)
    x += surface.put("   entropy balance ", row: row, col: x, role: .muted)
    let balance = distribution.entropyBalance.map { Formatting.fixed($0, digits: 3) } ?? "-"
    x += surface.put(balance, row: row, col: x, role: .accent)
  }

  static func drawSchema(_ loaded: LoadedDataset, state: DashboardState, on surface: Surface) {
    let summaries = loaded.summaries
    let visible = TableView.visibleRows(height: surface.height)
    state.pageSize = max(1, visible)
    state.overview.reveal(visible: visible, count: summaries.count)
    let nameWidth = min(
      max(6, summaries.map { DisplayText.width($0.name, charset: surface.charset) }.max() ?? 6),
      24)
    let fixedWidth = nameWidth + 11 + 7 + 8 + 4
    var view = TableView(
      columns: [
        .init(title: "Column", width: nameWidth, align: .left),
        .init(title: "Type", width: 11, align: .left),
        .init(title: "Missing", width: 7, align: .right),
        .init(title: "Distinct", width: 8, align: .right),
        .init(title: "Summary", width: max(10, surface.width - fixedWidth), align: .left),
      ], rowCount: summaries.count
    ) { row, column in
      let summary = summaries[row]
      switch column {
      case 0: return summary.name
      case 1: return summary.kind.rawValue
      case 2: return String(summary.missing)
      case 3: return String(summary.distinct)
      default: return summaryText(summary)
      }
    }
    view.cellRole = { row, column in
      if column == 0, row == loaded.dataset.labelIndex { return .accent }
      if column == 2, summaries[row].missing > 0 { return .warning }
      return column == 1 ? .muted : .text
    }
    view.topRow = state.overview.top
    view.selectedRow = state.overview.selected
    view.draw(on: surface)
  }

  /// Range and mean of a numeric column, or the most frequent levels of a categorical one.
  static func summaryText(_ summary: ColumnSummary) -> String {
    switch summary.kind {
    case .numeric:
      guard let low = summary.min, let mean = summary.mean, let high = summary.max else {
        return "all missing"
      }
      return "\(Formatting.statistic(low)) to \(Formatting.statistic(high)), "
        + "mean \(Formatting.statistic(mean))"
    case .categorical:
      let top = summary.topLevels.map { "\($0.level) \($0.count)" }.joined(separator: ", ")
      return summary.distinct > summary.topLevels.count ? top + ", ..." : top
    }
  }

  /// What Overview and Data show while their dataset loads or after it failed.
  static func drawPending(_ entry: DatasetEntry, on surface: Surface, clock: Double) {
    switch entry.status {
    case .failed(let message):
      surface.put("Could not load \(entry.name)", row: 1, col: 2, role: .bad)
      surface.put(message, row: 3, col: 2, maxWidth: surface.width - 4)
    default:
      let elapsed: Double
      if case .loading(let started) = entry.status {
        elapsed = max(0, clock - started)
      } else {
        elapsed = 0
      }
      let frames = surface.charset.spinner
      let frame = frames[Int(elapsed * 10) % frames.count]
      let size = Formatting.bytes(entry.byteSize)
      surface.put("\(frame) Loading \(entry.name)", row: 1, col: 2, role: .accent)
      surface.put(
        "\(size.isEmpty ? "" : size + ", ")\(Formatting.seconds(elapsed)) so far", row: 3,
        col: 2, role: .muted)
    }
  }

  static func perform(_ action: Action, state: DashboardState) -> Bool {
    let count = state.currentDataset?.summaries.count ?? 0
    switch action {
    case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
      state.overview.move(for: action, pageSize: state.pageSize, count: count)
    default: return false
    }
    return true
  }
}
