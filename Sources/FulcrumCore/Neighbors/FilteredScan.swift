/// Exact brute-force search that scans in single precision and decides in double.
///
/// Points are centred per dimension and stored as `Float` in blocks of eight (struct of
/// arrays), which halves the arithmetic and memory of the scan. A single query sums
/// squared differences; batches of four use norms minus dot products. Either way each
/// single-precision distance d̃ is within `A·d̃ + B` of the exact double distance (a
/// rounding bound with a safety factor of 2), so a point is dropped only when even its
/// lowest possible distance exceeds the highest possible k-th distance. The survivors — the
/// true neighbours and any point that ties with them — are measured again in double, in
/// the plain order, and ranked by (distance, index): results are bit-for-bit those of the
/// definition.
struct FilteredScan: Sendable {
  let dimension: Int
  let count: Int
  let points: [Double]
  let centre: [Double]
  /// The largest |x_j − centre_j| over all points and dimensions.
  let spread: Double
  let blocks: [SIMD8<Float>]
  /// Per block, each point's squared norm Σ x̃_j² in single precision (∞ for padding).
  let norms: [SIMD8<Float>]

  /// Magnitudes beyond this (after centring) could overflow a `Float` square; such sets
  /// use the double-precision scan instead.
  static let largestSpread = 1e15

  /// Builds the scan, or returns `nil` when the values are too large for `Float`.
  init?(points: [Double], dimension: Int) {
    let count = points.count / dimension
    var centre = [Double](repeating: 0, count: dimension)
    for point in 0..<count {
      for j in 0..<dimension { centre[j] += points[point * dimension + j] }
    }
    for j in 0..<dimension { centre[j] /= Double(max(count, 1)) }
    var spread = 0.0
    for point in 0..<count {
      for j in 0..<dimension {
        spread = max(spread, abs(points[point * dimension + j] - centre[j]))
      }
    }
    guard spread.isFinite, spread <= FilteredScan.largestSpread else { return nil }
    // Padding lanes hold zeros with an infinite norm, so no search keeps them (and the
    // lane loops skip indices past `count` anyway).
    let blockCount = (count + 7) / 8
    var blocks = [SIMD8<Float>](repeating: .zero, count: blockCount * dimension)
    var norms = [SIMD8<Float>](repeating: SIMD8(repeating: .infinity), count: blockCount)
    for point in 0..<count {
      var norm: Float = 0
      for j in 0..<dimension {
        let value = Float(points[point * dimension + j] - centre[j])
        blocks[(point / 8) * dimension + j][point % 8] = value
        norm = norm + value * value
      }
      norms[point / 8][point % 8] = norm
    }
    self.dimension = dimension
    self.count = count
    self.points = points
    self.centre = centre
    self.spread = spread
    self.blocks = blocks
    self.norms = norms
  }

  /// Offers every point except `excluding` that could be among the `heap.k` nearest.
  ///
  /// - Complexity: O(n·d) per query in single precision, plus O(s·d) for s survivors.
  func search(
    _ query: UnsafeBufferPointer<Double>, excluding: Int?, into heap: inout NeighborHeap
  ) {
    let k = heap.k
    guard k > 0 else { return }
    var shifted = [Float](repeating: 0, count: dimension)
    var queryReach = 0.0
    for j in 0..<dimension {
      let value = query[j] - centre[j]
      queryReach = max(queryReach, abs(value))
      shifted[j] = Float(value)
    }
    let reach = max(spread, queryReach)
    guard reach.isFinite, reach <= FilteredScan.largestSpread else {
      exactScan(query, excluding: excluding, into: &heap)
      return
    }
    // Rounding bound |d − d̃| ≤ A·d̃ + B, doubled for safety: B covers converting and
    // subtracting coordinates of size ≤ reach, A the single-precision squares and sum.
    let unit = 0x1p-24
    let coordinateError = 4.1 * unit * reach
    let terms = Double(dimension + 2)
    let relative = 2 * (terms * unit / (1 - terms * unit)) + 1e-12
    let absolute =
      2 * Double(dimension) * coordinateError * (4 * reach + coordinateError) + 1e-300
    let skip = excluding ?? -1
    var uppers = [Double]()  // the k smallest upper bounds seen, ascending
    uppers.reserveCapacity(k + 1)
    var threshold = Float.infinity
    var survivors: [Int] = []
    survivors.reserveCapacity(4 * k + 16)
    let blockCount = (count + 7) / 8
    blocks.withUnsafeBufferPointer { data in
      shifted.withUnsafeBufferPointer { q in
        for block in 0..<blockCount {
          let base = block * dimension
          var sum = SIMD8<Float>(repeating: 0)
          for j in 0..<dimension {
            let delta = data[base + j] - SIMD8(repeating: q[j])
            sum = sum + delta * delta
          }
          guard smallest(sum) <= threshold else { continue }
          for lane in 0..<8 where sum[lane] <= threshold {
            let point = block * 8 + lane
            if point >= count || point == skip { continue }
            survivors.append(point)
            let upper = Double(sum[lane]) * (1 + relative) + absolute
            if uppers.count < k || upper < uppers[k - 1] {
              var position = uppers.count
              while position > 0, uppers[position - 1] > upper { position -= 1 }
              uppers.insert(upper, at: position)
              if uppers.count > k { uppers.removeLast() }
              if uppers.count == k {
                // Lowest possible distance ≤ k-th highest: d̃ ≤ (U_k + B)/(1 − A).
                let limit = (uppers[k - 1] + absolute) / (1 - relative)
                threshold = Float(limit).nextUp
              }
            }
          }
        }
      }
    }
    // The threshold only fell during the scan, so early survivors may now be out; the
    // exact pass below ranks them anyway.
    points.withUnsafeBufferPointer { data in
      for point in survivors {
        let base = point * dimension
        var sum = 0.0
        for j in 0..<dimension {
          let delta = data[base + j] - query[j]
          sum = sum + delta * delta
        }
        heap.offer(sum, point)
      }
    }
  }

