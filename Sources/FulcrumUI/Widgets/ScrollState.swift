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

  /// Adjusts `top` so the selection is inside a window of `visible` lines.
  public mutating func reveal(visible: Int, count: Int) {
    guard visible > 0 else { return }
    if selected < top { top = selected }
    if selected >= top + visible { top = selected - visible + 1 }
    top = max(0, min(top, max(0, count - visible)))
  }
}
