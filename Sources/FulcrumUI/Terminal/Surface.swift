import FulcrumCore

/// A rectangle of character cells that screens and widgets draw onto.
///
/// Screens never talk to curses: they draw onto a `Surface`, which is a `CellGrid` in
/// tests and a `CursesSurface` on the terminal. Everything beyond `setCell` is built
/// in the extension below, so every implementation sanitises and clips the same way.
public protocol Surface: AnyObject {
  var width: Int { get }
  var height: Int { get }
  /// Which glyphs the surface can show.
  var charset: Charset { get }

  /// Stores one grapheme that is already sanitised and known to fit.
  ///
  /// `cellWidth` is 1 or 2; a width-2 grapheme also covers the cell at `col + 1`.
  /// Callers (the `put` family) guarantee `0 <= row < height` and
  /// `0 <= col`, `col + cellWidth <= width`.
  func setCell(row: Int, col: Int, grapheme: String, cellWidth: Int, role: Role)
}

extension Surface {
  /// Writes `text` at (`row`, `col`), sanitised and cut to at most `maxWidth` columns and to
  /// the surface's right edge; returns the number of columns written.
  ///
  /// A wide character that would straddle the limit is replaced by a space, so a
  /// character is never split.
  @discardableResult
  public func put(
    _ text: String, row: Int, col: Int, role: Role = .text, maxWidth: Int = .max
  ) -> Int {
    guard row >= 0, row < height, col < width else { return 0 }
    let limit = col + min(maxWidth, width - col)
    var x = col
    for cell in DisplayText.cells(of: text, charset: charset) {
      if x + cell.width > limit {
        if x < limit, x >= 0 { setCell(row: row, col: x, grapheme: " ", cellWidth: 1, role: role) }
        x += 1
        break
      }
      if x >= 0 {
        setCell(row: row, col: x, grapheme: cell.grapheme, cellWidth: cell.width, role: role)
      } else if x + cell.width > 0 {
        // The left part of a wide character is off the surface: show a blank instead.
        setCell(row: row, col: 0, grapheme: " ", cellWidth: 1, role: role)
      }
      x += cell.width
    }
    return max(0, min(x, limit) - max(col, 0))
  }

  /// Writes `text` padded or cut to exactly `width` columns, aligned as asked.
  public func put(
    _ text: String, row: Int, col: Int, width fieldWidth: Int, align: Alignment,
    role: Role = .text
  ) {
    guard fieldWidth > 0 else { return }
    let fitted = DisplayText.fit(text, width: fieldWidth, charset: charset)
    let used = DisplayText.width(fitted, charset: charset)
    let padding = fieldWidth - used
    let left: Int
    switch align {
    case .left: left = 0
    case .right: left = padding
    case .center: left = padding / 2
    }
    fill(Rect(row: row, col: col, height: 1, width: fieldWidth), role: role)
    put(fitted, row: row, col: col + left, role: role, maxWidth: fieldWidth - left)
  }

  /// Fills `rect` (clipped to the surface) with `glyph`, a single-column character.
  public func fill(_ rect: Rect, glyph: String = " ", role: Role = .text) {
    let clipped = rect.intersection(bounds)
    guard !clipped.isEmpty else { return }
    for y in clipped.row..<clipped.row + clipped.height {
      for x in clipped.col..<clipped.col + clipped.width {
        setCell(row: y, col: x, grapheme: glyph, cellWidth: 1, role: role)
      }
    }
  }

  /// Clears the whole surface.
  public func clear(role: Role = .text) {
    fill(bounds, role: role)
  }

  public var bounds: Rect { Rect(row: 0, col: 0, height: height, width: width) }

  /// A view of `rect` on this surface: coordinates start at its corner and drawing
  /// outside it is cut off.
  public func region(_ rect: Rect) -> Surface {
    ClippedSurface(base: self, rect: rect.intersection(bounds))
  }
}

/// Horizontal placement of text inside a field.
public enum Alignment: Sendable {
  case left
  case right
  case center
}
