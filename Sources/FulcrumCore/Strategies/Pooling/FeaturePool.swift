/// Average-pools numeric features laid out as an image grid (such as 8×8 digits) over
/// `window × window` blocks: 8×8 with window 2 becomes 4×4. Later rows get the same
/// pooling through the outcome's feature transform.
public struct FeaturePool: Strategy {
  /// Grid rows and columns, or `nil` to take a square grid of every numeric feature.
  public var shape: GridShape?
  public var window: Int

  public init(shape: GridShape? = nil, window: Int = 2) {
    precondition(window >= 1, "window must be at least 1")
    self.shape = shape
    self.window = window
  }

  public func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    let name = "feature-pool"
    let width = trainingSet.featureCount
    if trainingSet.categoryCount > 0 {
      throw FulcrumError(
        .dataError,
        "\(name): the data is not a numeric grid (feature '\(trainingSet.categoryNames[0])' "
          + "is categorical)")
    }
    let grid: GridShape
    if let shape {
      guard shape.rows * shape.columns == width else {
        throw FulcrumError(
          .dataError,
          "\(name): shape=\(shape.rows)x\(shape.columns) needs \(shape.rows * shape.columns) "
            + "numeric features, the data has \(width)")
      }
      grid = shape
    } else {
      let side = Int(Double(width).squareRoot().rounded())
      guard width > 0, side * side == width else {
        throw FulcrumError(
          .dataError,
          "\(name): \(width) numeric features do not form a square grid; "
            + "give shape=ROWSxCOLUMNS")
      }
      grid = GridShape(rows: side, columns: side)
    }
    guard grid.rows % window == 0, grid.columns % window == 0 else {
      throw FulcrumError(
        .usage,
        "\(name): window=\(window) does not divide the \(grid.rows)x\(grid.columns) grid")
    }
    try trainingSet.requireComplete(for: name)
    let transform = FeatureTransform.pool(rows: grid.rows, columns: grid.columns, window: window)
    var output = trainingSet
    output.features = transform.apply(to: trainingSet.features, featureCount: width)
    output.featureCount = transform.featureCount(from: width)
    let outColumns = grid.columns / window
    output.featureNames = (0..<output.featureCount).map {
      "pool r\($0 / outColumns + 1)c\($0 % outColumns + 1)"
    }
    return StrategyOutcome(
      trainingSet: output, origins: trainingSet.labels.indices.map { .original($0) },
      featureTransform: transform,
      notes: [
        "\(name): \(grid.rows)x\(grid.columns) grid pooled to "
          + "\(grid.rows / window)x\(outColumns) (\(width) → \(output.featureCount) features)"
      ])
  }
}
