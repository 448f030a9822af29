/// The rows of the open dataset in a scrollable table; only the rows and columns on screen
/// are turned into text, so a million rows scroll as fast as ten.
enum DataScreen {
  static func draw(_ state: DashboardState, on surface: Surface, clock: Double) {
    guard let open = OpenDataset.require(state, on: surface, clock: clock) else { return }
    let entry = open.entry
    let loaded = open.loaded
    let dataset = loaded.dataset
    let table = surface.region(
      Rect(
        row: 2, col: 1, height: surface.height - 2,
        width: surface.width - 1))
    let visible = TableView.visibleRows(height: table.height)
    state.pageSize = max(1, visible)
    state.dataRows.reveal(visible: visible, count: dataset.rowCount)

    let rowNumberWidth = max(3, String(dataset.rowCount).count)
    var columns = [
      TableView.Column(
        title: "#", width: rowNumberWidth, align: .right,
        headerRole: .muted)
    ]
    for (index, column) in dataset.columns.enumerated() {
      columns.append(
        .init(
          title: column.name, width: loaded.columnWidths[index],
          align: column.isNumeric ? .right : .left,
          headerRole: index == dataset.labelIndex ? .title : .header))
    }
    revealColumn(state, columns: columns, width: table.width)

    var view = TableView(columns: columns, rowCount: dataset.rowCount) { row, column in
      column == 0 ? String(row + 1) : (dataset.columns[column - 1].text(at: row) ?? "NA")
    }
    view.cellRole = { row, column in
      if column == 0 { return .muted }
      return dataset.columns[column - 1].isMissing(row) ? .muted : .text
    }
    view.frozenColumns = 1
    view.firstColumn = state.dataFirstColumn + 1
    view.topRow = state.dataRows.top
    view.selectedRow = state.dataRows.selected
    view.selectedColumn = state.dataColumn + 1
    view.draw(on: table)

    let first = dataset.rowCount == 0 ? 0 : state.dataRows.top + 1
    let last = min(dataset.rowCount, state.dataRows.top + visible)
    let column = dataset.columns[state.dataColumn]
    var x = surface.put(entry.name, row: 0, col: 1, role: .title) + 2
    x +=
      surface.put(
        "rows \(first)-\(last) of \(dataset.rowCount)", row: 0, col: x,
        role: .muted) + 2
    x += surface.put(
      "column \(state.dataColumn + 1) of \(dataset.columns.count): ", row: 0,
      col: x, role: .muted)
    surface.put(column.name, row: 0, col: x, role: .accent)
  }

  /// Scrolls sideways so the selected column is fully on screen.
  static func revealColumn(_ state: DashboardState, columns: [TableView.Column], width: Int) {
    let dataColumns = columns.count - 1
    guard dataColumns > 0 else { return }
    state.dataColumn = min(max(0, state.dataColumn), dataColumns - 1)
    if state.dataColumn < state.dataFirstColumn { state.dataFirstColumn = state.dataColumn }
    let available = width - columns[0].width - 1
    while state.dataFirstColumn < state.dataColumn {
      let used = (state.dataFirstColumn...state.dataColumn).reduce(0) {
        $0 + columns[$1 + 1].width + 1
      }
      if used <= available { break }
      state.dataFirstColumn += 1
    }
  }

  static func perform(_ action: Action, state: DashboardState) -> Bool {
    let rows = state.currentDataset?.dataset.rowCount ?? 0
    let columns = state.currentDataset?.dataset.columns.count ?? 0
    switch action {
    case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
      state.dataRows.move(for: action, pageSize: state.pageSize, count: rows)
    case .moveLeft: state.dataColumn = max(0, state.dataColumn - 1)
    case .moveRight: state.dataColumn = min(max(0, columns - 1), state.dataColumn + 1)
    default: return false
    }
    return true
  }
}
