/// Damps outliers by capping each numeric feature from above at its mean + k·std over
/// the training rows (population std; k = 0 caps at the mean). Later rows get the same
/// caps through the outcome's feature transform.
public struct MeanCap: Strategy {
  public var k: Double

  public init(k: Double = 3) {
    precondition(k >= 0, "k must not be negative")
    self.k = k
  }

  public func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    let name = "mean-cap"
    guard trainingSet.featureCount > 0 else {
      throw FulcrumError(.dataError, "\(name): the training set has no numeric features to cap")
    }
    try trainingSet.requireComplete(for: name)
    let width = trainingSet.featureCount
    let rows = Double(trainingSet.rowCount)
    var limits: [Double] = []
    for j in 0..<width {
      var mean = 0.0
      for row in 0..<trainingSet.rowCount { mean += trainingSet.features[row * width + j] }
      mean /= rows
      var squares = 0.0
      for row in 0..<trainingSet.rowCount {
        let delta = trainingSet.features[row * width + j] - mean
        squares += delta * delta
      }
      limits.append(mean + k * (squares / rows).squareRoot())
    }
    var output = trainingSet
    var capped = 0
    var cappedFeatures = Set<Int>()
    for position in output.features.indices
    where output.features[position] > limits[position % width] {
      output.features[position] = limits[position % width]
      capped += 1
      cappedFeatures.insert(position % width)
    }
    let note =
      capped == 0
      ? "\(name): no value above mean + \(k)·std; nothing capped"
      : "\(name): capped \(capped) values in \(cappedFeatures.count) of \(width) features "
        + "at mean + \(k)·std"
    return StrategyOutcome(
      trainingSet: output, origins: trainingSet.labels.indices.map { .original($0) },
      featureTransform: .cap(limits), notes: [note])
  }
}
