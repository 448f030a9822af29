import Testing

@testable import FulcrumUI

@Suite("Cell grid")
struct CellGridTests {
  @Test("a wide character takes a cell and a continuation cell")
  func wideContinuation() {
    let grid = CellGrid(width: 6, height: 1)
    let written = grid.put("李a", row: 0, col: 0)
    #expect(written == 3)
    #expect(grid[0, 0].grapheme == "李")
    #expect(grid[0, 1].isContinuation)
    #expect(grid[0, 2].grapheme == "a")
    #expect(grid.render() == "李a")
  }

  @Test("a wide character that does not fit at the edge becomes a blank, never half")
  func neverSplitAtEdge() {
    let grid = CellGrid(width: 5, height: 1)
    grid.put("李小龙", row: 0, col: 0)
    #expect(grid.render() == "李小")
    #expect(grid[0, 4].grapheme == " ")
    #expect(!grid[0, 4].isContinuation)
  }

  @Test("overwriting half of a wide character blanks the other half")
  func overwriteHalf() {
    let grid = CellGrid(width: 4, height: 1)
    grid.put("李", row: 0, col: 0)
    grid.put("x", row: 0, col: 1)
    #expect(grid.render() == " x")
  }

  @Test("a region clips and moves the origin")
  func regionClips() {
    let grid = CellGrid(width: 8, height: 3)
    let region = grid.region(Rect(row: 1, col: 2, height: 1, width: 3))
    region.put("hello", row: 0, col: 0)
    region.put("below", row: 1, col: 0)
    #expect(grid.render() == "\n  hel\n")
  }

  @Test("fields align by display width")
  func alignment() {
    let grid = CellGrid(width: 12, height: 3)
    grid.put("李小", row: 0, col: 0, width: 6, align: .right)
    grid.put("ab", row: 1, col: 0, width: 6, align: .right)
    grid.put("😀", row: 2, col: 0, width: 6, align: .center)
    #expect(grid.render() == "  李小\n    ab\n  😀")
  }

  @Test("escape sequences in data are drawn as text")
  func escapesDrawnVisibly() {
    let grid = CellGrid(width: 20, height: 1)
    grid.put("\u{1B}[2Jgone", row: 0, col: 0)
    #expect(grid.render() == "\\x1b[2Jgone")
  }

  @Test("roles land on the cells they were written to")
  func roles() {
    let grid = CellGrid(width: 6, height: 1)
    grid.put("ab", row: 0, col: 1, role: .accent)
    #expect(grid.renderRoles([.accent: "a"]) == ".aa...")
  }
}
