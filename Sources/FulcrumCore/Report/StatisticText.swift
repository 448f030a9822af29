import Foundation

/// Short, locale-independent text for statistics in tables.
enum StatisticText {
  /// About four significant digits without an exponent for everyday magnitudes;
  /// whole numbers print without a decimal point; nil prints as `—`.
  static func number(_ value: Double?) -> String {
    guard let value else { return "—" }
    if value.isNaN { return "—" }
    if value.isInfinite { return value > 0 ? "∞" : "-∞" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    let magnitude = abs(value)
    if magnitude >= 1e7 || magnitude < 1e-4 { return String(format: "%.3e", value) }
    let decimals = Swift.min(6, Swift.max(0, 3 - Int(log10(magnitude).rounded(.down))))
    return String(format: "%.\(decimals)f", value)
  }

  /// A share as a percentage with one decimal, e.g. `70.0%`.
  static func percent(_ share: Double) -> String {
    String(format: "%.1f%%", share * 100)
  }

  /// A ratio with two decimals, or `—` when undefined.
  static func ratio(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "—" }
    return String(format: "%.2f", value)
  }
}
