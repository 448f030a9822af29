/// The `k` nearest neighbours of many queries at once, stored flat (`queryCount × k`).
public struct NeighborTable: Sendable, Equatable {
  public let k: Int
  /// Neighbour row indices, nearest first within each query.
  public let indices: [Int]
  /// Squared Euclidean distances matching `indices`.
  public let squaredDistances: [Double]

  public init(k: Int, indices: [Int], squaredDistances: [Double]) {
    precondition(indices.count == squaredDistances.count, "indices and distances differ")
    precondition(k > 0 ? indices.count % k == 0 : indices.isEmpty, "ragged neighbour table")
    self.k = k
    self.indices = indices
    self.squaredDistances = squaredDistances
  }

  public var queryCount: Int { k == 0 ? 0 : indices.count / k }

  /// The neighbour indices of one query, nearest first.
  public func neighbors(of query: Int) -> ArraySlice<Int> {
    indices[(query * k)..<((query + 1) * k)]
  }

  /// The squared distances of one query's neighbours, nearest first.
  public func distances(of query: Int) -> ArraySlice<Double> {
    squaredDistances[(query * k)..<((query + 1) * k)]
  }
}
