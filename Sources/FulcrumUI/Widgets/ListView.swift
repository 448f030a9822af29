import FulcrumCore

/// A scrollable one-column list with a selected line and optional section headings, such
/// as strategies grouped by family.
public struct ListView {
  /// One line: a selectable item, or a heading that groups the items below it.
  public enum Line: Equatable, Sendable {
    case item(String, detail: String = "")
    case heading(String)
  }

  public var lines: [Line]
  public var scroll: ScrollState

  public init(lines: [Line], scroll: ScrollState = ScrollState()) {
    self.lines = lines
    self.scroll = scroll
  }

  /// Draws the lines that fit, the selected one highlighted across the full width, with
  /// each item's detail right-aligned.
  public func draw(on surface: Surface) {
    var scroll = self.scroll
    scroll.reveal(visible: surface.height, count: lines.count)
    for (offset, line) in lines.dropFirst(scroll.top).prefix(surface.height).enumerated() {
      let index = scroll.top + offset
      switch line {
      case .heading(let title):
        surface.put(title, row: offset, col: 0, role: .title)
      case .item(let text, let detail):
        let role: Role = index == scroll.selected ? .selection : .text
        surface.fill(Rect(row: offset, col: 0, height: 1, width: surface.width), role: role)
        let detailWidth = min(
          DisplayText.width(detail, charset: surface.charset), surface.width / 2)
        surface.put(
          " " + text, row: offset, col: 0, role: role,
          maxWidth: surface.width - detailWidth - (detailWidth > 0 ? 2 : 0))
        if detailWidth > 0 {
          surface.put(
            detail, row: offset, col: surface.width - detailWidth - 1, width: detailWidth,
            align: .right, role: index == scroll.selected ? .selection : .muted)
        }
      }
    }
  }

  /// Moves the selection by `delta` items, skipping headings.
  public mutating func move(by delta: Int) {
    guard lines.contains(where: { if case .item = $0 { true } else { false } }) else { return }
    var target = scroll.selected
    let step = delta < 0 ? -1 : 1
    var remaining = abs(delta)
    while remaining > 0 {
      var next = target + step
      while lines.indices.contains(next), case .heading = lines[next] { next += step }
      guard lines.indices.contains(next) else { break }
      target = next
      remaining -= 1
    }
    scroll.selected = target
  }

  /// Moves the selection as a movement action asks: a line, a page of `pageSize` lines,
  /// or to either end. Other actions leave it where it is.
  mutating func move(for action: Action, pageSize: Int) {
    switch action {
    case .moveUp: move(by: -1)
    case .moveDown: move(by: 1)
    case .pageUp: move(by: -pageSize)
    case .pageDown: move(by: pageSize)
    case .first: move(by: -lines.count)
    case .last: move(by: lines.count)
    default: break
    }
  }
}
