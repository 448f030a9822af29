import Dispatch

/// Lloyd's k-means with k-means++ seeding, every choice drawn from the generator. Stops
/// when no point changes cluster or the centres move less, in total squared distance,
/// than 1e-4 of the mean feature variance (scikit-learn's tolerance).
struct KMeans {
  let clusterCount: Int
  let maximumIterations: Int

  /// The fitted centres (row-major) and each point's cluster.
  struct Result {
    var centers: [Double]
    var assignment: [Int]
  }

  /// Clusters row-major `points` of width `dimension`.
  ///
  /// - Precondition: `1 <= clusterCount <= point count`.
  /// - Complexity: O(iterations · n · k · d).
  func fit(
    _ points: [Double], dimension: Int, using generator: inout SeededGenerator
  ) -> Result {
    let count = points.count / dimension
    precondition(clusterCount >= 1 && clusterCount <= count, "cluster count out of range")
    var centers = seed(points, count: count, dimension: dimension, using: &generator)
    var assignment = [Int](repeating: -1, count: count)
    let tolerance = 1e-4 * meanVariance(points, count: count, dimension: dimension)
    for _ in 0..<maximumIterations {
      let search = NearestNeighbors(points: centers, dimension: dimension)
      let nearest = search.nearest(toEach: points, k: 1)
      var changed = false
      for point in 0..<count where assignment[point] != nearest.indices[point] {
        assignment[point] = nearest.indices[point]
        changed = true
      }
      if !changed { break }
      var sums = [Double](repeating: 0, count: clusterCount * dimension)
      var sizes = [Int](repeating: 0, count: clusterCount)
      for point in 0..<count {
        let cluster = assignment[point]
        sizes[cluster] += 1
        for j in 0..<dimension { sums[cluster * dimension + j] += points[point * dimension + j] }
      }
      let previous = centers
      for cluster in 0..<clusterCount {
        if sizes[cluster] == 0 {
          // An empty cluster restarts at the point farthest from its centre.
          let far = (0..<count).max { nearest.squaredDistances[$0] < nearest.squaredDistances[$1] }!
          for j in 0..<dimension { centers[cluster * dimension + j] = points[far * dimension + j] }
          continue
        }
        for j in 0..<dimension {
          centers[cluster * dimension + j] = sums[cluster * dimension + j] / Double(sizes[cluster])
        }
      }
      var shift = 0.0
      for position in centers.indices {
        let delta = centers[position] - previous[position]
        shift += delta * delta
      }
      if shift <= tolerance { break }
    }
    return Result(centers: centers, assignment: assignment)
  }

  private func meanVariance(_ points: [Double], count: Int, dimension: Int) -> Double {
    var total = 0.0
    for j in 0..<dimension {
      var mean = 0.0
      for point in 0..<count { mean += points[point * dimension + j] }
      mean /= Double(count)
      var squares = 0.0
      for point in 0..<count {
        let delta = points[point * dimension + j] - mean
        squares += delta * delta
      }
      total += squares / Double(count)
    }
    return total / Double(dimension)
  }

  /// k-means++: the first centre uniformly, each next one with probability proportional
  /// to its squared distance from the nearest centre chosen so far.
  private func seed(
    _ points: [Double], count: Int, dimension: Int, using generator: inout SeededGenerator
  ) -> [Double] {
    var centers: [Double] = []
    let first = generator.drawIndex(below: count)
    centers.append(contentsOf: points[(first * dimension)..<((first + 1) * dimension)])
    var closest = [Double](repeating: .infinity, count: count)
    var latest = first
    for _ in 1..<clusterCount {
      // Each point's distance to the newest centre is independent of the others, so the
      // update runs in parallel; the total is summed in point order to stay reproducible.
      let anchor = Array(points[(latest * dimension)..<((latest + 1) * dimension)])
      closest.withUnsafeMutableBufferPointer { closest in
        let shared = SharedDistances(values: closest)
        let chunk = 4096
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { part in
          for point in (part * chunk)..<min(count, (part + 1) * chunk) {
            var sum = 0.0
            for j in 0..<dimension {
              let delta = points[point * dimension + j] - anchor[j]
              sum += delta * delta
            }
            shared.values[point] = min(shared.values[point], sum)
          }
        }
      }
      var total = 0.0
      for point in 0..<count { total += closest[point] }
      var chosen = 0
      if total > 0 {
        var threshold = generator.drawUnit() * total
        chosen = count - 1
        for point in 0..<count {
          threshold -= closest[point]
          if threshold < 0 {
            chosen = point
            break
          }
        }
      } else {
        chosen = generator.drawIndex(below: count)
      }
      latest = chosen
      centers.append(contentsOf: points[(chosen * dimension)..<((chosen + 1) * dimension)])
    }
    return centers
  }
}

/// The distances updated by the workers of one k-means++ step.
///
/// Safe to send: each worker writes only the points of its own chunk, and the buffer
/// outlives `concurrentPerform`, which returns when every worker is done.
private struct SharedDistances: @unchecked Sendable {
  let values: UnsafeMutableBufferPointer<Double>
}
