/// The `reweigh` strategy: weights each (sensitive group, label) cell by
/// P(g)·P(y) / P(g, y), so that every group has the overall base rate and group and label
/// look independent (Kamiran and Calders' reweighing). Probabilities use the existing row
/// weights; the new weights multiply them. The arithmetic is `Reweighing.weights`, the
/// same function the fairness report uses.
public struct GroupReweighing: Strategy {
  public init() {}

  public func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    guard let groups = trainingSet.groups else {
      throw FulcrumError(
        .usage,
        "reweigh needs a sensitive column to balance: pass --sensitive COLUMN "
          + "(for example --sensitive sex)")
    }
    var output = trainingSet
    output.weights = Reweighing.weights(
      groups: groups, labels: trainingSet.labels, baseWeights: trainingSet.weights)
    let cells = Set(zip(groups, trainingSet.labels).map { [$0, $1] }).count
    return StrategyOutcome(
      trainingSet: output, origins: trainingSet.labels.indices.map { .original($0) },
      notes: ["reweigh: \(cells) group × label cells weighted"])
  }
}
