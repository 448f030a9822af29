import Foundation

/// Mutual information between two discrete variables, normalised by the mean of their
/// entropies (scikit-learn's `normalized_mutual_info_score` with arithmetic averaging).
enum MutualInformation {
  /// NMI in [0, 1]; 0 when either variable is constant. Codes are small non-negative
  /// integers; counts live in arrays so every sum runs in the same order.
  static func normalized(_ first: [Int], _ second: [Int]) -> Double {
    precondition(first.count == second.count, "variables of different lengths")
    let n = Double(first.count)
    guard n > 0 else { return 0 }
    let rows = (first.max() ?? 0) + 1
    let columns = (second.max() ?? 0) + 1
    var joint = [Double](repeating: 0, count: rows * columns)
    var left = [Double](repeating: 0, count: rows)
    var right = [Double](repeating: 0, count: columns)
    for position in first.indices {
      joint[first[position] * columns + second[position]] += 1
      left[first[position]] += 1
      right[second[position]] += 1
    }
    func entropy(_ counts: [Double]) -> Double {
      counts.reduce(0) { $1 > 0 ? $0 - $1 / n * log($1 / n) : $0 }
    }
    let leftEntropy = entropy(left)
    let rightEntropy = entropy(right)
    guard leftEntropy > 0, rightEntropy > 0 else { return 0 }
    var information = 0.0
    for a in 0..<rows {
      for b in 0..<columns where joint[a * columns + b] > 0 {
        let count = joint[a * columns + b]
        information += count / n * log(count * n / (left[a] * right[b]))
      }
    }
    return max(0, min(1, information / ((leftEntropy + rightEntropy) / 2)))
  }
}

/// Cuts a numeric column into (at most) `bins` quantile bins: a value's bin is the rank
/// of its first occurrence scaled to the bin count, so equal values share a bin.
enum QuantileBins {
  static func codes(_ values: [Double], bins: Int) -> [Int] {
    let order = values.indices.sorted { values[$0] < values[$1] }
    var codes = [Int](repeating: 0, count: values.count)
    var firstRank = 0
    for (rank, position) in order.enumerated() {
      if rank > 0, values[position] != values[order[rank - 1]] { firstRank = rank }
      codes[position] = min(bins - 1, firstRank * bins / values.count)
    }
    return codes
  }
}
