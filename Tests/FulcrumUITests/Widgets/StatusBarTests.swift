import Testing

@testable import FulcrumUI

@Suite("Status bar")
struct StatusBarTests {
  @Test("shows where you are, the activity on the right and the key hints below")
  func layout() {
    let grid = CellGrid(width: 50, height: 3)
    StatusBar(
      location: "Overview › german.csv", activity: "loading 0.4 s",
      hints: [("Enter", "open"), ("?", "help"), ("q", "quit")]
    ).draw(on: grid)
    #expect(
      grid.render() == """

         Overview › german.csv              loading 0.4 s
         Enter open  ? help  q quit
        """)
  }

  @Test("a long message uses the room the location leaves and hints that do not fit are dropped")
  func narrow() {
    let grid = CellGrid(width: 30, height: 2)
    StatusBar(
      location: "Data", activity: "dark.theme:2: 'x' is not a colour",
      hints: [("Enter", "open"), ("Tab", "screen"), ("?", "help"), ("q", "back/quit")]
    ).draw(on: grid)
    #expect(
      grid.render() == """
         Data  dark.theme:2: 'x' is …
         Enter open  Tab screen
        """)
  }
}
