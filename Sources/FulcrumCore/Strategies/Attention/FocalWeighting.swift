import Foundation

/// Weights rows by how hard a first-pass model, fitted on the same training rows, finds
/// them: (1 − p_true)^γ. The weights are rescaled to average 1, so a model's
/// regularisation keeps the same strength as without them, and multiply any existing
/// weights.
public struct FocalWeighting: Strategy {
  public var gamma: Double
  public var firstPass: FirstPassModel

  public init(gamma: Double = 2, firstPass: @escaping FirstPassModel = NaiveBayesFirstPass.model) {
    precondition(gamma >= 0, "gamma must not be negative")
    self.gamma = gamma
    self.firstPass = firstPass
  }

  public func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    let name = "focal"
    try trainingSet.requireComplete(for: name)
    let probabilities = firstPass(trainingSet)
    precondition(probabilities.count == trainingSet.rowCount, "one probability row per row")
    let raw = trainingSet.labels.indices.map { row in
      pow(max(0, 1 - probabilities[row][trainingSet.labels[row]]), gamma)
    }
    let mean = raw.reduce(0, +) / Double(max(raw.count, 1))
    var output = trainingSet
    guard mean > 0 else {
      return StrategyOutcome(
        trainingSet: trainingSet, origins: trainingSet.labels.indices.map { .original($0) },
        notes: [
          "\(name): the first-pass model is certain of every training row; weights left unchanged"
        ])
    }
    output.weights = raw.indices.map { raw[$0] / mean * (trainingSet.weights?[$0] ?? 1) }
    let scaled = raw.map { $0 / mean }
    return StrategyOutcome(
      trainingSet: output, origins: trainingSet.labels.indices.map { .original($0) },
      notes: [
        "\(name): weights (1 − p_true)^\(gamma), rescaled to mean 1, range "
          + "\(formatWeight(scaled.min() ?? 0))–\(formatWeight(scaled.max() ?? 0))"
      ])
  }
}
