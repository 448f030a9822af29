import Foundation
import FulcrumCore
import Testing

@testable import FulcrumUI

@Suite("Palette, export, themes and mouse")
struct HabitsTests {
  /// An app with nothing loaded yet: only bundled samples listed.
  static func freshApp() -> DashboardApp {
    let sample = DatasetEntry(path: "/samples/iris.csv", origin: .sample, byteSize: 4600)
    return DashboardApp(
      state: DashboardState(entries: [sample]), jobs: JobQueue(), label: nil, clock: { 0 })
  }

  static func type(_ text: String, into app: DashboardApp) {
    for character in text { app.handle(.character(character), width: 80, height: 24) }
  }

  @Test("help names the reason an action cannot run yet")
  func helpReasons() {
    let app = Self.freshApp()
    #expect(app.unavailableReason(.export) == "load a dataset first")
    #expect(app.unavailableReason(.searchNext) == "search with / first")
    #expect(app.unavailableReason(.moveDown) == nil)
    app.handle(.character("?"), width: 100, height: 40)
    let grid = CellGrid(width: 100, height: 40)
    app.draw(on: grid)
    #expect(grid.render().contains("(export: load a dataset first)"))
    #expect(grid.render().contains("(search-next: search with / first)"))

    let loaded = ScreenFixtures.app()
    #expect(loaded.unavailableReason(.export) == nil)
  }

  @Test("export is offered on every screen exactly when there is a report to export")
  func exportAvailability() {
    for screen in ScreenID.allCases {
      let fresh = Self.freshApp()
      fresh.state.screen = screen
      #expect(fresh.unavailableReason(.export) == "load a dataset first")
      #expect(fresh.currentReport() == nil)
      let loaded = ScreenFixtures.app(screen: screen)
      #expect(loaded.unavailableReason(.export) == nil)
      #expect(loaded.currentReport()?.dataset.rows == 6)
    }
  }

  @Test("an unavailable action says why on the status bar instead of running")
  func unavailableMessage() {
    let app = Self.freshApp()
    app.handle(.character("e"), width: 80, height: 24)
    #expect(app.state.mode.isNormal)
    #expect(app.state.message?.text == "export: load a dataset first")
  }

  @Test("the palette lists the screen's actions with keys, and Enter runs the match")
  func palette() {
    let app = ScreenFixtures.app(screen: .overview)
    let entries = app.paletteEntries()
    let bound = Set(Keymap.standard.bindings.map(\.action))
    #expect(Set(entries.map(\.action)) == bound.subtracting([.commandPalette]))
    #expect(entries.count == bound.count - 1, "each action once")
    #expect(entries.first { $0.action == .open }?.unavailable == "only on the Datasets screen")
    #expect(entries.first { $0.action == .moveDown }?.unavailable == nil)
    #expect(entries.first { $0.action == .showData }?.keys == [.character("3")])
    app.handle(.character(":"), width: 80, height: 24)
    Self.type("show data", into: app)
    app.handle(.enter, width: 80, height: 24)
    #expect(app.state.screen == .data)
    #expect(app.state.mode.isNormal)

    app.handle(.character(":"), width: 80, height: 24)
    Self.type("q", into: app)
    #expect(!app.state.wantsToQuit, "letters typed into the palette are not keys")
    app.handle(.escape, width: 80, height: 24)
    #expect(app.state.mode.isNormal)
    #expect(app.state.screen == .data)
  }

  @Test("export writes Markdown or JSON by extension and asks before replacing a file")
  func export() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("fulcrum-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let app = ScreenFixtures.app(screen: .overview)
    app.handle(.character("e"), width: 80, height: 24)
    guard case .exportPath(let prompt) = app.state.mode else {
      Issue.record("e did not open the export prompt")
      return
    }
    #expect(prompt.text == "credit-report.md")

    let markdown = folder.appendingPathComponent("credit.md").path
    app.handle(.control("u"), width: 80, height: 24)
    Self.type(markdown, into: app)
    app.handle(.enter, width: 80, height: 24)
    #expect(app.state.message?.text == "exported to \(markdown)")
    let written = try String(contentsOfFile: markdown, encoding: .utf8)
    #expect(written == ReportFormat.markdown.render(Report(describing: ScreenFixtures.credit)))

    // The file exists now: n keeps it, y replaces it.
    try "old".write(toFile: markdown, atomically: true, encoding: .utf8)
    app.export(to: markdown)
    guard case .confirmOverwrite = app.state.mode else {
      Issue.record("an existing file was not confirmed")
      return
    }
    app.handle(.character("n"), width: 80, height: 24)
    #expect(try String(contentsOfFile: markdown, encoding: .utf8) == "old")
    app.export(to: markdown)
    app.handle(.character("y"), width: 80, height: 24)
    #expect(try String(contentsOfFile: markdown, encoding: .utf8) == written)

    let json = folder.appendingPathComponent("credit.json").path
    app.export(to: json)
    let data = try Data(contentsOf: URL(fileURLWithPath: json))
    let decoded = try JSONDecoder().decode(Report.self, from: data)
    #expect(decoded.dataset.rows == 6)

    app.export(to: folder.appendingPathComponent("credit.txt").path)
    #expect(app.state.message?.text.hasPrefix("export: name a .json or .md file") == true)
  }

