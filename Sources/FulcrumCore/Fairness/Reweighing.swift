/// Row weights that make the label independent of the group in the weighted data.
///
/// Every row of group g and label y gets the factor P(g)·P(y) / P(g, y), with the
/// probabilities taken from (weighted) counts, times its own base weight. Afterwards every
/// group's weighted base rate equals the overall one and the total weight is unchanged.
public enum Reweighing {
  /// The reweighed weight of every row.
  ///
  /// - Parameters:
  ///   - groups: the group of each row (any non-negative index, e.g.
  ///     `SensitiveGroups.rowGroups`).
  ///   - labels: the class of each row (any non-negative index).
  ///   - baseWeights: weights already on the rows (for example from another strategy), or nil
  ///     for 1 each; they must be finite and non-negative.
  /// - Returns: base weight × P(g)·P(y) / P(g, y) per row; 0 for a row whose cell has no
  ///   weight at all, and the base weights unchanged when their total is 0.
  /// - Complexity: O(n + G·K) for n rows, G groups and K classes.
  public static func weights(groups: [Int], labels: [Int], baseWeights: [Double]? = nil)
    -> [Double]
  {
    let table = factors(groups: groups, labels: labels, baseWeights: baseWeights)
    return groups.indices.map { row in
      (baseWeights?[row] ?? 1) * (table[groups[row]][labels[row]] ?? 0)
    }
  }

  /// The factor P(g)·P(y) / P(g, y) of every (group, label) cell, indexed `[g][y]`; nil for
  /// a cell without weight.
  public static func factors(groups: [Int], labels: [Int], baseWeights: [Double]? = nil)
    -> [[Double?]]
  {
    precondition(groups.count == labels.count, "one group per label")
    precondition(baseWeights == nil || baseWeights!.count == labels.count, "one weight per row")
    precondition(
      groups.allSatisfy { $0 >= 0 } && labels.allSatisfy { $0 >= 0 }, "negative index")
    precondition(
      baseWeights?.allSatisfy { $0.isFinite && $0 >= 0 } ?? true,
      "weights must be finite and non-negative")
    let groupCount = (groups.max() ?? -1) + 1
    let classCount = (labels.max() ?? -1) + 1
    var cell = [[Double]](
      repeating: [Double](repeating: 0, count: classCount), count: groupCount)
    for row in groups.indices {
      cell[groups[row]][labels[row]] += baseWeights?[row] ?? 1
    }
    let groupTotals = cell.map { $0.reduce(0, +) }
    var classTotals = [Double](repeating: 0, count: classCount)
    for row in cell {
      for label in row.indices { classTotals[label] += row[label] }
    }
    let total = groupTotals.reduce(0, +)
    // P(g)·P(y) / P(g, y) = W_g·W_y / (W · W_gy) in weighted counts.
    return cell.indices.map { group in
      cell[group].indices.map { label -> Double? in
        let joint = cell[group][label]
        guard joint > 0, total > 0 else { return nil }
        return groupTotals[group] * classTotals[label] / (total * joint)
      }
    }
  }
}
