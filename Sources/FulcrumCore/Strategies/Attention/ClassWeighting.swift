import Foundation

/// Weights rows by inverse class frequency, n / (K · n_c), raised to `power` (1 is the
/// usual "balanced" weighting, 0 leaves every row at 1, values between temper it).
/// Existing row weights are multiplied, not replaced.
public struct ClassWeighting: Strategy {
  public var power: Double

  public init(power: Double = 1) {
    precondition(power >= 0, "power must not be negative")
    self.power = power
  }

  /// The weight of each class, indexed like `classNames` (0 for an absent class).
  public func classWeights(for trainingSet: TrainingTable) -> [Double] {
    let counts = trainingSet.classCounts
    let present = Double(counts.count { $0 > 0 })
    let total = Double(trainingSet.rowCount)
    return counts.map { $0 == 0 ? 0 : pow(total / (present * Double($0)), power) }
  }

  public func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    let perClass = classWeights(for: trainingSet)
    var output = trainingSet
    output.weights = trainingSet.labels.indices.map { row in
      perClass[trainingSet.labels[row]] * (trainingSet.weights?[row] ?? 1)
    }
    let listed = perClass.indices.filter { perClass[$0] > 0 }
      .map { "'\(trainingSet.classNames[$0])' \(formatWeight(perClass[$0]))" }
    return StrategyOutcome(
      trainingSet: output, origins: trainingSet.labels.indices.map { .original($0) },
      notes: ["class-weight: class weights \(listed.joined(separator: ", "))"])
  }
}

/// A weight for notes, to three decimals.
func formatWeight(_ value: Double) -> String {
  let scaled = (value * 1000).rounded() / 1000
  return "\(scaled)"
}
