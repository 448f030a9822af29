import FulcrumCore
import Testing

@testable import FulcrumUI

@Suite("Fairness screen")
struct FairnessScreenTests {
  /// The separable rows of the Model screen tests with a group column: group `a` has both
  /// classes, `b` only `no` rows, `c` only `yes` rows.
  static let grouped = Dataset(
    path: "/data/grouped.csv", format: "csv",
    columns: ModelScreenTests.separable.columns.prefix(1)
      + [
        Column(
          name: "group",
          storage: .categorical(
            codes: [0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 2, 2], levels: ["a", "b", "c"]))
      ] + ModelScreenTests.separable.columns.suffix(1), labelIndex: 2)

  /// An app on the Fairness screen whose evaluation has finished.
  static func app() -> DashboardApp {
    let app = ModelScreenTests.app(grouped, screen: .overview)
    app.perform(.showFairness)
    ModelScreenTests.finish(app)
    return app
  }

  static func press(_ keys: Key..., on app: DashboardApp) {
    for key in keys { app.handle(key, width: 80, height: 24) }
  }

  @Test("before a column is ticked the screen says how to tick one")
  func nothingTicked() {
    let app = Self.app()
    let grid = CellGrid(width: 80, height: 24)
    app.draw(on: grid)
    let text = grid.render()
    #expect(text.contains(" [ ] x\n"))
    #expect(text.contains(" [ ] group"))
    #expect(!text.contains("[ ] class"), "the label is not a candidate")
    #expect(text.contains("Tick one or more sensitive columns with Space."))
  }

  @Test("ticking a column shows its groups, rates, intervals and bars against the band")
  func golden() {
    let app = Self.app()
    Self.press(.character("j"), .character(" "), .character("p"), .character("p"), on: app)
    #expect(app.state.fairness.ticked == ["group"])
    #expect(app.state.fairness.positive == "yes")
    let grid = CellGrid(width: 80, height: 24)
    app.draw(on: grid)
    #expect(
      grid.render() == """
          1 Datasets   2 Overview   3 Data   4 Model   5 Fairness   6 Lab   7 Compare
        ────────────────────────────────────────────────────────────────────────────────
         grouped.csv  positive yes  reference a (largest)
         DP diff 1.00 ratio 0.00  EO diff 0.00 ratio 1.00  EOpp diff 0.00 ratio 1.00
                            predictions of logistic, 5 folds, seed 0
         Sensitive columns  Group     n Selection 95% CI  TPR  FPR Selection ÷ ref
         [ ] x              a *       8 0.50 [0.22,0.78] 1.00 0.00 ███████░      1.00
         [x] group          b         2 0.00 [0.00,0.66]    — 0.00      ░░░      0.00 !
                            c         2 1.00 [0.34,1.00] 1.00    — █████████████ 2.00 !






                            a: 8 rows, the reference group
                                  yes rest   base rate  0.500 [0.215, 0.785]
                            yes     4    0   selection  0.500 [0.215, 0.785]
                            rest    0    4   TPR        1.000 [0.510, 1.000]
                            rows truth       FPR        0.000 [0.000, 0.490]
                                             precision  1.000 [0.510, 1.000]
                                             accuracy   1.000 [0.676, 1.000]
         Fairness › grouped.csv
         Space tick  Enter reference  → columns/groups  ↓ move  Tab screen  ? help
        """)
  }

  @Test(
    "selecting a group shows its matrix and why a rate is undefined; Enter makes it the reference")
  func detailAndReference() {
    let app = Self.app()
    Self.press(.character("j"), .character(" "), .character("p"), .character("p"), on: app)
    Self.press(.character("l"), .character("j"), on: app)
    #expect(app.state.fairness.focus == .groups)
    let grid = CellGrid(width: 80, height: 24)
    app.draw(on: grid)
    let text = grid.render()
    #expect(text.contains("b: 2 rows"))
    #expect(text.contains("TPR        —  no positive labels"))
    Self.press(.enter, on: app)
    #expect(app.state.fairness.reference == "b")
    app.draw(on: grid)
    #expect(grid.render().contains("reference b"))
  }
}

@Suite("Model and Fairness at every size")
struct EvaluationScreenSizeTests {
  @Test(
    "both screens draw at every size from 40x10 to 120x40", arguments: [ScreenID.model, .fairness])
  func everySize(_ screen: ScreenID) {
    let app = FairnessScreenTests.app()
    FairnessScreenTests.press(.character("j"), .character(" "), .character("l"), on: app)
    app.state.screen = screen
    for width in stride(from: 40, through: 120, by: 7) {
      for height in stride(from: 10, through: 40, by: 3) {
        let grid = CellGrid(width: width, height: height)
        app.draw(on: grid)
        let text = grid.render()
        #expect(
          text.contains(screen == .model ? "Confusion matrix" : "Group"), "\(width)x\(height)")
      }
    }
  }
}
