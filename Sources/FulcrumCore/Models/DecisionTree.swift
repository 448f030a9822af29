/// A CART classification tree grown on weighted Gini impurity, with an optional depth limit.
///
/// At each node every feature is tried at every midpoint between consecutive distinct
/// values, and the split with the largest weighted impurity decrease is taken (the first
/// feature, then the lowest threshold, wins a tie). A node becomes a leaf when it is pure,
/// reaches `maximumDepth`, or all its rows have the same features. Leaves predict their
/// weighted class shares. Rows of weight 0 are ignored.
public struct DecisionTree: Classifier {
  /// Deepest level a split may create; nil grows until the leaves are pure.
  public var maximumDepth: Int?

  public init(maximumDepth: Int? = nil) {
    precondition(maximumDepth == nil || maximumDepth! >= 0, "depth must not be negative")
    self.maximumDepth = maximumDepth
  }

  public func fit(_ training: TrainingSet) -> any FittedClassifier {
    let rows = (0..<training.labels.count).filter { training.weights[$0] > 0 }
    precondition(!rows.isEmpty, "a training set needs rows with positive weight")
    var builder = TreeBuilder(training: training, maximumDepth: maximumDepth)
    builder.grow(rows: rows)
    return FittedDecisionTree(nodes: builder.nodes, classCount: training.classCount)
  }
}

/// One node of a fitted tree: a split (feature ≤ threshold goes left) or a leaf.
struct TreeNode: Sendable {
  var feature = -1
  var threshold = 0.0
  var left = -1
  var right = -1
  /// Weighted class shares of the node's training rows.
  var probabilities: [Double]
}

/// A fitted decision tree.
public struct FittedDecisionTree: FittedClassifier {
  let nodes: [TreeNode]
  public let classCount: Int

  /// Number of levels below the root (0 for a single leaf).
  public var depth: Int {
    var deepest = 0
    var stack = [(0, 0)]
    while let (node, level) = stack.popLast() {
      deepest = max(deepest, level)
      if nodes[node].feature >= 0 {
        stack.append((nodes[node].left, level + 1))
        stack.append((nodes[node].right, level + 1))
      }
    }
    return deepest
  }

  public func predictProbabilities(_ features: FeatureMatrix) -> [Double] {
    var probabilities: [Double] = []
    probabilities.reserveCapacity(features.rowCount * classCount)
    for row in 0..<features.rowCount {
      var node = 0
      while nodes[node].feature >= 0 {
        let split = nodes[node]
        node = features[row, split.feature] <= split.threshold ? split.left : split.right
      }
      probabilities.append(contentsOf: nodes[node].probabilities)
    }
    return probabilities
  }
}
