import FulcrumCore
import Testing

@testable import FulcrumUI

@Suite("Screens")
struct ScreenTests {
  @Test("Overview shows shape, balance, histogram and column summaries")
  func overviewGolden() {
    let grid = CellGrid(width: 60, height: 16)
    ScreenFixtures.app(screen: .overview).draw(on: grid)
    #expect(
      grid.render() == """
          1   2 Overview   3   4   5   6   7                fulcrum
        ────────────────────────────────────────────────────────────
         credit.csv  6 × 3  label class  2 classes
         imbalance ratio 2.00   entropy balance 0.918

         Class distribution
          good ██████████████████████████████████████████ 4  66.7%
          bad  █████████████████████                      2  33.3%

         Columns
          Column Type        Missing Distinct Summary
          age    numeric           1        5 19 to 62, mean 35.800
          city   categorical       0        3 Paris 3, 東京 2, \\x1…
          class  categorical       0        2 good 4, bad 2
         Overview › credit.csv
         ↓ move  Tab screen  ? help  q back/quit  : commands
        """)
  }

  @Test("Overview gives each of ten classes a bar at 80x24")
  func tenClasses() {
    let counts = [178, 182, 9, 9, 9, 9, 9, 9, 9, 9]
    let codes = counts.enumerated().flatMap { [UInt32](repeating: UInt32($0), count: $1) }
    let dataset = Dataset(
      path: "digits.csv", format: "csv",
      columns: [
        Column(name: "pixel", storage: .numeric(codes.map { Double($0 % 17) })),
        Column(
          name: "digit", storage: .categorical(codes: codes, levels: (0..<10).map(String.init))),
      ], labelIndex: 1)
    var entry = DatasetEntry(path: dataset.path, origin: .file)
    entry.status = .loaded(LoadedDataset(dataset))
    let state = DashboardState(entries: [entry], screen: .overview)
    state.current = 0
    let grid = CellGrid(width: 80, height: 24)
    DashboardApp(state: state, jobs: JobQueue(), label: nil).draw(on: grid)
    let lines = grid.render().split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[3] == " imbalance ratio 20.22   entropy balance 0.597")
    #expect(
      lines[6] == "  0 █████████████████████████████████████████████████████████████▋  178  41.2%")
    #expect(
      lines[15] == "  9 ███▏                                                              9   2.1%")
    #expect(lines[17] == " Columns")
  }

  @Test("Data shows rows aligned by display width with escapes made visible")
  func dataGolden() {
    let grid = CellGrid(width: 40, height: 12)
    ScreenFixtures.app(screen: .data).draw(on: grid)
    #expect(
      grid.render() == """
          1   2   3 Data   4   5   6   7
        ────────────────────────────────────────
         credit.csv rows 1-5 of 6  column 1 of 3

           # age city        class
           1  25 東京        good
           2  40 Paris       good
           3  33 東京        good
           4  NA \\x1b[31mRed bad
           5  62 Paris       good
         Data › credit.csv
         ↓ move  Tab screen  ? help
        """)
  }

  @Test("Data scrolls to keep the selected row and column in view")
  func dataScrolls() {
    let app = ScreenFixtures.app(screen: .data)
    let grid = CellGrid(width: 40, height: 12)
    for key in [Key.character("G"), .character("l"), .character("l")] {
      app.handle(key, width: 40, height: 12)
    }
    app.draw(on: grid)
    #expect(app.state.dataRows.selected == 5)
    #expect(app.state.dataColumn == 2)
    #expect(grid.render().contains("rows 2-6 of 6"))
    #expect(grid.render().contains("   6  19 Paris       bad"))
    #expect(grid.renderRoles([.selection: "s"]).split(separator: "\n")[9].hasPrefix(".sssss"))
  }

  @Test("Datasets lists files and samples; Enter opens the overview and q comes back")
  func datasetsNavigation() {
    let app = ScreenFixtures.app(screen: .datasets)
    let grid = CellGrid(width: 60, height: 12)
    app.draw(on: grid)
    let text = grid.render()
    #expect(text.contains(" credit.csv file      120 B 6 × 3, 2 classes"))
    #expect(text.contains(" iris.csv   sample   4.5 KB not loaded"))
    app.handle(.enter, width: 60, height: 12)
    #expect(app.state.screen == .overview)
    app.handle(.character("q"), width: 60, height: 12)
    #expect(app.state.screen == .datasets)
    #expect(!app.state.wantsToQuit)
    app.handle(.character("q"), width: 60, height: 12)
    #expect(app.state.wantsToQuit)
  }

  @Test("Enter on a sample that is not loaded starts loading it and shows progress")
  func loadingShowsProgress() {
    let app = ScreenFixtures.app(screen: .datasets)
    app.handle(.character("j"), width: 60, height: 12)
    app.handle(.enter, width: 60, height: 12)
    #expect(app.state.current == 1)
    #expect(app.isBusy)
    let grid = CellGrid(width: 60, height: 12)
    app.draw(on: grid)
    #expect(grid.render().contains("Loading iris.csv"))
    #expect(grid.render().contains("loading iris.csv 0.0 s"))
  }

  @Test("Tab and the digit keys switch screens")
  func switching() {
    let app = ScreenFixtures.app(screen: .datasets)
    app.handle(.tab, width: 60, height: 12)
    #expect(app.state.screen == .overview)
    app.handle(.character("3"), width: 60, height: 12)
    #expect(app.state.screen == .data)
    app.handle(.tab, width: 60, height: 12)
    #expect(app.state.screen == .model)
    app.handle(.character("5"), width: 60, height: 12)
    #expect(app.state.screen == .fairness)
    app.handle(.tab, width: 60, height: 12)
    #expect(app.state.screen == .lab)
    app.handle(.character("7"), width: 60, height: 12)
    #expect(app.state.screen == .compare)
    app.handle(.tab, width: 60, height: 12)
    #expect(app.state.screen == .datasets)
    app.handle(.backTab, width: 60, height: 12)
    #expect(app.state.screen == .compare)
  }

  @Test("? opens the help and ? or q closes it without leaving the screen")
  func helpToggles() {
    let app = ScreenFixtures.app(screen: .overview)
    app.handle(.character("?"), width: 80, height: 30)
    let grid = CellGrid(width: 80, height: 30)
    app.draw(on: grid)
    #expect(grid.render().contains("Help: Overview"))
    app.handle(.character("q"), width: 80, height: 30)
    #expect(!app.state.showingHelp)
    #expect(!app.state.wantsToQuit)
  }

  @Test("a terminal too small shows a message, still answers q, and recovers")
  func tooSmall() {
    let app = ScreenFixtures.app(screen: .overview)
    let small = CellGrid(width: 30, height: 6)
    app.draw(on: small)
    #expect(
      small.render() == """

              Terminal too small
               30x6, need 40x10
           Enlarge it, or q to quit


        """)
    app.handle(.character("j"), width: 30, height: 6)
    #expect(app.state.overview.selected == 0)
    let large = CellGrid(width: 60, height: 16)
    app.draw(on: large)
    #expect(large.render().contains("Class distribution"))
    app.handle(.character("q"), width: 30, height: 6)
    #expect(app.state.wantsToQuit)
  }

  @Test("a failed load shows its error on the status bar and the screen")
  func failedLoad() {
    let app = ScreenFixtures.app(screen: .overview)
    app.state.current = 1
    app.apply([.failed(entry: 1, message: "iris.csv:3: expected 5 fields, found 4")])
    let grid = CellGrid(width: 60, height: 12)
    app.draw(on: grid)
    #expect(grid.render().contains("Could not load iris.csv"))
    #expect(grid.render().contains("iris.csv:3: expected 5 fields, found 4"))
  }
}
