import Testing

@testable import FulcrumCore

@Suite("Reweighing")
struct ReweighingTests {
  /// REFERENCE reweighing example: P×6 (four positive), U×4 (one positive).
  private let labels = [1, 1, 1, 1, 0, 0, 1, 0, 0, 0]
  private let groups = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1]

  @Test("the reference example: P∧1 0.75, P∧0 1.5, U∧1 2, U∧0 0.666667")
  func referenceExample() {
    let weights = Reweighing.weights(groups: groups, labels: labels)
    let expected = [0.75, 0.75, 0.75, 0.75, 1.5, 1.5, 2, 0.666667, 0.666667, 0.666667]
    #expect(zip(weights, expected).allSatisfy { abs($0 - $1) < 1e-6 })
    #expect(abs(weights.reduce(0, +) - 10) < 1e-9)
  }

  @Test("after reweighing every group's weighted base rate is the overall 0.5")
  func equalBaseRates() {
    let weights = Reweighing.weights(groups: groups, labels: labels)
    for group in 0...1 {
      let rows = groups.indices.filter { groups[$0] == group }
      let positive = rows.filter { labels[$0] == 1 }.map { weights[$0] }.reduce(0, +)
      let total = rows.map { weights[$0] }.reduce(0, +)
      #expect(abs(positive / total - 0.5) < 1e-12)
    }
  }

  @Test("base weights scale the rows and enter the probabilities")
  func baseWeights() {
    // Doubling every weight changes nothing in the factors and doubles the result.
    let doubled = Reweighing.weights(
      groups: groups, labels: labels, baseWeights: [Double](repeating: 2, count: 10))
    #expect(abs(doubled[0] - 1.5) < 1e-12 && abs(doubled[6] - 4) < 1e-12)
    // Weight 3 on the U positive: W = 12, W_U = 6, W_1 = 7, W_U1 = 3 → 6·7 / (12·3).
    var base = [Double](repeating: 1, count: 10)
    base[6] = 3
    let factors = Reweighing.factors(groups: groups, labels: labels, baseWeights: base)
    #expect(abs(factors[1][1]! - 7.0 / 6.0) < 1e-12)
    let weights = Reweighing.weights(groups: groups, labels: labels, baseWeights: base)
    #expect(abs(weights[6] - 3.5) < 1e-12)
    #expect(abs(weights.reduce(0, +) - 12) < 1e-9)
  }

  @Test("a (group, label) cell with no rows has no factor")
  func emptyCell() {
    let factors = Reweighing.factors(groups: [0, 0, 1], labels: [0, 1, 0])
    #expect(factors[1][1] == nil)
    // P(g=1)·P(y=0) / P(1, 0) = ⅓·⅔ / ⅓.
    #expect(abs(factors[1][0]! - 2.0 / 3.0) < 1e-12)
  }
}
