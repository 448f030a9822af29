/// Lays equal panels out in a grid that wraps to more rows on narrow terminals and
/// scrolls by whole rows so the selected panel is always in view.
public struct SmallMultiples: Sendable, Equatable {
  public var count: Int
  /// The narrowest a panel may get before the grid drops a column.
  public var minimumWidth: Int
  public var panelHeight: Int

  public init(count: Int, minimumWidth: Int, panelHeight: Int) {
    self.count = count
    self.minimumWidth = minimumWidth
    self.panelHeight = panelHeight
  }

  /// Panels per row on a `width`-column area.
  public func columns(width: Int) -> Int {
    max(1, min(count, width / max(1, minimumWidth)))
  }

  /// The rectangle of every panel shown on a `width` × `height` area, with the index of
  /// the panel, starting at the row of panels that keeps `selected` in view.
  public func frames(width: Int, height: Int, selected: Int) -> [(index: Int, rect: Rect)] {
    guard count > 0, width > 0, height > 0 else { return [] }
    let columns = self.columns(width: width)
    let panelWidth = width / columns
    let rowsShown = max(1, height / max(1, panelHeight))
    let selectedRow = min(max(0, selected), count - 1) / columns
    let firstRow = max(0, selectedRow - rowsShown + 1)
    var frames: [(index: Int, rect: Rect)] = []
    for index in 0..<count {
      let gridRow = index / columns - firstRow
      guard gridRow >= 0, gridRow < rowsShown else { continue }
      let rowHeight = min(panelHeight, height)
      frames.append(
        (
          index,
          Rect(
            row: gridRow * panelHeight, col: (index % columns) * panelWidth, height: rowHeight,
            width: panelWidth)
        ))
    }
    return frames
  }
}
