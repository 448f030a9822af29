/// An exact k-d tree for low-dimensional points, built once and read by many threads.
///
/// Splits the widest dimension at its median until a node holds at most `leafSize`
/// points. A subtree is skipped only when its splitting-plane distance is strictly
/// larger than the current k-th distance, so equal-distance points with lower indices are
/// never missed and results equal the brute-force definition, ties included.
struct KDTree: Sendable {
  private struct Node: Sendable {
    /// For a leaf, the range of `order`; for an inner node, `start` is the split dimension
    /// and the children follow.
    var start: Int
    var end: Int
    var split: Double
    var left: Int
    var right: Int
    var isLeaf: Bool { left < 0 }
  }

  let dimension: Int
  private let points: [Double]
  private let order: [Int]
  private let nodes: [Node]
  static let leafSize = 16

  init(points: [Double], dimension: Int) {
    self.dimension = dimension
    self.points = points
    let count = points.count / dimension
    var order = Array(0..<count)
    var nodes: [Node] = []
    nodes.reserveCapacity(2 * (count / KDTree.leafSize + 1))
    KDTree.build(&nodes, &order, 0, count, points, dimension)
    self.order = order
    self.nodes = nodes
  }

  @discardableResult
  private static func build(
    _ nodes: inout [Node], _ order: inout [Int], _ start: Int, _ end: Int, _ points: [Double],
    _ dimension: Int
  ) -> Int {
    let id = nodes.count
    nodes.append(Node(start: start, end: end, split: 0, left: -1, right: -1))
    guard end - start > leafSize else { return id }
    var widest = 0
    var widestSpread = -1.0
    for j in 0..<dimension {
      var low = Double.infinity
      var high = -Double.infinity
      for position in start..<end {
        let value = points[order[position] * dimension + j]
        low = Swift.min(low, value)
        high = Swift.max(high, value)
      }
      if high - low > widestSpread {
        widestSpread = high - low
        widest = j
      }
    }
    guard widestSpread > 0 else { return id }  // all points identical: keep one leaf
    order[start..<end].sort { points[$0 * dimension + widest] < points[$1 * dimension + widest] }
    let middle = (start + end) / 2
    let split = points[order[middle] * dimension + widest]
    let left = build(&nodes, &order, start, middle, points, dimension)
    let right = build(&nodes, &order, middle, end, points, dimension)
    nodes[id] = Node(start: widest, end: end, split: split, left: left, right: right)
    return id
  }

  /// Offers the points of every subtree that could hold a result to `heap`.
  func search(
    _ query: UnsafeBufferPointer<Double>, excluding: Int?, into heap: inout NeighborHeap
  ) {
    let skip = excluding ?? -1
    points.withUnsafeBufferPointer { data in
      order.withUnsafeBufferPointer { order in
        nodes.withUnsafeBufferPointer { nodes in
          visit(0, query, skip, &heap, data, order, nodes)
        }
      }
    }
  }

  private func visit(
    _ id: Int, _ query: UnsafeBufferPointer<Double>, _ skip: Int, _ heap: inout NeighborHeap,
    _ data: UnsafeBufferPointer<Double>, _ order: UnsafeBufferPointer<Int>,
    _ nodes: UnsafeBufferPointer<Node>
  ) {
    let node = nodes[id]
    if node.isLeaf {
      for position in node.start..<node.end {
        let point = order[position]
        if point == skip { continue }
        let base = point * dimension
        var sum = 0.0
        for j in 0..<dimension {
          let delta = data[base + j] - query[j]
          sum = sum + delta * delta
        }
        if sum <= heap.bound { heap.offer(sum, point) }
      }
      return
    }
    // Left holds values ≤ split, right values ≥ split; the plane gap bounds every point
    // on the far side from below, also in floating point (rounding is monotone).
    let gap = query[node.start] - node.split
    let (near, far) = gap < 0 ? (node.left, node.right) : (node.right, node.left)
    visit(near, query, skip, &heap, data, order, nodes)
    if gap * gap <= heap.bound {
      visit(far, query, skip, &heap, data, order, nodes)
    }
  }
}
