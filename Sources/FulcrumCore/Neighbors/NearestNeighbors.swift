import Dispatch

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
/// Ties are broken by the lower row index, so results never depend on thread timing or
/// on the search structure. Low-dimensional sets are searched with a k-d tree, others by
/// a scan over blocks of eight points; both give the brute-force answer bit for bit.
public struct NearestNeighbors: Sendable {
  /// How a set is searched.
  enum Engine: Sendable {
    case tree(KDTree)
    case scan(BlockScan)
    case filteredScan(FilteredScan)
  }

  /// Which engine to build (tests compare each against the definition).
  enum EngineKind {
    case tree
    case scan
    case filteredScan
  }

  /// Points stored row-major: point i is `points[i*dimension ..< (i+1)*dimension]`.
  public let points: [Double]
  public let dimension: Int
  let engine: Engine

  /// Sets with at most this many dimensions (and enough points) get a k-d tree; beyond
  /// it, trees prune too little on spread-out data and the scan is faster.
  static let treeDimensionLimit = 8
  static let treeMinimumCount = 64

  public init(points: [Double], dimension: Int) {
    precondition(dimension > 0 && points.count % dimension == 0, "ragged point set")
    let count = points.count / dimension
    let useTree =
      dimension <= NearestNeighbors.treeDimensionLimit && count >= NearestNeighbors.treeMinimumCount
    self.init(points: points, dimension: dimension, engine: useTree ? .tree : .filteredScan)
  }

  /// Builds with a chosen engine; a filtered scan falls back to the double-precision
  /// scan when the values are too large for single precision.
  init(points: [Double], dimension: Int, engine kind: EngineKind) {
    precondition(dimension > 0 && points.count % dimension == 0, "ragged point set")
    self.points = points
    self.dimension = dimension
    switch kind {
    case .tree:
      engine = .tree(KDTree(points: points, dimension: dimension))
    case .scan:
      engine = .scan(BlockScan(points: points, dimension: dimension))
    case .filteredScan:
      engine =
        FilteredScan(points: points, dimension: dimension).map { .filteredScan($0) }
        ?? .scan(BlockScan(points: points, dimension: dimension))
    }
  }

  public var count: Int { points.count / dimension }

  /// The `k` points nearest to `query`, nearest first; `excluding` skips one row (a
  /// point's own index when searching the set for its neighbours).
  ///
  /// - Complexity: O(n·d) per query for the scan; typically O(log n · d) for the tree.
  public func nearest(to query: [Double], k: Int, excluding: Int? = nil) -> [Neighbor] {
    precondition(query.count == dimension, "query has the wrong dimension")
    guard k > 0 else { return [] }
    var heap = NeighborHeap(k: k)
    query.withUnsafeBufferPointer { search($0, excluding: excluding, into: &heap) }
    return heap.neighbors()
  }

  /// Every point's `k` nearest other points (itself excluded), searched in parallel.
  ///
  /// - Precondition: `k < count`.
  public func nearestToEachPoint(k: Int) -> NeighborTable {
    precondition(k >= 0 && k < count, "asked for more neighbours than other points exist")
    return points.withUnsafeBufferPointer { batch($0, k: k, excludingSelf: true) }
  }

  /// The `k` nearest points to each row-major query, searched in parallel.
  ///
  /// - Precondition: `k <= count` and `queries.count` a multiple of `dimension`.
  public func nearest(toEach queries: [Double], k: Int) -> NeighborTable {
    precondition(queries.count % dimension == 0, "queries have the wrong dimension")
    precondition(k >= 0 && k <= count, "asked for more neighbours than points exist")
    return queries.withUnsafeBufferPointer { batch($0, k: k, excludingSelf: false) }
  }

  private func search(
    _ query: UnsafeBufferPointer<Double>, excluding: Int?, into heap: inout NeighborHeap
  ) {
    switch engine {
    case .tree(let tree): tree.search(query, excluding: excluding, into: &heap)
    case .scan(let scan): scan.search(query, excluding: excluding, into: &heap)
    case .filteredScan(let scan): scan.search(query, excluding: excluding, into: &heap)
    }
  }

  /// Searches every row of `queries` in parallel chunks; with `excludingSelf`, query i
  /// skips point i.
  private func batch(
    _ queries: UnsafeBufferPointer<Double>, k: Int, excludingSelf: Bool
  ) -> NeighborTable {
    let queryCount = queries.count / dimension
    guard k > 0, queryCount > 0 else {
      return NeighborTable(k: k, indices: [], squaredDistances: [])
    }
    var indices = [Int](repeating: 0, count: queryCount * k)
    var distances = [Double](repeating: 0, count: queryCount * k)
    let chunk = 64
    let chunkCount = (queryCount + chunk - 1) / chunk
    let input = QueryInput(rows: queries, dimension: dimension)
    indices.withUnsafeMutableBufferPointer { indexOut in
      distances.withUnsafeMutableBufferPointer { distanceOut in
        let output = TableOutput(indices: indexOut, distances: distanceOut)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunkIndex in
          let start = chunkIndex * chunk
          let end = Swift.min(start + chunk, queryCount)
          var query = start
          if case .filteredScan(let scan) = engine {
            // Four at a time while four remain; the rest one by one below.
            while query + 4 <= end {
              let group = Array(query..<(query + 4))
              var heaps = Array(repeating: NeighborHeap(k: k), count: 4)
              scan.searchFour(
                group.map { input.row($0) },
                excluding: group.map { excludingSelf ? $0 : -1 }, into: &heaps)
              for (offset, heap) in heaps.enumerated() {
                output.store(heap, at: (query + offset) * k)
              }
              query += 4
            }
          }
          while query < end {
            var heap = NeighborHeap(k: k)
            search(input.row(query), excluding: excludingSelf ? query : nil, into: &heap)
            output.store(heap, at: query * k)
            query += 1
          }
        }
      }
    }
    return NeighborTable(k: k, indices: indices, squaredDistances: distances)
  }
}

/// Row-major query rows read by the workers of one batch search.
///
/// Safe to send: the workers only read, and the buffer outlives `concurrentPerform`.
private struct QueryInput: @unchecked Sendable {
  let rows: UnsafeBufferPointer<Double>
  let dimension: Int

  func row(_ index: Int) -> UnsafeBufferPointer<Double> {
    UnsafeBufferPointer(rebasing: rows[(index * dimension)..<((index + 1) * dimension)])
  }
}

/// Output buffers shared by the workers of one batch search.
///
/// Safe to send: each query writes only its own `k` slots, so no two workers touch the
/// same element, and the buffers outlive `concurrentPerform`, which returns only when
/// every worker is done.
private struct TableOutput: @unchecked Sendable {
  let indices: UnsafeMutableBufferPointer<Int>
  let distances: UnsafeMutableBufferPointer<Double>

  func store(_ heap: NeighborHeap, at offset: Int) {
    for position in 0..<heap.indices.count {
      indices[offset + position] = heap.indices[position]
      distances[offset + position] = heap.distances[position]
    }
  }
}
