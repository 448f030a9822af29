import Foundation

/// Number formatting shared by the fairness renderers.
enum FairnessFormat {
  /// A rate or aggregate to three decimals; `—` when undefined.
  static func number(_ value: Double?) -> String {
    guard let value else { return "—" }
    return String(format: "%.3f", value)
  }

  /// A rate and its interval, e.g. `0.500 [0.188, 0.812]`; `—` when undefined.
  static func rate(_ rate: GroupRate) -> String {
    guard let value = rate.value else { return "—" }
    guard let lower = rate.lower, let upper = rate.upper else { return number(value) }
    return "\(number(value)) [\(number(lower)), \(number(upper))]"
  }

  /// A ratio to the reference, with `!` when outside the four-fifths band.
  static func ratio(_ ratio: ReferenceRatio) -> String {
    guard let value = ratio.value else { return "—" }
    return number(value) + (ratio.outsideBand == true ? " !" : "")
  }

  /// A group size, with its weighted size when weighted.
  static func size(_ group: GroupFairness, weighted: Bool) -> String {
    guard weighted else { return String(group.size) }
    return "\(group.size) (w \(formatNumber((group.weightedSize * 1000).rounded() / 1000)))"
  }
}
