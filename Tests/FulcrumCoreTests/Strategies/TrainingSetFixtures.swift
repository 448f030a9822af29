@testable import FulcrumCore

/// Builds a training set from literal rows, classes named "0", "1", ….
func makeSet(
  _ rows: [[Double]], _ labels: [Int], classes: Int? = nil, categories: [[UInt32]]? = nil,
  weights: [Double]? = nil, groups: [Int]? = nil
) -> TrainingTable {
  let classCount = classes ?? (labels.max()! + 1)
  return TrainingTable(
    features: rows.flatMap { $0 }, featureCount: rows.first?.count ?? 0, labels: labels,
    classNames: (0..<classCount).map { "\($0)" },
    categories: categories?.flatMap { $0 } ?? [], categoryCount: categories?.first?.count ?? 0,
    weights: weights, groups: groups)
}

/// A one-feature set whose classes have the given sizes; row i has feature value i.
func sizedSet(_ sizes: [Int]) -> TrainingTable {
  var labels: [Int] = []
  for (label, size) in sizes.enumerated() { labels += Array(repeating: label, count: size) }
  return makeSet(labels.indices.map { [Double($0)] }, labels, classes: sizes.count)
}

/// Applies a spec with a fixed seed.
func run(_ spec: String, on set: TrainingTable, seed: UInt64 = 7) throws -> StrategyOutcome {
  var generator = SeededGenerator(seed: seed)
  return try StrategySpec.parse(spec).makeStrategy().apply(to: set, using: &generator)
}

/// The error a spec raises on a set, or nil.
func failure(_ spec: String, on set: TrainingTable) -> FulcrumError? {
  do {
    _ = try run(spec, on: set)
    return nil
  } catch {
    return error as? FulcrumError
  }
}

/// Squared Euclidean distance by definition.
func squaredDistance(_ a: ArraySlice<Double>, _ b: ArraySlice<Double>) -> Double {
  zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
}
