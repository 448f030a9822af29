/// Grows a `DecisionTree` depth-first with an explicit stack (no recursion limit).
struct TreeBuilder {
  let training: TrainingSet
  let maximumDepth: Int?
  private(set) var nodes: [TreeNode] = []

  init(training: TrainingSet, maximumDepth: Int?) {
    self.training = training
    self.maximumDepth = maximumDepth
  }

  private struct Split {
    var feature: Int
    var threshold: Double
    /// Σ_c left_c²/W_left + Σ_c right_c²/W_right: larger means purer children.
    var purity: Double
  }

  mutating func grow(rows: [Int]) {
    var pending: [(node: Int, rows: [Int], depth: Int)] = [(0, rows, 0)]
    nodes.append(TreeNode(probabilities: []))
    while let (node, rows, depth) = pending.popLast() {
      let totals = classWeights(rows)
      let total = totals.reduce(0, +)
      nodes[node].probabilities = totals.map { $0 / total }
      let isPure = totals.filter { $0 > 0 }.count <= 1
      if isPure || rows.count < 2 || depth == maximumDepth { continue }
      // Like scikit-learn, a split that does not reduce impurity is still taken: a split
      // below it may (XOR is the classic case).
      guard let split = bestSplit(rows, totals: totals) else { continue }
      var left: [Int] = []
      var right: [Int] = []
      for row in rows {
        if training.features[row, split.feature] <= split.threshold {
          left.append(row)
        } else {
          right.append(row)
        }
      }
      nodes[node].feature = split.feature
      nodes[node].threshold = split.threshold
      nodes[node].left = nodes.count
      nodes[node].right = nodes.count + 1
      nodes.append(TreeNode(probabilities: []))
      nodes.append(TreeNode(probabilities: []))
      pending.append((nodes.count - 1, right, depth + 1))
      pending.append((nodes.count - 2, left, depth + 1))
    }
  }

  private func classWeights(_ rows: [Int]) -> [Double] {
    var totals = Array(repeating: 0.0, count: training.classCount)
    for row in rows { totals[training.labels[row]] += training.weights[row] }
    return totals
  }

  /// The best split of `rows` over all features, or nil when every feature is constant.
  ///
  /// - Complexity: O(features · n log n) for n rows.
  private func bestSplit(_ rows: [Int], totals: [Double]) -> Split? {
    let x = training.features
    let total = totals.reduce(0, +)
    var best: Split? = nil
    var left = Array(repeating: 0.0, count: totals.count)
    for feature in 0..<x.columnCount {
      let sorted = rows.map { (x[$0, feature], $0) }.sorted { $0.0 < $1.0 }
      for c in left.indices { left[c] = 0 }
      var leftWeight = 0.0
      var leftSquares = 0.0
      for position in 0..<(sorted.count - 1) {
        let (value, row) = sorted[position]
        let label = training.labels[row]
        let w = training.weights[row]
        leftSquares += 2 * left[label] * w + w * w
        left[label] += w
        leftWeight += w
        let next = sorted[position + 1].0
        guard next > value else { continue }
        var rightSquares = 0.0
        for c in totals.indices {
          let right = totals[c] - left[c]
          rightSquares += right * right
        }
        let rightWeight = total - leftWeight
        guard leftWeight > 0, rightWeight > 0 else { continue }
        let purity = leftSquares / leftWeight + rightSquares / rightWeight
        if best == nil || purity > best!.purity {
          let middle = value + (next - value) / 2
          best = Split(feature: feature, threshold: middle < next ? middle : value, purity: purity)
        }
      }
    }
    return best
  }
}
