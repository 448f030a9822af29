import Testing

@testable import FulcrumUI

@Suite("Histogram widget")
struct HistogramTests {
  let credit = Histogram(bars: [.init(label: "good", count: 700), .init(label: "bad", count: 300)])

  /// Twelve classes where two dominate, as in an imbalanced digits set.
  let digits = Histogram(
    bars: zip(0..<12, [178, 182, 9, 9, 9, 9, 9, 9, 9, 9, 3, 1]).map {
      .init(label: "digit \($0)", count: $1)
    })

  @Test("draws 700/300 with eighth blocks, counts and percentages at 80x24")
  func creditAt80x24() {
    let grid = CellGrid(width: 80, height: 24)
    credit.draw(on: grid)
    let expected = """
      good ███████████████████████████████████████████████████████████████ 700  70.0%
      bad  ███████████████████████████                                     300  30.0%
      """
    #expect(grid.render() == expected + String(repeating: "\n", count: 22))
  }

  @Test("keeps the largest class full width and rounds to the nearest eighth at 40x10")
  func digitsAt40x10() {
    let grid = CellGrid(width: 40, height: 10)
    digits.draw(on: grid)
    #expect(
      grid.render() == """
        digit 0  ██████████████████▋ 178  40.8%
        digit 1  ███████████████████ 182  41.7%
        digit 2  █                     9   2.1%
        digit 3  █                     9   2.1%
        digit 4  █                     9   2.1%
        digit 5  █                     9   2.1%
        digit 6  █                     9   2.1%
        digit 7  █                     9   2.1%
        digit 8  █                     9   2.1%
        … 3 more classes
        """)
  }

  @Test("credit histogram fits 40x10 too")
  func creditAt40x10() {
    let grid = CellGrid(width: 40, height: 10)
    credit.draw(on: grid)
    #expect(
      grid.render().split(separator: "\n", omittingEmptySubsequences: false).prefix(2) == [
        "good ███████████████████████ 700  70.0%",
        "bad  █████████▉              300  30.0%",
      ])
  }

  @Test("alternates the bar roles so neighbouring bars stay apart")
  func alternatingRoles() {
    let grid = CellGrid(width: 40, height: 2)
    credit.draw(on: grid)
    #expect(
      grid.renderRoles([.bar: "A", .barAlt: "B", .muted: "m"]) == """
        .....AAAAAAAAAAAAAAAAAAAAAAA.....mmmmmm.
        .....BBBBBBBBBB..................mmmmmm.
        """)
  }

  @Test("a count that is not zero never shows as an empty bar")
  func tinyCountVisible() {
    let bar = Histogram.barGlyphs(count: 1, largest: 100_000, width: 20, charset: .unicode)
    #expect(bar == "▏")
    #expect(Histogram.barGlyphs(count: 0, largest: 10, width: 20, charset: .unicode) == "")
  }

  @Test("uses # bars when the terminal cannot show block characters")
  func asciiBars() {
    let grid = CellGrid(width: 40, height: 2, charset: .ascii)
    credit.draw(on: grid)
    #expect(
      grid.render() == """
        good ####################### 700  70.0%
        bad  ##########              300  30.0%
        """)
  }

  @Test(
    "percentages keep one decimal", arguments: [(0.7, "70.0%"), (0.0205, "2.1%"), (1, "100.0%")])
  func percent(_ share: Double, _ text: String) {
    #expect(Histogram.percent(share) == text)
  }
}
