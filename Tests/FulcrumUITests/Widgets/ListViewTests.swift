import Testing

@testable import FulcrumUI

@Suite("List widget")
struct ListViewTests {
  var list = ListView(
    lines: [
      .heading("sampling"), .item("random-over", detail: "target"), .item("smote", detail: "k=5"),
      .heading("attention"), .item("class-weight"),
    ],
    scroll: ScrollState(selected: 1))

  @Test("draws headings, items and right-aligned details, the selection highlighted")
  func draws() {
    let grid = CellGrid(width: 24, height: 5)
    list.draw(on: grid)
    #expect(
      grid.render() == """
        sampling
         random-over     target
         smote              k=5
        attention
         class-weight
        """)
    #expect(
      grid.renderRoles([.selection: "s"]).split(separator: "\n")[1] == "ssssssssssssssssssssssss")
  }

  @Test("moving skips headings and stops at the ends")
  mutating func moves() {
    list.move(by: 1)
    #expect(list.scroll.selected == 2)
    list.move(by: 1)
    #expect(list.scroll.selected == 4)
    list.move(by: 5)
    #expect(list.scroll.selected == 4)
    list.move(by: -3)
    #expect(list.scroll.selected == 1)
  }
}
