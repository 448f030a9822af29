/// Lloyd's k-means with k-means++ seeding, every choice drawn from the generator.
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
    }
    return Result(centers: centers, assignment: assignment)
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
      var total = 0.0
      for point in 0..<count {
        var sum = 0.0
        for j in 0..<dimension {
          let delta = points[point * dimension + j] - points[latest * dimension + j]
          sum += delta * delta
        }
        closest[point] = min(closest[point], sum)
        total += closest[point]
      }
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
