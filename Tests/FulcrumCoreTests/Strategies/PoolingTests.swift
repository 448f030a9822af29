import Testing

@testable import FulcrumCore

@Suite("Pooling strategies")
struct PoolingTests {
  /// Class 0: two tight clumps of three rows; class 1: two rows.
  static let clumps = makeSet(
    [[0, 0], [0, 1], [1, 0], [10, 10], [10, 11], [11, 10], [5, 5], [6, 6]],
    [0, 0, 0, 0, 0, 0, 1, 1])

  @Test("soft cluster-centroids replaces a class by its k-means centroids")
  func soft() throws {
    let outcome = try run("cluster-centroids", on: Self.clumps)
    let result = outcome.trainingSet
    #expect(result.classCounts == [2, 2])
    #expect(outcome.origins == [.original(6), .original(7), .synthetic, .synthetic])
    let centroids = Set(
      [Array(result.featureRow(2)), Array(result.featureRow(3))].map {
        $0.map { ($0 * 3).rounded() }
      })
    #expect(centroids == [[1, 1], [31, 31]])
  }

  @Test("hard cluster-centroids keeps the real rows nearest the centroids")
  func hard() throws {
    let outcome = try run("cluster-centroids:voting=hard", on: Self.clumps)
    #expect(outcome.trainingSet.classCounts == [2, 2])
    #expect(outcome.origins.allSatisfy { if case .original = $0 { true } else { false } })
    let keptMajority = outcome.origins.prefix(2)
    // One row from each clump.
    #expect(keptMajority.contains { [.original(0), .original(1), .original(2)].contains($0) })
    #expect(keptMajority.contains { [.original(3), .original(4), .original(5)].contains($0) })
  }

  @Test("cluster-centroids is deterministic under a seed")
  func centroidsDeterminism() throws {
    let data = makeSet(
      (0..<30).map { [Double($0 % 7), Double($0 % 5) * 1.5] }, (0..<30).map { $0 < 24 ? 0 : 1 })
    #expect(
      try run("cluster-centroids", on: data, seed: 3) == run("cluster-centroids", on: data, seed: 3)
    )
  }

  @Test("mean-cap caps values above mean + k·std and returns the caps for later rows")
  func meanCap() throws {
    // Feature 0: mean 2.5, population std √1.25; feature 1: mean 10, std 10.
    let set = makeSet([[1, 0], [2, 0], [3, 20], [4, 20]], [0, 0, 1, 1])
    let capped = try run("mean-cap:k=1", on: set)
    let limit = 2.5 + 1.25.squareRoot()
    #expect(capped.trainingSet.features == [1, 0, 2, 0, 3, 20, limit, 20])
    #expect(capped.featureTransform == .cap([limit, 20]))
    let atMean = try run("mean-cap:k=0", on: set)
    #expect(atMean.trainingSet.features == [1, 0, 2, 0, 2.5, 10, 2.5, 10])
    #expect(atMean.notes == ["mean-cap: capped 4 values in 2 of 2 features at mean + 0.0·std"])
  }

  @Test("feature-pool averages an 8x8 grid into 4x4 blocks")
  func pool() throws {
    let image = (0..<64).map { Double($0) }
    let set = makeSet([image, image.map { $0 * 2 }], [0, 1])
    let outcome = try run("feature-pool:shape=8x8,window=2", on: set)
    let result = outcome.trainingSet
    #expect(result.featureCount == 16)
    #expect(result.features.count == 32)
    // Block (0,0) holds pixels 0, 1, 8, 9; block (3,3) holds 54, 55, 62, 63.
    #expect(result.features[0] == 4.5)
    #expect(result.features[15] == 58.5)
    #expect(result.features[16] == 9)
    #expect(result.featureNames.first == "pool r1c1" && result.featureNames.last == "pool r4c4")
    #expect(outcome.featureTransform == .pool(rows: 8, columns: 8, window: 2))
    #expect(try run("feature-pool", on: set).trainingSet == result)
  }

  @Test("feature-pool refuses data that is not a numeric grid of the given shape")
  func poolErrors() {
    let set = makeSet([[1, 2, 3, 4, 5, 6]], [0])
    #expect(
      failure("feature-pool:shape=8x8", on: set)?.message
        == "feature-pool: shape=8x8 needs 64 numeric features, the data has 6")
    #expect(failure("feature-pool", on: set)?.message.contains("do not form a square grid") == true)
    #expect(failure("feature-pool:shape=2x3", on: set)?.message.contains("does not divide") == true)
    let mixed = makeSet([[1, 2, 3, 4]], [0], categories: [[0]])
    #expect(failure("feature-pool", on: mixed)?.message.contains("not a numeric grid") == true)
  }
}
