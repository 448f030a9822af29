import Testing

@testable import FulcrumUI

@Suite("Confusion heatmap")
struct ConfusionHeatmapTests {
  let credit = ConfusionHeatmap(labels: ["bad", "good"], counts: [[93, 207], [74, 626]])

  @Test("counts sit on heat shades that grow with the count")
  func countsGolden() {
    let grid = CellGrid(width: 16, height: 3)
    credit.draw(on: grid)
    #expect(
      grid.render() == """
              bad good
        bad    93  207
        good   74  626
        """)
    // 626 is the largest count: the strongest shade; 74 / 626 rounds up to the faintest.
    #expect(
      grid.renderRoles([.header: "h", .heat1: "1", .heat2: "2", .heat5: "5"]) == """
        .....hhhh.hhhh..
        hhhh1111122222..
        hhhh1111155555..
        """)
  }

  @Test("n shows row percentages, with <1 for a tiny share and — for an empty row")
  func normalisedGolden() {
    let heatmap = ConfusionHeatmap(
      labels: ["a", "b", "c"], counts: [[299, 1, 0], [30, 70, 0], [0, 0, 0]], normalised: true)
    let grid = CellGrid(width: 14, height: 4)
    heatmap.draw(on: grid)
    #expect(
      grid.render() == """
            a   b   c
        a 100  <1   0
        b  30  70   0
        c   —   —   —
        """)
    #expect(heatmap.role(truth: 0, predicted: 1) == .heat1)
    #expect(heatmap.role(truth: 1, predicted: 1) == .heat4)
    #expect(heatmap.role(truth: 0, predicted: 2) == .muted)
  }

  @Test("class names are sanitised and cut to the cell")
  func labelsSanitised() {
    let heatmap = ConfusionHeatmap(
      labels: ["\u{1B}[31mred", "承認された"], counts: [[5, 1], [2, 9]], maximumLabelWidth: 6)
    let grid = CellGrid(width: 20, height: 3)
    heatmap.draw(on: grid)
    #expect(
      grid.render() == """
               \\x1b[…  承認…
        \\x1b[…      5      1
        承認…       2      9
        """)
    #expect(!grid.render().contains("\u{1B}"))
  }

  @Test("ten digits fit in 44 columns; fewer columns show a window around the first class")
  func clipping() {
    let labels = (0..<10).map(String.init)
    let counts = (0..<10).map { truth in (0..<10).map { $0 == truth ? 170 + truth : truth } }
    var heatmap = ConfusionHeatmap(labels: labels, counts: counts)
    #expect(heatmap.naturalWidth(charset: .unicode) == 41)
    #expect(heatmap.visibleClasses(width: 41, height: 11, charset: .unicode) == 10)
    #expect(heatmap.visibleClasses(width: 20, height: 11, charset: .unicode) == 4)
    #expect(heatmap.visibleClasses(width: 41, height: 4, charset: .unicode) == 3)
    heatmap.first = 8
    let grid = CellGrid(width: 20, height: 5)
    heatmap.draw(on: grid)
    // The window ends at the last class, so classes 6-9 show.
    #expect(
      grid.render() == """
            6   7   8   9
        6 176   6   6   6
        7   7 177   7   7
        8   8   8 178   8
        9   9   9   9 179
        """)
  }
}
