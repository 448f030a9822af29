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

  /// The words for a table row, e.g. `demographic parity difference`.
  public var title: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}
