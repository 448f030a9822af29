/// Exact brute-force search over points stored in blocks of eight (struct of arrays):
/// block `b` holds, for each dimension in turn, that coordinate of points `8b ..< 8b+8`.
///
/// Each lane sums `(x_j − q_j)²` over `j` in the same order as a scalar loop, without
/// fused multiply-add, so distances are bit-for-bit those of the plain definition.
struct BlockScan: Sendable {
  let dimension: Int
  let count: Int
  private let blocks: [SIMD8<Double>]

  init(points: [Double], dimension: Int) {
    self.dimension = dimension
    count = points.count / dimension
    let blockCount = (count + 7) / 8
    // Padding lanes sit at infinity so they can never enter a result.
    var blocks = [SIMD8<Double>](
      repeating: SIMD8(repeating: .infinity), count: blockCount * dimension)
    for point in 0..<count {
      let block = point / 8
      let lane = point % 8
      for j in 0..<dimension {
        blocks[block * dimension + j][lane] = points[point * dimension + j]
      }
    }
    self.blocks = blocks
  }

  /// Offers every point except `excluding` to `heap`.
  ///
  /// - Complexity: O(n·d) per query.
  func search(
    _ query: UnsafeBufferPointer<Double>, excluding: Int?, into heap: inout NeighborHeap
  ) {
    let skip = excluding ?? -1
    let blockCount = (count + 7) / 8
    blocks.withUnsafeBufferPointer { data in
      var bound = heap.bound
      for block in 0..<blockCount {
        let base = block * dimension
        var sum = SIMD8<Double>(repeating: 0)
        for j in 0..<dimension {
          let delta = data[base + j] - SIMD8(repeating: query[j])
          sum = sum + delta * delta
        }
        // Points arrive in increasing index, so an equal distance never displaces an
        // earlier point: only strictly smaller ones can enter a full heap. (The lanes are
        // compared one by one: the generic `min()` and lane masks are not inlined.)
        let low = Swift.min(Swift.min(sum[0], sum[1]), Swift.min(sum[2], sum[3]))
        let high = Swift.min(Swift.min(sum[4], sum[5]), Swift.min(sum[6], sum[7]))
        guard Swift.min(low, high) < bound || !heap.isFull else { continue }
        for lane in 0..<8 {
          let point = block * 8 + lane
          if point >= count || point == skip { continue }
          heap.offer(sum[lane], point)
        }
        bound = heap.bound
      }
    }
  }
}