  @Test("t cycles through the installed themes and names the new one")
  func cycleThemes() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("fulcrum-themes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "text fg=red\n".write(
      to: folder.appendingPathComponent("alpha.theme"), atomically: true, encoding: .utf8)
    try "text fg=nope\n".write(
      to: folder.appendingPathComponent("broken.theme"), atomically: true, encoding: .utf8)
    let app = ScreenFixtures.app()
    app.environment = ["FULCRUM_THEMES": folder.path]
    app.state.themeNames = ThemeLocator.available(environment: app.environment).map(\.name)
    try #require(app.state.themeNames.prefix(2) == ["alpha", "broken"])
    app.state.theme.name = "alpha"
    app.handle(.character("t"), width: 80, height: 24)
    #expect(app.state.theme.name == "broken")
    #expect(app.state.message?.text.hasPrefix("broken.theme:1: 'nope' is not a colour") == true)
    #expect(app.state.theme.styles == Theme.builtInDefault.styles)
    let count = app.state.themeNames.count
    for _ in 0..<(count - 1) { app.handle(.character("t"), width: 80, height: 24) }
    #expect(app.state.theme.name == "alpha")
    #expect(app.state.theme.style(for: .text).foreground == .indexed(1))
    #expect(app.state.message?.text == "theme alpha (1 of \(count))")
  }

  @Test("a click selects the line under it, the wheel scrolls, a tab click switches screen")
  func mouse() {
    let app = ScreenFixtures.app(screen: .data)
    let grid = CellGrid(width: 80, height: 24)
    app.draw(on: grid)
    // Tabs, rule, the table's caption and a blank line, then the header: row 0 is at 5.
    #expect(app.state.selectionRow == 5)
    app.handle(.mouse(MouseEvent(kind: .press, row: 8, col: 10)), width: 80, height: 24)
    #expect(app.state.dataRows.selected == 3)
    app.draw(on: grid)
    #expect(app.state.selectionRow == 8)
    app.handle(.mouse(MouseEvent(kind: .wheelUp, row: 8, col: 10)), width: 80, height: 24)
    #expect(app.state.dataRows.selected == 0)
    app.handle(.mouse(MouseEvent(kind: .wheelDown, row: 8, col: 10)), width: 80, height: 24)
    #expect(app.state.dataRows.selected == 3)
    app.handle(.mouse(MouseEvent(kind: .press, row: 0, col: 3)), width: 80, height: 24)
    #expect(app.state.screen == .datasets)
  }
}

@Suite("Help taller than the terminal")
struct HelpScrollTests {
  @Test("at 80x24 the help scrolls with j and G so its last keys can be read")
  func scrolls() {
    let app = HabitsTests.freshApp()
    app.handle(.character("?"), width: 80, height: 24)
    let grid = CellGrid(width: 80, height: 24)
    app.draw(on: grid)
    #expect(grid.render().contains("scroll (1-19 of 31)"))
    #expect(!grid.render().contains("switch to the next colour theme"))
    app.handle(.character("G"), width: 80, height: 24)
    app.draw(on: grid)
    #expect(grid.render().contains("switch to the next colour theme"))
    #expect(grid.render().contains("(export: load a dataset first)"))
    #expect(app.state.showingHelp)
    app.handle(.character("g"), width: 80, height: 24)
    app.handle(.character("j"), width: 80, height: 24)
    #expect(app.state.helpTop == 1)
    app.handle(.character("?"), width: 80, height: 24)
    #expect(!app.state.showingHelp)
    app.handle(.character("?"), width: 80, height: 24)
    #expect(app.state.helpTop == 0)
  }
}

@Suite("Overlays at small sizes")
struct SmallOverlayTests {
  @Test(
    "palette, prompts and help draw inside the smallest layout",
    arguments: [(40, 10), (41, 11), (60, 12)])
  func small(_ width: Int, _ height: Int) {
    let app = ScreenFixtures.app(screen: .data)
    let grid = CellGrid(width: width, height: height)
    app.handle(.character(":"), width: width, height: height)
    app.draw(on: grid)
    #expect(grid.render().contains("Commands"))
    app.handle(.escape, width: width, height: height)
    app.handle(.character("e"), width: width, height: height)
    app.draw(on: grid)
    #expect(grid.render().contains("Export to:"))
    app.handle(.escape, width: width, height: height)
    app.handle(.character("?"), width: width, height: height)
    app.draw(on: grid)
    #expect(grid.render().contains("Help: Data"))
    app.handle(.character("G"), width: width, height: height)
    app.draw(on: grid)
    #expect(grid.render().contains("scroll"))
  }
}
