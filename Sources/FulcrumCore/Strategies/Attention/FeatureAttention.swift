import Foundation

/// Scales numeric features by how much they tell about the label: each feature's
/// normalised mutual information with the label (features cut into quantile bins;
/// MI / mean of the two entropies), passed through a softmax at `temperature` and
/// rescaled so the factors average 1. Meant for standardised features; categorical
/// features are left as they are. Later rows get the same factors through the outcome's
/// feature transform.
public struct FeatureAttention: Strategy {
  public var temperature: Double
  public var bins: Int

  public init(temperature: Double = 0.1, bins: Int = 10) {
    precondition(temperature > 0 && bins >= 2, "temperature > 0 and at least two bins")
    self.temperature = temperature
    self.bins = bins
  }

  public func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    let name = "feature-attention"
    guard trainingSet.featureCount > 0 else {
      throw FulcrumError(.dataError, "\(name): the training set has no numeric features to scale")
    }
    try trainingSet.requireComplete(for: name)
    let width = trainingSet.featureCount
    let information = (0..<width).map { j in
      let column = (0..<trainingSet.rowCount).map { trainingSet.features[$0 * width + j] }
      return MutualInformation.normalized(
        QuantileBins.codes(column, bins: bins), trainingSet.labels)
    }
    let top = information.max()!
    let exps = information.map { exp(($0 - top) / temperature) }
    let sum = exps.reduce(0, +)
    let factors = exps.map { $0 / sum * Double(width) }
    var output = trainingSet
    output.features = FeatureTransform.scale(factors).apply(
      to: trainingSet.features, featureCount: width)
    let strongest = factors.indices.max { factors[$0] < factors[$1] }!
    let weakest = factors.indices.min { factors[$0] < factors[$1] }!
    return StrategyOutcome(
      trainingSet: output, origins: trainingSet.labels.indices.map { .original($0) },
      featureTransform: .scale(factors),
      notes: [
        "\(name): factors from \(formatWeight(factors[weakest])) "
          + "('\(trainingSet.featureNames[weakest])') to \(formatWeight(factors[strongest])) "
          + "('\(trainingSet.featureNames[strongest])')"
      ])
  }
}
