/// SMOTE seeded only from "danger" rows (borderline-1): rows whose `m` nearest
/// neighbours in the whole set are at least half, but not all, from other classes.
/// A class without danger rows is left as it is, and the outcome says so.
public struct BorderlineSMOTE: Strategy {
  public var k: Int
  public var m: Int
  public var target: SamplingTarget

  public init(k: Int = 5, m: Int = 10, target: SamplingTarget = .auto) {
    precondition(k >= 1 && m >= 1, "k and m must be at least 1")
    self.k = k
    self.m = m
    self.target = target
  }

  public func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    let name = "borderline-smote"
    let (plan, grown) = try planGrowth(trainingSet, target: target, k: k, strategy: name)
    guard grown.isEmpty || m < trainingSet.rowCount else {
      throw FulcrumError(
        .usage,
        "\(name): m = \(m) needs more than \(m) training rows, there are \(trainingSet.rowCount);"
          + " lower m")
    }
    var batches: [SyntheticRows.Batch] = []
    var origins: [RowOrigin] = trainingSet.labels.indices.map { .original($0) }
    var notes: [String] = []
    var changes: [(label: Int, count: Int)] = []
    let writer = SyntheticRows(source: trainingSet)
    let everyone = NeighborSpace(trainingSet, rows: nil, scaleRows: nil)
    let wholeSet = NearestNeighbors(points: everyone.points, dimension: everyone.dimension)
    for label in grown {
      let rows = trainingSet.rows(ofClass: label)
      let around = wholeSet.nearestExcludingSelf(of: rows, k: m)
      let danger = rows.indices.filter { position in
        let others = around.neighbors(of: position).count { trainingSet.labels[$0] != label }
        return 2 * others >= m && others < m
      }
      guard !danger.isEmpty else {
        notes.append(
          "\(name): class '\(trainingSet.classNames[label])' has no borderline (danger) rows "
            + "among its \(rows.count); it was not grown (asked for \(plan[label]!) rows)")
        continue
      }
      let space = NeighborSpace(trainingSet, rows: rows, scaleRows: rows)
      let table = NearestNeighbors(points: space.points, dimension: space.dimension)
        .nearestExcludingSelf(of: danger, k: k)
      var draws = SyntheticRows.Plan(capacity: plan[label]!)
      for _ in 0..<plan[label]! {
        let pick = generator.drawIndex(below: danger.count * k)
        let step = generator.drawUnit()
        draws.add(
          seed: danger[pick / k], toward: table.indices[pick], step: step, voterQuery: pick / k)
      }
      batches.append(SyntheticRows.Batch(plan: draws, classRows: rows, neighbors: table))
      origins.append(contentsOf: repeatElement(.synthetic, count: plan[label]!))
      changes.append((label, plan[label]!))
      notes.append(
        "\(name): class '\(trainingSet.classNames[label])' has \(danger.count) danger rows "
          + "of \(rows.count)")
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
