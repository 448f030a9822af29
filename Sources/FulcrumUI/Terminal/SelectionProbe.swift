import FulcrumCore

/// A pass-through surface that notes the first row where a selected line is drawn, so a
/// mouse click can be turned into "move the selection this many lines".
final class SelectionProbe: Surface {
  let base: Surface
  /// The topmost row drawn with the `.selection` role, in `base`'s coordinates.
  private(set) var selectionRow: Int?

  init(base: Surface) {
    self.base = base
  }

  var width: Int { base.width }
  var height: Int { base.height }
  var charset: Charset { base.charset }

  func setCell(row: Int, col: Int, grapheme: String, cellWidth: Int, role: Role) {
    if role == .selection, selectionRow.map({ row < $0 }) ?? true { selectionRow = row }
    base.setCell(row: row, col: col, grapheme: grapheme, cellWidth: cellWidth, role: role)
  }
}
