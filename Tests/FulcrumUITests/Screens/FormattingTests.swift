import Testing

@testable import FulcrumUI

@Suite("Number formatting on screens")
struct FormattingTests {
  @Test(
    "fixed decimals, whatever the size of the number",
    arguments: [
      (2.3333, 2, "2.33"), (0.8813, 3, "0.881"), (-0.0004, 3, "0.000"), (-1.5, 1, "-1.5"),
      (12.0, 0, "12"), (1e300, 2, "1e+300"), (Double.nan, 2, "-"), (Double.infinity, 1, "inf"),
    ])
  func fixed(_ value: Double, _ digits: Int, _ expected: String) {
    #expect(Formatting.fixed(value, digits: digits) == expected)
  }

  @Test("statistics keep integers whole and round the rest")
  func statistic() {
    #expect(Formatting.statistic(18424) == "18424")
    #expect(Formatting.statistic(3271.258) == "3271.3")
    #expect(Formatting.statistic(20.903) == "20.903")
    #expect(Formatting.statistic(nil) == "")
    #expect(Formatting.statistic(2.5e20) == "2.5e+20")
  }

  @Test("sizes use binary units")
  func bytes() {
    #expect(Formatting.bytes(99) == "99 B")
    #expect(Formatting.bytes(54_272) == "53 KB")
    #expect(Formatting.bytes(35_268_241) == "34 MB")
    #expect(Formatting.bytes(nil) == "")
  }
}
