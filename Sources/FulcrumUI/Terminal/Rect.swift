/// A rectangle of cells: top-left corner and size.
public struct Rect: Sendable, Equatable {
  public var row: Int
  public var col: Int
  public var height: Int
  public var width: Int

  public init(row: Int, col: Int, height: Int, width: Int) {
    self.row = row
    self.col = col
    self.height = max(0, height)
    self.width = max(0, width)
  }

  public var isEmpty: Bool { height <= 0 || width <= 0 }
  public var bottom: Int { row + height }
  public var right: Int { col + width }

  /// The cells both rectangles cover (empty when they do not overlap).
  public func intersection(_ other: Rect) -> Rect {
    let top = max(row, other.row)
    let left = max(col, other.col)
    let bottomEdge = min(bottom, other.bottom)
    let rightEdge = min(right, other.right)
    return Rect(row: top, col: left, height: bottomEdge - top, width: rightEdge - left)
  }

  /// This rectangle shrunk by `amount` cells on every side.
  public func inset(by amount: Int) -> Rect {
    Rect(
      row: row + amount, col: col + amount, height: height - 2 * amount,
      width: width - 2 * amount)
  }

  /// Splits off the top `count` rows: (top part, the rest).
  public func splitTop(_ count: Int) -> (Rect, Rect) {
    let taken = min(max(0, count), height)
    return (
      Rect(row: row, col: col, height: taken, width: width),
      Rect(row: row + taken, col: col, height: height - taken, width: width)
    )
  }

  /// Splits off the left `count` columns: (left part, the rest).
  public func splitLeft(_ count: Int) -> (Rect, Rect) {
    let taken = min(max(0, count), width)
    return (
      Rect(row: row, col: col, height: height, width: taken),
      Rect(row: row, col: col + taken, height: height, width: width - taken)
    )
  }
}
