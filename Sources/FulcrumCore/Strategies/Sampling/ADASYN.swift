/// Adaptive synthetic sampling: like SMOTE, but each row of a grown class seeds new rows
/// in proportion to how many of its `k` nearest neighbours (in the whole set) belong to
/// other classes, so more rows appear where the class is harder to learn.
public struct ADASYN: Strategy {
  public var k: Int
  public var target: SamplingTarget

  public init(k: Int = 5, target: SamplingTarget = .auto) {
    precondition(k >= 1, "k must be at least 1")
    self.k = k
    self.target = target
  }

  public func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    let name = "adasyn"
    let (plan, grown) = try planGrowth(trainingSet, target: target, k: k, strategy: name)
    var batches: [SyntheticRows.Batch] = []
    var origins: [RowOrigin] = trainingSet.labels.indices.map { .original($0) }
    var notes: [String] = []
    var changes: [(label: Int, count: Int)] = []
    let writer = SyntheticRows(source: trainingSet)
    let everyone = NeighborSpace(trainingSet, rows: nil, scaleRows: nil)
    let wholeSet = NearestNeighbors(points: everyone.points, dimension: everyone.dimension)
    for label in grown {
      let className = trainingSet.classNames[label]
      let rows = trainingSet.rows(ofClass: label)
      let around = wholeSet.nearestExcludingSelf(of: rows, k: k)
      let hardness = rows.indices.map { position in
        Double(around.neighbors(of: position).count { trainingSet.labels[$0] != label })
      }
      let total = hardness.reduce(0, +)
      guard total > 0 else {
        notes.append(
          "\(name): no row of class '\(className)' has a neighbour from another class, so "
            + "none is harder than another; it was not grown (smote grows it evenly)")
        continue
      }
      let wanted = plan[label]!
      let shares = hardness.map { Int(($0 / total * Double(wanted)).rounded(.toNearestOrEven)) }
      let produced = shares.reduce(0, +)
      if produced != wanted {
        notes.append(
          "\(name): asked for \(wanted) rows of class '\(className)', produced \(produced) "
            + "(each row's share is rounded)")
      }
      let space = NeighborSpace(trainingSet, rows: rows, scaleRows: rows)
      let table = NearestNeighbors(points: space.points, dimension: space.dimension)
        .nearestToEachPoint(k: k)
      var draws = SyntheticRows.Plan(capacity: produced)
      for (seed, share) in shares.enumerated() {
        for _ in 0..<share {
          let slot = generator.drawIndex(below: k)
          let step = generator.drawUnit()
          draws.add(
            seed: seed, toward: table.indices[seed * k + slot], step: step, voterQuery: seed)
        }
      }
      batches.append(SyntheticRows.Batch(plan: draws, classRows: rows, neighbors: table))
      origins.append(contentsOf: repeatElement(.synthetic, count: produced))
      changes.append((label, produced))
    }
    notes.insert(
      changes.isEmpty
        ? "\(name): nothing added"
        : "\(name): added synthetic rows \(describeChanges(changes, in: trainingSet, sign: "+"))",
      at: 0)
    return StrategyOutcome(
      trainingSet: writer.assemble(batches), origins: origins, notes: notes)
  }
}
