import Foundation

/// A CI limit on a fairness aggregate: `--fail-above` for differences, `--fail-below` for
/// ratios.
///
/// Differences grow with disparity, so they fail above a limit; ratios shrink with it (1 is
/// parity), so they fail below one, e.g. `--fail-below 'demographic-parity-ratio=0.8'`. The
/// other pairing never trips meaningfully and is refused. Limits lie in [0, 1] like the
/// aggregates, which also catches a percentage written as `10`.
public struct FairnessLimit: Sendable, Equatable, Codable {
  /// Which side of the threshold fails.
  public enum Direction: String, Sendable, Equatable, Codable {
    case above
    case below

    /// The option that sets a limit of this direction.
    public var option: String { "--fail-\(rawValue)" }
  }

  public var measure: FairnessMeasure
  public var direction: Direction
  public var threshold: Double

  public init(measure: FairnessMeasure, direction: Direction, threshold: Double) {
    self.measure = measure
    self.direction = direction
    self.threshold = threshold
  }

  /// Slack for rounding, so a difference computed as 0.1000000000000001 passes a 0.1 limit.
  static let tolerance = 1e-9

  /// Parses one option value: `name=value`, or several separated by commas.
  /// - Throws: `FulcrumError(.usage, …)` naming the option for an unknown aggregate (listing
  ///   those allowed), a ratio above / difference below, or a value not in [0, 1].
  public static func parse(_ text: String, direction: Direction) throws(FulcrumError)
    -> [FairnessLimit]
  {
    let option = direction.option
    let allowed = FairnessMeasure.allCases.filter { $0.isRatio == (direction == .below) }
    var limits: [FairnessLimit] = []
    for piece in text.split(separator: ",") {
      let item = piece.trimmingCharacters(in: .whitespaces)
      let parts = item.split(separator: "=", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard parts.count == 2, !parts[0].isEmpty else {
        throw FulcrumError(
          .usage, "\(option) '\(item)': write NAME=VALUE, e.g. \(allowed[0].rawValue)=0.1")
      }
      guard let measure = FairnessMeasure(rawValue: parts[0].lowercased()) else {
        let names = allowed.map(\.rawValue).joined(separator: ", ")
        throw FulcrumError(
          .usage, "\(option): unknown aggregate '\(parts[0])'; use one of \(names)")
      }
      guard measure.isRatio == (direction == .below) else {
        let other: Direction = direction == .above ? .below : .above
        let kind = measure.isRatio ? "a ratio (1 is parity)" : "a difference (0 is parity)"
        throw FulcrumError(
          .usage, "\(option): \(measure.rawValue) is \(kind); use \(other.option)")
      }
      guard let threshold = Double(parts[1]), threshold >= 0, threshold <= 1 else {
        throw FulcrumError(
          .usage, "\(option) \(measure.rawValue): '\(parts[1])' is not a number from 0 to 1")
      }
      limits.append(FairnessLimit(measure: measure, direction: direction, threshold: threshold))
    }
    guard !limits.isEmpty else {
      throw FulcrumError(.usage, "\(option): no limit given (e.g. \(allowed[0].rawValue)=0.1)")
    }
    return limits
  }

  /// Whether `value` breaks this limit.
  public func isExceeded(by value: Double) -> Bool {
    switch direction {
    case .above: value > threshold + Self.tolerance
    case .below: value < threshold - Self.tolerance
    }
  }
}
