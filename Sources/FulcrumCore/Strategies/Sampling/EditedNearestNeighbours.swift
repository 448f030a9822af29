/// Edited nearest neighbours: removes rows of targeted classes whose `k` nearest
/// neighbours disagree with their class — any of them (`all`) or most of them (`mode`,
/// the most frequent neighbour class, lowest class winning a tie, is not the row's).
public struct EditedNearestNeighbours: Strategy {
  /// How strictly the neighbours must agree.
  public enum Kind: String, Sendable, CaseIterable {
    case all
    case mode
  }

  public var k: Int
  public var kind: Kind
  public var target: SamplingTarget

  public init(k: Int = 3, kind: Kind = .all, target: SamplingTarget = .auto) {
    precondition(k >= 1, "k must be at least 1")
    self.k = k
    self.kind = kind
    self.target = target
  }

  public func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    let name = "enn"
    try NeighborSpace.requireFeatures(trainingSet, strategy: name)
    let targeted = try target.resolve(
      classCounts: trainingSet.classCounts, classNames: trainingSet.classNames,
      direction: .clean, strategy: name)
    guard k < trainingSet.rowCount else {
      throw FulcrumError(
        .usage,
        "\(name): k = \(k) needs more than \(k) training rows, there are "
          + "\(trainingSet.rowCount); lower k")
    }
    let space = NeighborSpace(trainingSet, rows: nil, scaleRows: nil)
    let table = NearestNeighbors(points: space.points, dimension: space.dimension)
      .nearestToEachPoint(k: k)
    let labels = trainingSet.labels
    var kept: [Int] = []
    var removedPerClass = [Int](repeating: 0, count: trainingSet.classNames.count)
    for row in 0..<trainingSet.rowCount {
      let neighbours = table.neighbors(of: row)
      var agrees = true
      if targeted[labels[row]] != nil {
        switch kind {
        case .all:
          agrees = neighbours.allSatisfy { labels[$0] == labels[row] }
        case .mode:
          var tally = [Int](repeating: 0, count: trainingSet.classNames.count)
          for neighbour in neighbours { tally[labels[neighbour]] += 1 }
          agrees =
            tally.indices.max { tally[$0] < tally[$1] || (tally[$0] == tally[$1] && $0 > $1) }
            == labels[row]
        }
      }
      if agrees { kept.append(row) } else { removedPerClass[labels[row]] += 1 }
    }
    let changes = removedPerClass.indices.filter { removedPerClass[$0] > 0 }
      .map { (label: $0, count: removedPerClass[$0]) }
    let note =
      changes.isEmpty
      ? "\(name): every targeted row agrees with its \(k) neighbours; nothing removed"
      : "\(name): removed rows \(describeChanges(changes, in: trainingSet, sign: "−"))"
    return StrategyOutcome(
      trainingSet: trainingSet.selecting(rows: kept), origins: kept.map { .original($0) },
      notes: [note])
  }
}
