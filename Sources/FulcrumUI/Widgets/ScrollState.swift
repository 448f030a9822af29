/// The selected line of a scrollable list and the first line shown.
public struct ScrollState: Sendable, Equatable {
  public var selected = 0
  public var top = 0

  public init(selected: Int = 0, top: Int = 0) {
    self.selected = selected
    self.top = top
  }

  /// Moves the selection by `delta` lines, kept within `count` lines.
  public mutating func move(by delta: Int, count: Int) {
    guard count > 0 else {
      selected = 0
      top = 0
      return
    }
    selected = min(max(0, selected + delta), count - 1)
  }

  public mutating func moveToFirst() { selected = 0 }

  public mutating func moveToLast(count: Int) { selected = max(0, count - 1) }

  /// Moves the selection among `count` items as a movement action asks: a line, a page of
  /// `pageSize` lines, or to either end. Other actions leave it where it is.
  mutating func move(for action: Action, pageSize: Int, count: Int) {
    switch action {
    case .moveUp: move(by: -1, count: count)
    case .moveDown: move(by: 1, count: count)
    case .pageUp: move(by: -pageSize, count: count)
    case .pageDown: move(by: pageSize, count: count)
    case .first: moveToFirst()
    case .last: moveToLast(count: count)
    default: break
    }
  }

  /// Adjusts `top` so the selection is inside a window of `visible` lines.
  public mutating func reveal(visible: Int, count: Int) {
    guard visible > 0 else { return }
    if selected < top { top = selected }
    if selected >= top + visible { top = selected - visible + 1 }
    top = max(0, min(top, max(0, count - visible)))
  }
}
