/// One neighbour found by a search: the row it is and its squared Euclidean distance.
public struct Neighbor: Sendable, Equatable {
  public var index: Int
  public var squaredDistance: Double

  public init(index: Int, squaredDistance: Double) {
    self.index = index
    self.squaredDistance = squaredDistance
  }
}

/// Exact k-nearest-neighbour search over a fixed set of points.
///
/// Ties are broken by the lower row index, so results never depend on thread timing.
public struct NearestNeighbors: Sendable {
  /// Points stored row-major: point i is `points[i*dimension ..< (i+1)*dimension]`.
  public let points: [Double]
  public let dimension: Int

  public init(points: [Double], dimension: Int) {
    precondition(dimension > 0 && points.count % dimension == 0, "ragged point set")
    self.points = points
    self.dimension = dimension
  }

  public var count: Int { points.count / dimension }

  /// The `k` points nearest to `query`, nearest first; `excluding` skips one row (a
  /// point's own index when searching the set for its neighbours).
  ///
  /// - Complexity: O(n·d + n·k) per query.
  // FIXME: brute force in one thread; a k-d tree for low dimensions and a SIMD scan
  // for high ones are needed for the 100 000-row targets.
  public func nearest(to query: [Double], k: Int, excluding: Int? = nil) -> [Neighbor] {
    precondition(query.count == dimension, "query has the wrong dimension")
    var best: [Neighbor] = []
    best.reserveCapacity(k + 1)
    for row in 0..<count where row != excluding {
      var sum = 0.0
      let base = row * dimension
      for j in 0..<dimension {
        let delta = points[base + j] - query[j]
        sum += delta * delta
      }
      if best.count == k, let last = best.last, sum >= last.squaredDistance { continue }
      var position = best.count
      while position > 0, best[position - 1].squaredDistance > sum { position -= 1 }
      best.insert(Neighbor(index: row, squaredDistance: sum), at: position)
      if best.count > k { best.removeLast() }
    }
    return best
  }
}
