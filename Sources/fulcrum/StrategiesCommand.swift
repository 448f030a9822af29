import FulcrumCore

extension Command {
  /// `fulcrum strategies`: every strategy by family, with its parameters and defaults,
  /// from the declarations the spec parser reads.
  static let strategies = Command(
    name: "strategies", summary: "list the imbalance strategies and their parameters"
  ) { _ throws(FulcrumError) in
    standardOutput(StrategyListing.render())
    return 0
  }
}
