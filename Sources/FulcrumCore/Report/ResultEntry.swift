/// The outcome of evaluating one strategy on a dataset.
///
/// Evaluation adds its fields here (training distribution, confusion matrix, metrics,
/// per-class and fairness tables); `strategy` names the spec that produced them.
public struct ResultEntry: Codable, Sendable, Equatable {
  /// The strategy spec as given, `baseline` for none.
  public var strategy: String

  public init(strategy: String) {
    self.strategy = strategy
  }
}
