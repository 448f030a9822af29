/// The points neighbour-based strategies search, built from a training set.
///
/// Numeric features are used as they are. Each categorical feature is one-hot encoded at
/// height m/√2, where m is the median standard deviation of the numeric features over the
/// reference rows, so two rows that differ in one category are m² apart in squared
/// distance — the SMOTE-NC rule. With no numeric features, or when m is 0, m is 1 (a
/// differing category then counts like a unit of distance).
struct NeighborSpace {
  let points: [Double]
  let dimension: Int

  /// - Parameters:
  ///   - rows: the rows to embed, in order (point `i` is `rows[i]`); `nil` for every row.
  ///   - scaleRows: the rows whose spread sets m; `nil` for every row.
  init(_ set: TrainingTable, rows: [Int]?, scaleRows: [Int]?) {
    if set.categoryCount == 0 {
      dimension = set.featureCount
      if let rows {
        var points: [Double] = []
        points.reserveCapacity(rows.count * dimension)
        for row in rows { points.append(contentsOf: set.featureRow(row)) }
        self.points = points
      } else {
        points = set.features
      }
      return
    }
    var levels = [Int](repeating: 0, count: set.categoryCount)
    for (position, code) in set.categories.enumerated() {
      levels[position % set.categoryCount] = max(
        levels[position % set.categoryCount], Int(code) + 1)
    }
    let height = NeighborSpace.medianDeviation(set, rows: scaleRows) / 2.0.squareRoot()
    let width = set.featureCount + levels.reduce(0, +)
    let chosen = rows ?? Array(0..<set.rowCount)
    var points = [Double](repeating: 0, count: chosen.count * width)
    for (point, row) in chosen.enumerated() {
      let base = point * width
      for j in 0..<set.featureCount { points[base + j] = set.features[row * set.featureCount + j] }
      var offset = base + set.featureCount
      for c in 0..<set.categoryCount {
        points[offset + Int(set.categories[row * set.categoryCount + c])] = height
        offset += levels[c]
      }
    }
    self.points = points
    dimension = width
  }

  /// The median over numeric features of their standard deviation over `rows`, or 1.
  static func medianDeviation(_ set: TrainingTable, rows: [Int]?) -> Double {
    let chosen = rows ?? Array(0..<set.rowCount)
    guard set.featureCount > 0, !chosen.isEmpty else { return 1 }
    var deviations: [Double] = []
    for j in 0..<set.featureCount {
      var mean = 0.0
      for row in chosen { mean += set.features[row * set.featureCount + j] }
      mean /= Double(chosen.count)
      var squares = 0.0
      for row in chosen {
        let delta = set.features[row * set.featureCount + j] - mean
        squares += delta * delta
      }
      deviations.append((squares / Double(chosen.count)).squareRoot())
    }
    deviations.sort()
    let middle = deviations.count / 2
    let median =
      deviations.count % 2 == 1
      ? deviations[middle] : (deviations[middle - 1] + deviations[middle]) / 2
    return median > 0 ? median : 1
  }

  /// Throws unless the set has something to measure distances on.
  static func requireFeatures(_ set: TrainingTable, strategy: String) throws(FulcrumError) {
    guard set.featureCount + set.categoryCount > 0 else {
      throw FulcrumError(.dataError, "\(strategy): the training set has no features to compare")
    }
    try set.requireComplete(for: strategy)
  }
}

extension NearestNeighbors {
  /// The `k` nearest other points of each listed point (its own index excluded), flat.
  ///
  /// Searches `k + 1` and drops the point itself, or the last candidate when the point
  /// is not among them (equal-distance duplicates with lower indices came first).
  func nearestExcludingSelf(of rows: [Int], k: Int) -> NeighborTable {
    precondition(k < count, "asked for more neighbours than other points exist")
    var queries: [Double] = []
    queries.reserveCapacity(rows.count * dimension)
    for row in rows {
      queries.append(contentsOf: points[(row * dimension)..<((row + 1) * dimension)])
    }
    let wide = nearest(toEach: queries, k: k + 1)
    var indices: [Int] = []
    var distances: [Double] = []
    indices.reserveCapacity(rows.count * k)
    distances.reserveCapacity(rows.count * k)
    for (query, row) in rows.enumerated() {
      var taken = 0
      for slot in 0..<(k + 1) where taken < k {
        let candidate = wide.indices[query * (k + 1) + slot]
        if candidate == row { continue }
        indices.append(candidate)
        distances.append(wide.squaredDistances[query * (k + 1) + slot])
        taken += 1
      }
    }
    return NeighborTable(k: k, indices: indices, squaredDistances: distances)
  }
}