  /// One query's filter state during a grouped scan.
  struct Filter {
    let skip: Int
    let absolute: Double
    var threshold = Float.infinity
    var uppers: [Double] = []
    var survivors: [Int] = []
    /// The single-precision distance of each survivor.
    var estimates: [Float] = []

    init(skip: Int, absolute: Double) {
      self.skip = skip
      self.absolute = absolute
    }

    /// Keeps the lanes of `block` that may hold a neighbour and tightens the threshold.
    mutating func consider(
      _ sum: SIMD8<Float>, block: Int, count: Int, k: Int, relative: Double
    ) {
      for lane in 0..<8 where sum[lane] <= threshold {
        let point = block * 8 + lane
        if point >= count || point == skip { continue }
        offer(sum[lane], point, k: k, relative: relative)
      }
    }

    /// Keeps one candidate whose estimate is within the threshold.
    @inline(__always)
    mutating func offer(_ estimate: Float, _ point: Int, k: Int, relative: Double) {
      survivors.append(point)
      estimates.append(estimate)
      let upper = Double(estimate) * (1 + relative) + absolute
      guard uppers.count < k || upper < uppers[k - 1] else { return }
      var position = uppers.count
      while position > 0, uppers[position - 1] > upper { position -= 1 }
      uppers.insert(upper, at: position)
      if uppers.count > k { uppers.removeLast() }
      if uppers.count == k {
        // Lowest possible distance ≤ k-th highest: d̃ ≤ (U_k + B)/(1 − A).
        threshold = Float((uppers[k - 1] + absolute) / (1 - relative)).nextUp
      }
    }
  }

  /// The rounding bound of the norms-minus-dot-products form for values below `reach`
  /// (after centring): |d − d̃| ≤ relative·d̃ + absolute.
  ///
  /// Single-precision dot products, norms and the final sum are each within d·γ_d·R²
  /// (γ_d = d·u/(1 − d·u)), and rounding the coordinates moves the distance by at most
  /// 8·u·d·R²; the total is doubled for safety.
  func productBound(reach: Double) -> (relative: Double, absolute: Double) {
    let unit = Double(Float.ulpOfOne) / 2
    let width = Double(dimension)
    let gamma = width * unit / (1 - width * unit)
    let square = reach * (1 + 2 * unit) * reach * (1 + 2 * unit)
    let absolute =
      2
      * (4 * width * gamma * square + 4 * unit * 4 * width * square
        + 8 * unit * width * square * (1 + unit)) + 1e-300
    return (1e-12, absolute)
  }

