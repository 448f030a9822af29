/// A change a strategy made to the feature columns, which every row a model later sees
/// (a test fold, a new file) must also go through.
public enum FeatureTransform: Sendable, Equatable {
  /// The features are as they were.
  case identity
  /// Each numeric feature is multiplied by its factor.
  case scale([Double])
  /// Each numeric feature is capped from above at its limit.
  case cap([Double])
  /// Numeric features laid out as a `rows × columns` grid are averaged over
  /// `window × window` blocks.
  case pool(rows: Int, columns: Int, window: Int)

  /// The number of numeric features after the transform, given the number before.
  public func featureCount(from count: Int) -> Int {
    switch self {
    case .identity, .scale, .cap: count
    case .pool(let rows, let columns, let window): (rows / window) * (columns / window)
    }
  }

  /// Applies the transform to row-major numeric features with `featureCount` columns.
  public func apply(to features: [Double], featureCount: Int) -> [Double] {
    switch self {
    case .identity:
      return features
    case .scale(let factors):
      precondition(factors.count == featureCount, "scale factors do not match the features")
      var result = features
      for position in result.indices { result[position] *= factors[position % featureCount] }
      return result
    case .cap(let limits):
      precondition(limits.count == featureCount, "caps do not match the features")
      var result = features
      for position in result.indices {
        result[position] = Swift.min(result[position], limits[position % featureCount])
      }
      return result
    case .pool(let rows, let columns, let window):
      precondition(rows * columns == featureCount, "grid does not match the features")
      return FeatureTransform.averagePool(
        features, rows: rows, columns: columns, window: window)
    }
  }

  static func averagePool(_ features: [Double], rows: Int, columns: Int, window: Int) -> [Double] {
    let inputWidth = rows * columns
    let outRows = rows / window
    let outColumns = columns / window
    let rowCount = features.count / inputWidth
    let area = Double(window * window)
    var result = [Double](repeating: 0, count: rowCount * outRows * outColumns)
    var output = 0
    for row in 0..<rowCount {
      let base = row * inputWidth
      for blockRow in 0..<outRows {
        for blockColumn in 0..<outColumns {
          var sum = 0.0
          for dy in 0..<window {
            let gridRow = blockRow * window + dy
            for dx in 0..<window {
              sum += features[base + gridRow * columns + blockColumn * window + dx]
            }
          }
          result[output] = sum / area
          output += 1
        }
      }
    }
    return result
  }
}
