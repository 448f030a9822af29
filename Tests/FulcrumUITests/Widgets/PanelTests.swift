import Testing

@testable import FulcrumUI

@Suite("Panel frame")
struct PanelTests {
  @Test("draws a titled box and returns the region inside it")
  func unicodeFrame() {
    let grid = CellGrid(width: 16, height: 4)
    let inside = Panel.draw(on: grid, rect: grid.bounds, title: "Keys")
    inside.put("inside text here", row: 0, col: 0)
    #expect(
      grid.render() == """
        ┌─ Keys ───────┐
        │inside text he│
        │              │
        └──────────────┘
        """)
  }

  @Test("falls back to ASCII box characters when the locale is not UTF-8")
  func asciiFrame() {
    let grid = CellGrid(width: 12, height: 3, charset: .ascii)
    Panel.draw(on: grid, rect: grid.bounds, title: "Help")
    #expect(
      grid.render() == """
        +- Help ---+
        |          |
        +----------+
        """)
  }
}
