import Testing

@testable import FulcrumUI

@Suite("Command palette")
struct CommandPaletteTests {
  @Test("fuzzy matching wants the query's letters in order, case ignored")
  func matching() {
    #expect(FuzzyMatch.score("exp", in: "export") != nil)
    #expect(FuzzyMatch.score("EXP", in: "export") != nil)
    #expect(FuzzyMatch.score("cth", in: "cycle theme") != nil)
    #expect(FuzzyMatch.score("pxe", in: "export") == nil)
    #expect(FuzzyMatch.score("exports", in: "export") == nil)
    #expect(FuzzyMatch.score("", in: "anything") == 0)
  }

  @Test("word starts and adjacent letters rank higher than scattered ones")
  func ranking() throws {
    let wordStart = try #require(FuzzyMatch.score("ns", in: "next screen"))
    let scattered = try #require(FuzzyMatch.score("ns", in: "anchors"))
    #expect(wordStart > scattered)
    let prefix = try #require(FuzzyMatch.score("sea", in: "search"))
    let spread = try #require(FuzzyMatch.score("sea", in: "sort each"))
    #expect(prefix > spread)
    // A later word start beats an earlier match inside a word.
    let later = try #require(FuzzyMatch.score("th", in: "cycle theme"))
    let inside = try #require(FuzzyMatch.score("th", in: "cyclethme"))
    #expect(later > inside)
  }

  static let entries = [
    CommandPalette.Entry(
      action: .moveDown, keys: [.down, .character("j")], help: "move down one line"),
    CommandPalette.Entry(action: .nextScreen, keys: [.tab], help: "next screen"),
    CommandPalette.Entry(
      action: .export, keys: [.character("e")], help: "export this screen's report",
      unavailable: "load a dataset first"),
    CommandPalette.Entry(
      action: .cycleTheme, keys: [.character("t")], help: "switch to the next colour theme"),
    CommandPalette.Entry(action: .quit, keys: [.control("c")], help: "quit at once"),
  ]

  @Test("typing narrows the list, best match first; arrows move; Backspace widens")
  func typing() {
    var palette = CommandPalette(entries: Self.entries)
    #expect(palette.matches.count == 5)
    for character in "theme" { _ = palette.handle(.character(character)) }
    #expect(palette.matches.map(\.action) == [.cycleTheme])
    for _ in 0..<5 { _ = palette.handle(.backspace) }
    for character in "ne" { _ = palette.handle(.character(character)) }
    // "next screen" by name first; "move down one line" and "cycle theme" only by help.
    #expect(palette.matches.first?.action == .nextScreen)
    #expect(palette.selectedEntry?.action == .nextScreen)
    _ = palette.handle(.down)
    #expect(palette.selectedEntry?.action == palette.matches[1].action)
    #expect(palette.handle(.enter) == false)
    #expect(palette.handle(.escape) == false)
  }

  @Test("the drawn palette shows the query, names, keys and why an action is unavailable")
  func drawn() {
    var palette = CommandPalette(entries: Self.entries)
    _ = palette.handle(.character("e"))
    _ = palette.handle(.character("x"))
    let grid = CellGrid(width: 70, height: 12)
    palette.draw(on: grid)
    let text = grid.render()
    #expect(text.contains("Commands"))
    #expect(text.contains(": ex"))
    let export = text.split(separator: "\n").first { $0.contains("export ") }
    #expect(export?.contains(" unavailable: load a dataset first ") == true)
    #expect(export?.hasSuffix(" e │") == true)
    // The best match comes first: "export" by name, before "next screen".
    #expect(text.split(separator: "\n")[2].contains("export"))
    #expect(!text.contains("quit"))
  }

  @Test("keys are written in ASCII when the terminal cannot show arrows")
  func asciiKeys() {
    let grid = CellGrid(width: 70, height: 12, charset: .ascii)
    CommandPalette(entries: Self.entries).draw(on: grid)
    let line = grid.render().split(separator: "\n").first { $0.contains("move down") }
    #expect(line?.hasSuffix(" v j |") == true)
  }

  @Test("a query that matches nothing says so")
  func nothing() {
    var palette = CommandPalette(entries: Self.entries)
    for character in "zzz" { _ = palette.handle(.character(character)) }
    #expect(palette.selectedEntry == nil)
    let grid = CellGrid(width: 60, height: 10)
    palette.draw(on: grid)
    #expect(grid.render().contains("no action matches 'zzz'"))
  }

  @Test("the prompt line edits text and keeps its end in view")
  func prompt() {
    var prompt = PromptLine(label: "/")
    for character in "own home" { _ = prompt.edit(.character(character)) }
    #expect(prompt.text == "own home")
    _ = prompt.edit(.control("w"))
    #expect(prompt.text == "own ")
    _ = prompt.edit(.backspace)
    #expect(prompt.text == "own")
    #expect(prompt.edit(.enter) == false)
    let grid = CellGrid(width: 12, height: 2)
    PromptLine(label: "Export to: ", text: "/tmp/abc.md").draw(on: grid)
    let bottom = grid.render().split(separator: "\n", omittingEmptySubsequences: false)[1]
    #expect(bottom == " Export to:")
    let wide = CellGrid(width: 20, height: 1)
    PromptLine(label: "Export to: ", text: "/tmp/abc.md").draw(on: wide)
    // Room for five columns and the cursor: the start of the path gives way.
    #expect(wide.render() == " Export to: bc.md")
    #expect(wide[0, 17].role == .selection)
  }
}
