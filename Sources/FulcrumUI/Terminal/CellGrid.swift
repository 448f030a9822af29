import FulcrumCore

/// An in-memory surface: a grid of cells, each a grapheme and a role.
///
/// Tests draw screens and widgets onto a grid and compare `render()` with a multi-line
/// string literal.
public final class CellGrid: Surface {
  /// One cell of the grid.
  public struct Cell: Equatable, Sendable {
    public var grapheme: String
    public var role: Role
    /// True for the right half of a wide character drawn in the cell to the left.
    public var isContinuation: Bool
  }

  public let width: Int
  public let height: Int
  public let charset: Charset
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int, charset: Charset = .unicode) {
    precondition(width >= 0 && height >= 0, "a grid cannot have a negative size")
    self.width = width
    self.height = height
    self.charset = charset
    cells = Array(
      repeating: Cell(grapheme: " ", role: .text, isContinuation: false), count: width * height)
  }

  public subscript(row: Int, col: Int) -> Cell {
    cells[row * width + col]
  }

  public func setCell(row: Int, col: Int, grapheme: String, cellWidth: Int, role: Role) {
    precondition(row >= 0 && row < height && col >= 0 && col + cellWidth <= width)
    clearHalves(row: row, col: col, cellWidth: cellWidth)
    cells[row * width + col] = Cell(grapheme: grapheme, role: role, isContinuation: false)
    if cellWidth == 2 {
      cells[row * width + col + 1] = Cell(grapheme: "", role: role, isContinuation: true)
    }
  }

  /// The grid as text, one line per row, trailing spaces removed.
  public func render() -> String {
    (0..<height).map { row in
      var line = ""
      for col in 0..<width where !self[row, col].isContinuation {
        line += self[row, col].grapheme
      }
      while line.last == " " { line.removeLast() }
      return line
    }.joined(separator: "\n")
  }

  /// One character per cell naming its role's first letter (`.` for plain text), for
  /// tests that check where styles land.
  public func renderRoles(_ letters: [Role: Character]) -> String {
    (0..<height).map { row in
      String((0..<width).map { letters[self[row, $0].role] ?? "." })
    }.joined(separator: "\n")
  }

  /// Overwriting half of a wide character blanks its other half, as a terminal does.
  private func clearHalves(row: Int, col: Int, cellWidth: Int) {
    let blank = Cell(grapheme: " ", role: .text, isContinuation: false)
    if self[row, col].isContinuation, col > 0 {
      cells[row * width + col - 1] = blank
    }
    let after = col + cellWidth
    if after < width, self[row, after].isContinuation {
      cells[row * width + after] = blank
    }
  }
}