  /// Searches four queries in one pass over the blocks (each block is loaded once and
  /// feeds four independent dot products), filling `heaps[g]` for `queries[g]`.
  ///
  /// - Parameter excluding: a point to skip per query, or −1.
  func searchFour(
    _ queries: [UnsafeBufferPointer<Double>], excluding: [Int], into heaps: inout [NeighborHeap]
  ) {
    precondition(queries.count == 4 && excluding.count == 4 && heaps.count == 4)
    let k = heaps[0].k
    guard k > 0 else { return }
    // Distances as ‖x̃‖² + ‖q̃‖² − 2·x̃·q̃: two operations per coordinate instead of three.
    let relative = productBound(reach: spread).relative
    var lanes = [SIMD8<Float>](repeating: .zero, count: dimension * 4)
    var queryNorms = [Float](repeating: 0, count: 4)
    var filters: [Filter] = []
    for g in 0..<4 {
      var queryReach = 0.0
      var norm: Float = 0
      for j in 0..<dimension {
        let value = queries[g][j] - centre[j]
        queryReach = max(queryReach, abs(value))
        let single = Float(value)
        lanes[j * 4 + g] = SIMD8(repeating: single)
        norm = norm + single * single
      }
      queryNorms[g] = norm
      let reach = max(spread, queryReach)
      guard reach.isFinite, reach <= FilteredScan.largestSpread else {
        for h in 0..<4 {
          search(queries[h], excluding: excluding[h] < 0 ? nil : excluding[h], into: &heaps[h])
        }
        return
      }
      let absolute = productBound(reach: reach).absolute
      var filter = Filter(skip: excluding[g], absolute: absolute)
      filter.uppers.reserveCapacity(k + 1)
      filter.survivors.reserveCapacity(4 * k + 16)
      filter.estimates.reserveCapacity(4 * k + 16)
      filters.append(filter)
    }
    let blockCount = norms.count
    let n0 = SIMD8<Float>(repeating: queryNorms[0])
    let n1 = SIMD8<Float>(repeating: queryNorms[1])
    let n2 = SIMD8<Float>(repeating: queryNorms[2])
    let n3 = SIMD8<Float>(repeating: queryNorms[3])
    var t0 = Float.infinity
    var t1 = Float.infinity
    var t2 = Float.infinity
    var t3 = Float.infinity
    blocks.withUnsafeBufferPointer { data in
      lanes.withUnsafeBufferPointer { q in
        norms.withUnsafeBufferPointer { norms in
          for block in 0..<blockCount {
            let base = block * dimension
            var p0 = SIMD8<Float>(repeating: 0)
            var p1 = SIMD8<Float>(repeating: 0)
            var p2 = SIMD8<Float>(repeating: 0)
            var p3 = SIMD8<Float>(repeating: 0)
            for j in 0..<dimension {
              let x = data[base + j]
              p0 = p0 + x * q[4 * j]
              p1 = p1 + x * q[4 * j + 1]
              p2 = p2 + x * q[4 * j + 2]
              p3 = p3 + x * q[4 * j + 3]
            }
            let norm = norms[block]
            let s0 = norm + n0 - (p0 + p0)
            let s1 = norm + n1 - (p1 + p1)
            let s2 = norm + n2 - (p2 + p2)
            let s3 = norm + n3 - (p3 + p3)
            if smallest(s0) <= t0 {
              filters[0].consider(s0, block: block, count: count, k: k, relative: relative)
              t0 = filters[0].threshold
            }
            if smallest(s1) <= t1 {
              filters[1].consider(s1, block: block, count: count, k: k, relative: relative)
              t1 = filters[1].threshold
            }
            if smallest(s2) <= t2 {
              filters[2].consider(s2, block: block, count: count, k: k, relative: relative)
              t2 = filters[2].threshold
            }
            if smallest(s3) <= t3 {
              filters[3].consider(s3, block: block, count: count, k: k, relative: relative)
              t3 = filters[3].threshold
            }
          }
        }
      }
    }
    points.withUnsafeBufferPointer { data in
      for g in 0..<4 {
        // The threshold fell during the scan: survivors kept early may be out by now.
        let threshold = filters[g].threshold
        for (position, point) in filters[g].survivors.enumerated()
        where filters[g].estimates[position] <= threshold {
          let base = point * dimension
          var sum = 0.0
          for j in 0..<dimension {
            let delta = data[base + j] - queries[g][j]
            sum = sum + delta * delta
          }
          heaps[g].offer(sum, point)
        }
      }
    }
  }

  /// The smallest lane, written out: the generic `min()` and `pointwiseMin` are not
  /// inlined and cost more than the scan itself.
  @inline(__always)
  private func smallest(_ sum: SIMD8<Float>) -> Float {
    let low = Swift.min(Swift.min(sum[0], sum[1]), Swift.min(sum[2], sum[3]))
    let high = Swift.min(Swift.min(sum[4], sum[5]), Swift.min(sum[6], sum[7]))
    return Swift.min(low, high)
  }

  /// The plain double-precision scan, for queries too large for the filter.
  private func exactScan(
    _ query: UnsafeBufferPointer<Double>, excluding: Int?, into heap: inout NeighborHeap
  ) {
    points.withUnsafeBufferPointer { data in
      for point in 0..<count where point != excluding {
        let base = point * dimension
        var sum = 0.0
        for j in 0..<dimension {
          let delta = data[base + j] - query[j]
          sum = sum + delta * delta
        }
        heap.offer(sum, point)
      }
    }
  }
}
