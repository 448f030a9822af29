import FulcrumCore

/// The list of loaded files and bundled samples; Enter loads one and opens its overview.
enum DatasetsScreen {
  static func draw(_ state: DashboardState, on surface: Surface, clock: Double) {
    let charset = surface.charset
    guard !state.entries.isEmpty else {
      surface.put("No datasets to show.", row: 1, col: 2, role: .title)
      surface.put(
        "Start fulcrum with a file (fulcrum data.csv), or from a folder holding samples/.",
        row: 3, col: 2, role: .muted)
      return
    }
    surface.put("Datasets", row: 0, col: 1, role: .title)
    surface.put(
      "Enter loads and opens the selected file", row: 0, col: 11, role: .muted)
    let table = surface.region(
      Rect(
        row: 2, col: 1, height: surface.height - 2,
        width: surface.width - 2))
    let visible = TableView.visibleRows(height: table.height)
    state.pageSize = max(1, visible)
    state.datasets.reveal(visible: visible, count: state.entries.count)
    let nameWidth = min(
      max(8, state.entries.map { DisplayText.width($0.name, charset: charset) }.max() ?? 8), 32)
    let statusWidth = max(10, table.width - nameWidth - 6 - 8 - 3)
    var view = TableView(
      columns: [
        .init(title: "File", width: nameWidth, align: .left),
        .init(title: "Origin", width: 6, align: .left),
        .init(title: "Size", width: 8, align: .right),
        .init(title: "Status", width: statusWidth, align: .left),
      ], rowCount: state.entries.count
    ) { row, column in
      let entry = state.entries[row]
      switch column {
      case 0: return entry.name
      case 1: return entry.origin.rawValue
      case 2: return Formatting.bytes(entry.byteSize)
      default: return statusText(entry, charset: charset, clock: clock)
      }
    }
    view.cellRole = { row, column in
      guard column == 3 else { return column == 1 ? .muted : .text }
      switch state.entries[row].status {
      case .failed: return .bad
      case .loaded: return .good
      case .loading: return .accent
      case .notLoaded: return .muted
      }
    }
    view.topRow = state.datasets.top
    view.selectedRow = state.datasets.selected
    view.draw(on: table)
  }

  static func statusText(_ entry: DatasetEntry, charset: Charset, clock: Double) -> String {
    switch entry.status {
    case .notLoaded: return "not loaded"
    case .loading(let started):
      return "loading \(Formatting.seconds(max(0, clock - started)))"
    case .loaded(let loaded):
      let shape = Formatting.shape(
        rows: loaded.dataset.rowCount, columns: loaded.dataset.columns.count, charset: charset)
      return "\(shape), \(loaded.distribution.classes.count) classes"
    case .failed(let message): return message
    }
  }

  /// Handles the actions this screen gives a meaning to; false for the others.
  static func perform(_ action: Action, state: DashboardState) -> Bool {
    let count = state.entries.count
    switch action {
    case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
      state.datasets.move(for: action, pageSize: state.pageSize, count: count)
    default: return false
    }
    return true
  }
}
