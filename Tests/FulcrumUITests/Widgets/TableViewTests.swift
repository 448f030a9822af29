import Testing

@testable import FulcrumUI

@Suite("Table widget")
struct TableViewTests {
  @Test("asks only for the cells on screen, however many rows there are")
  func drawsVisibleCellsOnly() {
    var asked: [Int] = []
    var view = TableView(
      columns: [.init(title: "n", width: 8, align: .right)], rowCount: 1_000_000
    ) { row, _ in
      asked.append(row)
      return String(row)
    }
    view.topRow = 999_997
    let grid = CellGrid(width: 10, height: 6)
    view.draw(on: grid)
    #expect(asked == [999_997, 999_998, 999_999])
    #expect(grid.render() == "       n\n  999997\n  999998\n  999999\n\n")
  }

  @Test("samples at most a fixed number of rows to size a column")
  func widthSample() {
    let rows = LoadedDataset.sampleRows(count: 1_000_000)
    #expect(rows.count == LoadedDataset.widthSampleSize)
    #expect(rows.first == 0)
    #expect(rows.last! > 990_000)
    #expect(LoadedDataset.sampleRows(count: 7) == Array(0..<7))
  }

  @Test("scrolling keeps the selection inside the window")
  func scrollState() {
    var scroll = ScrollState()
    scroll.move(by: 25, count: 100)
    scroll.reveal(visible: 10, count: 100)
    #expect(scroll.selected == 25 && scroll.top == 16)
    scroll.moveToLast(count: 100)
    scroll.reveal(visible: 10, count: 100)
    #expect(scroll.top == 90)
    scroll.move(by: -1000, count: 100)
    scroll.reveal(visible: 10, count: 100)
    #expect(scroll.selected == 0 && scroll.top == 0)
  }
}
