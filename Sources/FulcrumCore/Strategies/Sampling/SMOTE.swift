/// Synthetic Minority Over-sampling: each new row lies on the segment between a row of
/// its class and one of that row's `k` nearest same-class neighbours (SMOTE-NC for
/// categorical features).
public struct SMOTE: Strategy {
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
    let name = "smote"
    let (plan, grown) = try planGrowth(trainingSet, target: target, k: k, strategy: name)
    var batches: [SyntheticRows.Batch] = []
    var origins: [RowOrigin] = trainingSet.labels.indices.map { .original($0) }
    let writer = SyntheticRows(source: trainingSet)
    var changes: [(label: Int, count: Int)] = []
    for label in grown {
      let rows = trainingSet.rows(ofClass: label)
      let space = NeighborSpace(trainingSet, rows: rows, scaleRows: rows)
      let table = NearestNeighbors(points: space.points, dimension: space.dimension)
        .nearestToEachPoint(k: k)
      let wanted = plan[label]!
      var draws = SyntheticRows.Plan(capacity: wanted)
      for _ in 0..<wanted {
        let pick = generator.drawIndex(below: rows.count * k)
        let step = generator.drawUnit()
        draws.add(seed: pick / k, toward: table.indices[pick], step: step, voterQuery: pick / k)
      }
      batches.append(SyntheticRows.Batch(plan: draws, classRows: rows, neighbors: table))
      origins.append(contentsOf: repeatElement(.synthetic, count: wanted))
      changes.append((label, wanted))
    }
    let note =
      changes.isEmpty
      ? "\(name): every targeted class already has the wanted size; nothing added"
      : "\(name): added synthetic rows \(describeChanges(changes, in: trainingSet, sign: "+"))"
    return StrategyOutcome(
      trainingSet: writer.assemble(batches), origins: origins, notes: [note])
  }
}

/// What a SMOTE-like over-sampler grows: the number of new rows per class (`plan`) and the
/// classes that get any (`grown`, ascending), after checking that the features can be
/// measured and that every grown class has the `k + 1` rows its neighbours need.
func planGrowth(
  _ set: TrainingTable, target: SamplingTarget, k: Int, strategy: String
) throws(FulcrumError) -> (plan: [Int: Int], grown: [Int]) {
  try NeighborSpace.requireFeatures(set, strategy: strategy)
  let plan = try target.resolve(
    classCounts: set.classCounts, classNames: set.classNames, direction: .over,
    strategy: strategy)
  let grown = plan.keys.sorted().filter { plan[$0]! > 0 }
  try requireNeighbors(k: k, classes: grown, in: set, strategy: strategy)
  return (plan, grown)
}

/// Throws unless every listed class has at least `k + 1` rows, naming each that does not.
func requireNeighbors(
  k: Int, classes: [Int], in set: TrainingTable, strategy: String
) throws(FulcrumError) {
  let counts = set.classCounts
  let short = classes.filter { counts[$0] < k + 1 }
  guard short.isEmpty else {
    let listed = short.map { "class '\(set.classNames[$0])' has \(counts[$0]) rows" }
    throw FulcrumError(
      .usage,
      "\(strategy): k = \(k) needs at least k + 1 = \(k + 1) rows in each class it grows, but "
        + listed.joined(separator: ", ") + "; lower k or leave the class out of target")
  }
}
