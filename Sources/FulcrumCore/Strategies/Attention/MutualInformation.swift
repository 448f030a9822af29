import Foundation

/// Mutual information between two discrete variables, normalised by the mean of their
/// entropies (scikit-learn's `normalized_mutual_info_score` with arithmetic averaging).
enum MutualInformation {
  /// NMI in [0, 1]; 0 when either variable is constant.
  static func normalized(_ first: [Int], _ second: [Int]) -> Double {
    precondition(first.count == second.count, "variables of different lengths")
    let n = Double(first.count)
    guard n > 0 else { return 0 }
    var joint: [Int: [Int: Double]] = [:]
    var left: [Int: Double] = [:]
    var right: [Int: Double] = [:]
    for position in first.indices {
      joint[first[position], default: [:]][second[position], default: 0] += 1
      left[first[position], default: 0] += 1
      right[second[position], default: 0] += 1
    }
    func entropy(_ counts: [Int: Double]) -> Double {
      counts.values.reduce(0) { $0 - $1 / n * log($1 / n) }
    }
    let leftEntropy = entropy(left)
    let rightEntropy = entropy(right)
    guard leftEntropy > 0, rightEntropy > 0 else { return 0 }
    var information = 0.0
    for (a, row) in joint {
      for (b, count) in row {
        information += count / n * log(count * n / (left[a]! * right[b]!))
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
