/// Grows a `DecisionTree` depth-first with an explicit stack (no recursion limit).
///
/// Rows are sorted by each feature once; a split partitions every sorted list stably, so
/// each node's lists stay sorted and a level of the tree costs O(features · rows).
struct TreeBuilder {
  let labels: [Int]
  let weights: [Double]
  let classCount: Int
  /// Feature values column by column, for cache-friendly sweeps.
  let columns: [[Double]]
  let maximumDepth: Int?
  private(set) var nodes: [TreeNode] = []

  init(training: TrainingSet, maximumDepth: Int?) {
    labels = training.labels
    weights = training.weights
    classCount = training.classCount
    let x = training.features
    columns = (0..<x.columnCount).map { j in (0..<x.rowCount).map { x[$0, j] } }
    self.maximumDepth = maximumDepth
  }

  private struct Split {
    var feature: Int
    var threshold: Double
    /// Σ_c left_c²/W_left + Σ_c right_c²/W_right: larger means purer children.
    var purity: Double
  }

  private struct Pending {
    var node: Int
    /// The node's rows sorted by each feature in turn.
    var sorted: [[Int]]
    var depth: Int
  }

  mutating func grow(rows: [Int]) {
    let byFeature = columns.map { column in rows.sorted { column[$0] < column[$1] } }
    var pending = [Pending(node: 0, sorted: byFeature, depth: 0)]
    nodes.append(TreeNode(probabilities: []))
    var goesLeft = Array(repeating: false, count: labels.count)
    while let job = pending.popLast() {
      let rows = job.sorted.first ?? rows
      let totals = classWeights(rows)
      let total = totals.reduce(0, +)
      nodes[job.node].probabilities = totals.map { $0 / total }
      let isPure = totals.filter { $0 > 0 }.count <= 1
      if isPure || rows.count < 2 || job.depth == maximumDepth || columns.isEmpty { continue }
      // Like scikit-learn, a split that does not reduce impurity is still taken: a split
      // below it may (XOR is the classic case).
      guard let split = bestSplit(job.sorted, totals: totals) else { continue }
      let column = columns[split.feature]
      for row in rows { goesLeft[row] = column[row] <= split.threshold }
      var left: [[Int]] = []
      var right: [[Int]] = []
      for list in job.sorted {
        left.append(list.filter { goesLeft[$0] })
        right.append(list.filter { !goesLeft[$0] })
      }
      nodes[job.node].feature = split.feature
      nodes[job.node].threshold = split.threshold
      nodes[job.node].left = nodes.count
      nodes[job.node].right = nodes.count + 1
      nodes.append(TreeNode(probabilities: []))
      nodes.append(TreeNode(probabilities: []))
      pending.append(Pending(node: nodes.count - 1, sorted: right, depth: job.depth + 1))
      pending.append(Pending(node: nodes.count - 2, sorted: left, depth: job.depth + 1))
    }
  }

  private func classWeights(_ rows: [Int]) -> [Double] {
    var totals = Array(repeating: 0.0, count: classCount)
    for row in rows { totals[labels[row]] += weights[row] }
    return totals
  }

  /// The best split over all features, or nil when every feature is constant.
  ///
  /// - Complexity: O(features · (n + K)) for n rows sorted by each feature, K classes.
  private func bestSplit(_ sorted: [[Int]], totals: [Double]) -> Split? {
    let total = totals.reduce(0, +)
    let totalSquares = totals.reduce(0) { $0 + $1 * $1 }
    var best: Split? = nil
    var left = Array(repeating: 0.0, count: totals.count)
    for (feature, rows) in sorted.enumerated() {
      let column = columns[feature]
      for c in left.indices { left[c] = 0 }
      var leftWeight = 0.0
      var leftSquares = 0.0
      // Σ_c right_c² kept up to date as rows move left: right_c shrinks by w.
      var rightSquares = totalSquares
      for position in 0..<(rows.count - 1) {
        let row = rows[position]
        let label = labels[row]
        let w = weights[row]
        let right = totals[label] - left[label]
        rightSquares += (right - w) * (right - w) - right * right
        leftSquares += 2 * left[label] * w + w * w
        left[label] += w
        leftWeight += w
        let value = column[row]
        let next = column[rows[position + 1]]
        guard next > value else { continue }
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
