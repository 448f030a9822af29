import Foundation

/// An across-group fairness aggregate, named as on the command line.
public enum FairnessMeasure: String, Sendable, CaseIterable, Codable {
  case demographicParityDifference = "demographic-parity-difference"
  case demographicParityRatio = "demographic-parity-ratio"
  case equalizedOddsDifference = "equalized-odds-difference"
  case equalizedOddsRatio = "equalized-odds-ratio"
  case equalOpportunityDifference = "equal-opportunity-difference"
  case equalOpportunityRatio = "equal-opportunity-ratio"

  /// Differences grow with unfairness (0 is parity); ratios shrink with it (1 is parity).
  public var isRatio: Bool {
    switch self {
    case .demographicParityRatio, .equalizedOddsRatio, .equalOpportunityRatio: true
    default: false
    }
  }

  /// A column heading for a side-by-side comparison, e.g. `DP diff`.
  public var shortTitle: String {
    switch self {
    case .demographicParityDifference: "DP diff"
    case .demographicParityRatio: "DP ratio"
    case .equalizedOddsDifference: "EO diff"
    case .equalizedOddsRatio: "EO ratio"
    case .equalOpportunityDifference: "EOpp diff"
    case .equalOpportunityRatio: "EOpp ratio"
    }
  }

  /// The words for a table row, e.g. `demographic parity difference`.
  public var title: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}
