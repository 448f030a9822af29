/// Removes Tomek links: pairs of rows from different classes that are each other's
/// nearest neighbour. Of each pair, the row whose class is targeted goes (by default,
/// every class but the minority). Exact duplicates count: two identical rows of different
/// classes are at distance 0 and form a link unless a lower-indexed copy comes first.
public struct TomekLinks: Strategy {
  public var target: SamplingTarget

  public init(target: SamplingTarget = .auto) {
    self.target = target
  }

  public func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    let name = "tomek"
    try NeighborSpace.requireFeatures(trainingSet, strategy: name)
    let targeted = try target.resolve(
      classCounts: trainingSet.classCounts, classNames: trainingSet.classNames,
      direction: .clean, strategy: name)
    guard trainingSet.rowCount >= 2 else {
      return StrategyOutcome(
        trainingSet: trainingSet, origins: trainingSet.labels.indices.map { .original($0) },
        notes: ["\(name): fewer than two rows; nothing to remove"])
    }
    let space = NeighborSpace(trainingSet, rows: nil, scaleRows: nil)
    let nearest = NearestNeighbors(points: space.points, dimension: space.dimension)
      .nearestToEachPoint(k: 1).indices
    let labels = trainingSet.labels
    var links = 0
    var removed = [Bool](repeating: false, count: trainingSet.rowCount)
    for row in 0..<trainingSet.rowCount {
      let partner = nearest[row]
      guard labels[partner] != labels[row], nearest[partner] == row else { continue }
      if row < partner { links += 1 }
      if targeted[labels[row]] != nil { removed[row] = true }
    }
    let kept = removed.indices.filter { !removed[$0] }
    let note =
      links == 0
      ? "\(name): no Tomek links found; nothing removed"
      : "\(name): \(links) Tomek links; removed \(trainingSet.rowCount - kept.count) rows"
    return StrategyOutcome(
      trainingSet: trainingSet.selecting(rows: kept), origins: kept.map { .original($0) },
      notes: [note])
  }
}
