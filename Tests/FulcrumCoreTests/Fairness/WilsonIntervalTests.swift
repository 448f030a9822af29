import Testing

@testable import FulcrumCore

@Suite("Wilson interval")
struct WilsonIntervalTests {
  @Test("3 of 6 gives [0.187616, 0.812384]; 2 of 3 gives [0.207660, 0.938508]")
  func values() {
    let half = ConfidenceInterval.wilson(proportion: 0.5, count: 6)!
    #expect(close(half.lower, 0.187616) && close(half.upper, 0.812384))
    let twoThirds = ConfidenceInterval.wilson(proportion: 2.0 / 3.0, count: 3)!
    #expect(close(twoThirds.lower, 0.207660) && close(twoThirds.upper, 0.938508))
  }

  @Test("the interval stays inside [0, 1] at 0 and 1 with exact ends at 0 and 1")
  func edges() {
    let none = ConfidenceInterval.wilson(proportion: 0, count: 3)!
    #expect(none.lower == 0 && close(none.upper, 0.561497))
    let all = ConfidenceInterval.wilson(proportion: 1, count: 3)!
    #expect(close(all.lower, 0.438503) && all.upper == 1)
  }

  @Test("no trials gives no interval")
  func empty() {
    #expect(ConfidenceInterval.wilson(proportion: 0.5, count: 0) == nil)
  }
}
