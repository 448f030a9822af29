import FulcrumCore
import Testing

@testable import FulcrumUI

@Suite("Search")
struct SearchTests {
  @Test("cells are found row by row, case ignored, numbers only when the query could be one")
  func dataSearch() {
    let dataset = ScreenFixtures.credit
    let (paris, truncated) = DataSearch.matches(of: "paris", in: dataset, limit: 100)
    #expect(paris == [1, 4, 5].map { SearchState.Match(row: $0, column: 1) })
    #expect(!truncated)
    let (numbers, _) = DataSearch.matches(of: "2", in: dataset, limit: 100)
    #expect(numbers == [0, 4].map { SearchState.Match(row: $0, column: 0) })
    // "a" is in Paris and bad, never in a number.
    let (a, _) = DataSearch.matches(of: "a", in: dataset, limit: 100)
    #expect(a.first == SearchState.Match(row: 1, column: 1))
    #expect(a.contains(SearchState.Match(row: 3, column: 2)))
    #expect(!a.contains { $0.column == 0 })
    let (capped, stopped) = DataSearch.matches(of: "o", in: dataset, limit: 2)
    #expect(capped.count == 2 && stopped)
  }

  @Test("/ then Enter selects the first match at or after the selection; n and N wrap")
  func nextAndPrevious() {
    let app = ScreenFixtures.app(screen: .data)
    app.handle(.character("/"), width: 80, height: 24)
    for character in "PAR" { app.handle(.character(character), width: 80, height: 24) }
    app.handle(.enter, width: 80, height: 24)
    #expect(app.state.dataRows.selected == 1)
    #expect(app.state.dataColumn == 1)
    #expect(app.state.message?.text == "match 1 of 3")
    app.handle(.character("n"), width: 80, height: 24)
    #expect(app.state.dataRows.selected == 4)
    #expect(app.state.message?.text == "match 2 of 3")
    app.handle(.character("n"), width: 80, height: 24)
    app.handle(.character("n"), width: 80, height: 24)
    #expect(app.state.dataRows.selected == 1)
    #expect(app.state.message?.text == "match 1 of 3")
    app.handle(.character("N"), width: 80, height: 24)
    #expect(app.state.dataRows.selected == 5)
    #expect(app.state.message?.text == "match 3 of 3")
  }

  @Test("a search that finds nothing says so and leaves the selection")
  func noMatch() {
    let app = ScreenFixtures.app(screen: .data)
    app.state.dataRows.selected = 2
    app.handle(.character("/"), width: 80, height: 24)
    for character in "lyon" { app.handle(.character(character), width: 80, height: 24) }
    app.handle(.enter, width: 80, height: 24)
    #expect(app.state.dataRows.selected == 2)
    #expect(app.state.message?.text == "no match for 'lyon'")
    #expect(app.state.message?.role == .warning)
  }

  @Test("the search prompt shows on the bottom line, Esc cancels it, ^C still quits")
  func prompt() {
    let app = ScreenFixtures.app(screen: .datasets)
    app.handle(.character("/"), width: 60, height: 12)
    app.handle(.character("i"), width: 60, height: 12)
    let grid = CellGrid(width: 60, height: 12)
    app.draw(on: grid)
    #expect(grid.render().split(separator: "\n").last == " /i")
    app.handle(.escape, width: 60, height: 12)
    #expect(app.state.mode.isNormal)
    #expect(app.state.search == nil)
    #expect(!app.state.wantsToQuit)
    app.handle(.character("/"), width: 60, height: 12)
    app.handle(.control("c"), width: 60, height: 12)
    #expect(app.state.wantsToQuit)
  }

  @Test("lists are searched by name: datasets on Datasets, columns on Overview")
  func lists() {
    let app = ScreenFixtures.app(screen: .datasets)
    app.startSearch("IRIS")
    #expect(app.state.datasets.selected == 1)
    app.perform(.showOverview)
    app.stepSearch(by: 1)
    #expect(app.state.message?.text == "no match for 'IRIS'")
    app.startSearch("cl")
    #expect(app.state.overview.selected == 2)
    #expect(app.state.message?.text == "match 1 of 1")
  }
}
