/// Weights each (sensitive group, label) cell by P(g)·P(y) / P(g, y), so that every
/// group has the overall base rate and group and label look independent (Kamiran and
/// Calders' reweighing). Probabilities use the existing row weights; the new weights
/// multiply them.
public struct Reweighing: Strategy {
  public init() {}

  public func apply(
    to trainingSet: TrainingSet, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    guard let groups = trainingSet.groups else {
      throw FulcrumError(
        .usage,
        "reweigh needs a sensitive column to balance: pass --sensitive COLUMN "
          + "(for example --sensitive sex)")
    }
    let factors = Reweighing.cellWeights(
      labels: trainingSet.labels, groups: groups, weights: trainingSet.weights)
    var output = trainingSet
    output.weights = trainingSet.labels.indices.map { row in
      factors[Cell(group: groups[row], label: trainingSet.labels[row])]!
        * (trainingSet.weights?[row] ?? 1)
    }
    return StrategyOutcome(
      trainingSet: output, origins: trainingSet.labels.indices.map { .original($0) },
      notes: ["reweigh: \(factors.count) group × label cells weighted"])
  }

  /// One (group, label) combination.
  public struct Cell: Hashable, Sendable {
    public var group: Int
    public var label: Int

    public init(group: Int, label: Int) {
      self.group = group
      self.label = label
    }
  }

  /// The factor P(g)·P(y)/P(g,y) of every (group, label) cell that has rows.
  public static func cellWeights(labels: [Int], groups: [Int], weights: [Double]?) -> [Cell: Double]
  {
    var total = 0.0
    var byGroup: [Int: Double] = [:]
    var byLabel: [Int: Double] = [:]
    var byCell: [Cell: Double] = [:]
    for row in labels.indices {
      let weight = weights?[row] ?? 1
      total += weight
      byGroup[groups[row], default: 0] += weight
      byLabel[labels[row], default: 0] += weight
      byCell[Cell(group: groups[row], label: labels[row]), default: 0] += weight
    }
    var factors: [Cell: Double] = [:]
    for (cell, joint) in byCell {
      // P(g)·P(y)/P(g,y) = W_g·W_y / (W·W_gy); a cell of zero weight gets factor 1.
      factors[cell] = joint > 0 ? byGroup[cell.group]! * byLabel[cell.label]! / (total * joint) : 1
    }
    return factors
  }
}
