/// A titled frame around a region.
public enum Panel {
  /// Draws a frame on the edge of `rect` with `title` in its top border and returns the
  /// region inside it.
  @discardableResult
  public static func draw(on surface: Surface, rect: Rect, title: String) -> Surface {
    let charset = surface.charset
    guard rect.width >= 2, rect.height >= 2 else { return surface.region(rect) }
    let top = rect.row
    let bottom = rect.bottom - 1
    surface.put(charset.topLeft, row: top, col: rect.col, role: .border)
    surface.put(charset.topRight, row: top, col: rect.right - 1, role: .border)
    surface.put(charset.bottomLeft, row: bottom, col: rect.col, role: .border)
    surface.put(charset.bottomRight, row: bottom, col: rect.right - 1, role: .border)
    let inner = Rect(row: top, col: rect.col + 1, height: 1, width: rect.width - 2)
    surface.fill(inner, glyph: charset.horizontal, role: .border)
    surface.fill(
      Rect(row: bottom, col: rect.col + 1, height: 1, width: rect.width - 2),
      glyph: charset.horizontal, role: .border)
    surface.fill(
      Rect(row: top + 1, col: rect.col, height: rect.height - 2, width: 1),
      glyph: charset.vertical, role: .border)
    surface.fill(
      Rect(row: top + 1, col: rect.right - 1, height: rect.height - 2, width: 1),
      glyph: charset.vertical, role: .border)
    if !title.isEmpty, rect.width > 6 {
      surface.put(
        " \(title) ", row: top, col: rect.col + 2, role: .title,
        maxWidth: rect.width - 4)
    }
    let content = surface.region(rect.inset(by: 1))
    content.clear()
    return content
  }
}
