/// k-nearest-neighbour vote on Euclidean distance between (standardised) feature rows.
///
/// Each of the k nearest training rows votes for its class with its row weight (so with
/// unit weights the vote is uniform, as scikit-learn's `KNeighborsClassifier`); the
/// probabilities are the vote shares and a tied vote goes to the lowest class index. Rows
/// of weight 0 are not neighbours. Equidistant neighbours are taken in row order.
public struct NearestNeighborClassifier: Classifier {
  public var neighborCount: Int

  public init(neighborCount: Int = 5) {
    precondition(neighborCount > 0, "k must be positive")
    self.neighborCount = neighborCount
  }

  public func fit(_ training: TrainingSet) -> any FittedClassifier {
    let kept = (0..<training.labels.count).filter { training.weights[$0] > 0 }
    precondition(!kept.isEmpty, "a training set needs rows with positive weight")
    precondition(training.features.columnCount > 0, "a training set needs features")
    return FittedNearestNeighborClassifier(
      search: NearestNeighbors(
        points: training.features.rows(kept).values, dimension: training.features.columnCount),
      labels: kept.map { training.labels[$0] }, weights: kept.map { training.weights[$0] },
      neighborCount: min(neighborCount, kept.count), classCount: training.classCount)
  }
}

/// A fitted k-nearest-neighbour model: the training rows and their classes.
public struct FittedNearestNeighborClassifier: FittedClassifier {
  let search: NearestNeighbors
  let labels: [Int]
  let weights: [Double]
  let neighborCount: Int
  public let classCount: Int

  public func predictProbabilities(_ features: FeatureMatrix) -> [Double] {
    precondition(features.columnCount == search.dimension, "features differ from training")
    var probabilities = Array(repeating: 0.0, count: features.rowCount * classCount)
    for row in 0..<features.rowCount {
      let neighbors = search.nearest(to: features.row(row), k: neighborCount)
      var total = 0.0
      for neighbor in neighbors {
        probabilities[row * classCount + labels[neighbor.index]] += weights[neighbor.index]
        total += weights[neighbor.index]
      }
      for c in 0..<classCount { probabilities[row * classCount + c] /= total }
    }
    return probabilities
  }
}
