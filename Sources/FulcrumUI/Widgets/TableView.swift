/// A table drawn from a cell function, so only the rows and columns on screen are ever
/// turned into text; fast however many rows the data has.
public struct TableView {
  /// One column: its header, width in cells and alignment.
  public struct Column {
    public var title: String
    public var width: Int
    public var align: Alignment
    /// Role for the header cell (the label column is marked with `.accent`).
    public var headerRole: Role

    public init(title: String, width: Int, align: Alignment, headerRole: Role = .header) {
      self.title = title
      self.width = width
      self.align = align
      self.headerRole = headerRole
    }
  }

  public var columns: [Column]
  public var rowCount: Int
  /// The text of a cell, by row and column index; called only for visible cells.
  public var cell: (Int, Int) -> String
  /// An optional role for a cell (missing values muted, for instance).
  public var cellRole: ((Int, Int) -> Role)?
  /// Columns always shown at the left, such as a row number.
  public var frozenColumns = 0
  /// First scrollable column shown.
  public var firstColumn = 0
  public var topRow = 0
  public var selectedRow: Int?
  /// Column shown with the accent header (the cursor column).
  public var selectedColumn: Int?

  public init(columns: [Column], rowCount: Int, cell: @escaping (Int, Int) -> String) {
    self.columns = columns
    self.rowCount = rowCount
    self.cell = cell
  }

  /// Rows of data that fit below the header on a surface `height` rows tall.
  public static func visibleRows(height: Int) -> Int { max(0, height - 1) }

  /// Indices of the columns drawn on a surface `width` columns wide, left to right.
  public func visibleColumns(width: Int) -> [Int] {
    var shown: [Int] = []
    var used = 0
    let start = min(max(frozenColumns, firstColumn), columns.count)
    let scrollable = Array(start..<columns.count)
    for index in Array(0..<min(frozenColumns, columns.count)) + scrollable {
      if used >= width { break }
      shown.append(index)
      used += columns[index].width + 1
    }
    return shown
  }

  public func draw(on surface: Surface) {
    let shown = visibleColumns(width: surface.width)
    var x = 0
    let rows = min(TableView.visibleRows(height: surface.height), max(0, rowCount - topRow))
    for index in shown {
      let column = columns[index]
      let width = min(column.width, surface.width - x)
      guard width > 0 else { break }
      let headerRole = index == selectedColumn ? Role.accent : column.headerRole
      surface.put(
        column.title, row: 0, col: x, width: width, align: column.align,
        role: headerRole)
      for line in 0..<rows {
        let row = topRow + line
        let role: Role =
          row == selectedRow ? .selection : (cellRole?(row, index) ?? .text)
        surface.put(
          cell(row, index), row: line + 1, col: x, width: width, align: column.align,
          role: role)
        if row == selectedRow, x + width < surface.width {
          surface.put(" ", row: line + 1, col: x + width, role: .selection)
        }
      }
      x += width + 1
    }
    if let selectedRow, selectedRow >= topRow, selectedRow < topRow + rows, x < surface.width {
      surface.fill(
        Rect(row: selectedRow - topRow + 1, col: x - 1, height: 1, width: surface.width - x + 1),
        role: .selection)
    }
  }
}
