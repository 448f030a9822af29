/// Shrinks classes by keeping a random subset of their rows, without replacement.
/// Kept rows stay in their input order.
public struct RandomUnderSampler: Strategy {
  public var target: SamplingTarget

  public init(target: SamplingTarget = .auto) {
    self.target = target
  }

  public func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    let name = "random-under"
    let counts = trainingSet.classCounts
    let plan = try target.resolve(
      classCounts: counts, classNames: trainingSet.classNames, direction: .under, strategy: name)
    var keep = [Bool](repeating: true, count: trainingSet.rowCount)
    var changes: [(label: Int, count: Int)] = []
    for label in plan.keys.sorted() where plan[label]! < counts[label] {
      let rows = trainingSet.rows(ofClass: label)
      let chosen = Set(generator.drawDistinct(plan[label]!, from: rows.count))
      for (position, row) in rows.enumerated() where !chosen.contains(position) {
        keep[row] = false
      }
      changes.append((label, counts[label] - plan[label]!))
    }
    let kept = keep.indices.filter { keep[$0] }
    let note =
      changes.isEmpty
      ? "\(name): every targeted class already has the wanted size; nothing removed"
      : "\(name): removed rows \(describeChanges(changes, in: trainingSet, sign: "−"))"
    return StrategyOutcome(
      trainingSet: trainingSet.selecting(rows: kept), origins: kept.map { .original($0) },
      notes: [note])
  }
}
