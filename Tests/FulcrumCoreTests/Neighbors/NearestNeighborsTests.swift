import Testing

@testable import FulcrumCore

@Suite("Nearest neighbours")
struct NearestNeighborsTests {
  /// The definition: every other point, sorted by (squared distance, index).
  static func bruteForce(
    _ points: [Double], dimension: Int, query: [Double], k: Int, excluding: Int?
  ) -> [Neighbor] {
    let count = points.count / dimension
    var all: [Neighbor] = []
    for row in 0..<count where row != excluding {
      var sum = 0.0
      for j in 0..<dimension {
        let delta = points[row * dimension + j] - query[j]
        sum = sum + delta * delta
      }
      all.append(Neighbor(index: row, squaredDistance: sum))
    }
    all.sort {
      $0.squaredDistance < $1.squaredDistance
        || ($0.squaredDistance == $1.squaredDistance && $0.index < $1.index)
    }
    return Array(all.prefix(k))
  }

  /// Points on a coarse integer lattice, so many distances tie and rows repeat.
  static func latticePoints(count: Int, dimension: Int, seed: UInt64) -> [Double] {
    var generator = SeededGenerator(seed: seed)
    return (0..<(count * dimension)).map { _ in Double(generator.drawIndex(below: 4)) }
  }

  static func continuousPoints(count: Int, dimension: Int, seed: UInt64) -> [Double] {
    var generator = SeededGenerator(seed: seed)
    return (0..<(count * dimension)).map { _ in generator.drawGaussian() }
  }

  @Test(
    "the tree and the block scan equal brute force, ties by lower index",
    arguments: [(2, true), (3, true), (5, false), (20, false), (2, false), (20, true)])
  func engines(dimension: Int, lattice: Bool) {
    let count = 300
    let points =
      lattice
      ? Self.latticePoints(count: count, dimension: dimension, seed: UInt64(dimension))
      : Self.continuousPoints(count: count, dimension: dimension, seed: UInt64(dimension))
    for kind in [NearestNeighbors.EngineKind.tree, .scan, .filteredScan] {
      let search = NearestNeighbors(points: points, dimension: dimension, engine: kind)
      for row in stride(from: 0, to: count, by: 7) {
        let query = Array(points[(row * dimension)..<((row + 1) * dimension)])
        for k in [1, 4, 13] {
          let expected = Self.bruteForce(
            points, dimension: dimension, query: query, k: k, excluding: row)
          #expect(search.nearest(to: query, k: k, excluding: row) == expected)
        }
      }
    }
  }

  @Test(
    "the single-precision filter stays exact on near-ties, offsets and huge values",
    arguments: [1e-13, 1e6, 1e20])
  func filterEdges(scale: Double) {
    // Points differing in the last bits, shifted far from the origin or too large for Float.
    var generator = SeededGenerator(seed: 5)
    let dimension = 12
    let points = (0..<(150 * dimension)).map { index -> Double in
      let base = Double(index % dimension) * (scale < 1 ? 1 : scale)
      return base + Double(generator.drawIndex(below: 3)) * (scale < 1 ? scale : 1)
    }
    let search = NearestNeighbors(points: points, dimension: dimension, engine: .filteredScan)
    for row in stride(from: 0, to: 150, by: 5) {
      let query = Array(points[(row * dimension)..<((row + 1) * dimension)])
      let expected = Self.bruteForce(
        points, dimension: dimension, query: query, k: 6, excluding: row)
      #expect(search.nearest(to: query, k: 6, excluding: row) == expected)
    }
    // The batch path searches four queries per pass with its own bound.
    let table = search.nearestToEachPoint(k: 6)
    for row in 0..<150 {
      let query = Array(points[(row * dimension)..<((row + 1) * dimension)])
      let expected = Self.bruteForce(
        points, dimension: dimension, query: query, k: 6, excluding: row)
      #expect(Array(table.neighbors(of: row)) == expected.map(\.index))
      #expect(Array(table.distances(of: row)) == expected.map(\.squaredDistance))
    }
  }

  @Test("the batch searches equal one search per point")
  func batch() {
    let dimension = 3
    let points = Self.latticePoints(count: 200, dimension: dimension, seed: 9)
    let queries = Self.continuousPoints(count: 50, dimension: dimension, seed: 10)
    for kind in [NearestNeighbors.EngineKind.tree, .scan, .filteredScan] {
      let search = NearestNeighbors(points: points, dimension: dimension, engine: kind)
      let own = search.nearestToEachPoint(k: 5)
      #expect(own.queryCount == 200)
      for row in 0..<200 {
        let query = Array(points[(row * dimension)..<((row + 1) * dimension)])
        let expected = Self.bruteForce(
          points, dimension: dimension, query: query, k: 5, excluding: row)
        #expect(Array(own.neighbors(of: row)) == expected.map(\.index))
        #expect(Array(own.distances(of: row)) == expected.map(\.squaredDistance))
      }
      let other = search.nearest(toEach: queries, k: 4)
      for query in 0..<50 {
        let point = Array(queries[(query * dimension)..<((query + 1) * dimension)])
        let expected = Self.bruteForce(
          points, dimension: dimension, query: point, k: 4, excluding: nil)
        #expect(Array(other.neighbors(of: query)) == expected.map(\.index))
      }
    }
  }

  @Test("exact duplicates are neighbours at distance 0, the lower index first")
  func duplicates() {
    let points: [Double] = [1, 1, 5, 5, 1, 1, 1, 1]
    let search = NearestNeighbors(points: points, dimension: 2)
    #expect(search.nearest(to: [1, 1], k: 2, excluding: 2).map(\.index) == [0, 3])
    #expect(search.nearestToEachPoint(k: 1).indices == [2, 0, 0, 0])
  }

  @Test("the default engine is a tree for low dimensions and a scan for high ones")
  func engineChoice() {
    let low = NearestNeighbors(
      points: Self.latticePoints(count: 100, dimension: 2, seed: 1), dimension: 2)
    let high = NearestNeighbors(
      points: Self.latticePoints(count: 100, dimension: 20, seed: 1), dimension: 20)
    if case .tree = low.engine {} else { Issue.record("expected a tree") }
    if case .filteredScan = high.engine {} else { Issue.record("expected a filtered scan") }
  }
}
