import Foundation

/// A confidence interval for a proportion.
public struct ConfidenceInterval: Sendable, Equatable, Codable {
  public var lower: Double
  public var upper: Double

  public init(lower: Double, upper: Double) {
    self.lower = lower
    self.upper = upper
  }

  /// The two-sided 95 % normal quantile.
  public static let z95 = 1.959963984540054

  /// The Wilson score interval for a proportion `p` observed over `n` trials.
  ///
  /// With row weights, pass the weighted proportion and Kish's effective sample size
  /// n = (Σw)² / Σw²: it equals the row count for equal weights and does not change when
  /// all weights are scaled, unlike the weighted count. Nil when n is not positive.
  public static func wilson(proportion p: Double, count n: Double, z: Double = z95)
    -> ConfidenceInterval?
  {
    guard n > 0, p.isFinite else { return nil }
    let z2 = z * z
    let scale = 1 + z2 / n
    let centre = (p + z2 / (2 * n)) / scale
    let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / scale
    // At p = 0 or 1 the end is exactly 0 or 1 in theory; rounding would leave it a hair off.
    let lower = p == 0 ? 0 : max(0, centre - half)
    let upper = p == 1 ? 1 : min(1, centre + half)
    return ConfidenceInterval(lower: lower, upper: upper)
  }
}
