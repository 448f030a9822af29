import FulcrumCore

/// A rectangular window onto another surface, with its own origin; drawing outside the
/// window is dropped.
final class ClippedSurface: Surface {
  let base: Surface
  let rect: Rect

  init(base: Surface, rect: Rect) {
    self.base = base
    self.rect = rect
  }

  var width: Int { rect.width }
  var height: Int { rect.height }
  var charset: Charset { base.charset }

  func setCell(row: Int, col: Int, grapheme: String, cellWidth: Int, role: Role) {
    guard row >= 0, row < rect.height, col >= 0, col + cellWidth <= rect.width else { return }
    base.setCell(
      row: rect.row + row, col: rect.col + col, grapheme: grapheme, cellWidth: cellWidth,
      role: role)
  }
}
