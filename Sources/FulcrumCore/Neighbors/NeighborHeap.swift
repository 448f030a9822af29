/// The best `k` candidates seen so far, ordered by (squared distance, index).
///
/// Comparing the index on equal distances makes the result independent of the order in
/// which candidates arrive, which is what lets the tree and the scan agree exactly.
struct NeighborHeap {
  let k: Int
  private(set) var distances: [Double]
  private(set) var indices: [Int]

  init(k: Int) {
    self.k = k
    distances = []
    indices = []
    distances.reserveCapacity(k + 1)
    indices.reserveCapacity(k + 1)
  }

  var isFull: Bool { distances.count == k }

  /// The distance a candidate must not exceed to enter (infinity while not full).
  var bound: Double { isFull ? distances[k - 1] : .infinity }

  /// Offers a candidate; keeps it if it is among the best `k`.
  @inline(__always)
  mutating func offer(_ distance: Double, _ index: Int) {
    if isFull {
      let worst = distances[k - 1]
      guard distance < worst || (distance == worst && index < indices[k - 1]) else { return }
      distances.removeLast()
      indices.removeLast()
    }
    var position = distances.count
    while position > 0,
      distances[position - 1] > distance
        || (distances[position - 1] == distance && indices[position - 1] > index)
    {
      position -= 1
    }
    distances.insert(distance, at: position)
    indices.insert(index, at: position)
  }

  func neighbors() -> [Neighbor] {
    (0..<distances.count).map { Neighbor(index: indices[$0], squaredDistance: distances[$0]) }
  }
}
