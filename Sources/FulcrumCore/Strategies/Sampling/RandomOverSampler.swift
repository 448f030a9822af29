import Foundation

/// Grows classes by drawing their rows again with replacement (a bootstrap), optionally
/// smoothed: each drawn row moves by Gaussian noise scaled by `shrinkage` (imbalanced-
/// learn's smoothed bootstrap, with its bandwidth rule).
public struct RandomOverSampler: Strategy {
  public var target: SamplingTarget
  /// `nil` for a plain bootstrap; otherwise the noise factor (≥ 0).
  public var shrinkage: Double?

  public init(target: SamplingTarget = .auto, shrinkage: Double? = nil) {
    self.target = target
    self.shrinkage = shrinkage
  }

  public func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    let name = "random-over"
    let counts = trainingSet.classCounts
    let plan = try target.resolve(
      classCounts: counts, classNames: trainingSet.classNames, direction: .over, strategy: name)
    if shrinkage != nil { try trainingSet.requireComplete(for: name) }
    var output = trainingSet
    var origins: [RowOrigin] = trainingSet.labels.indices.map { .original($0) }
    var changes: [(label: Int, count: Int)] = []
    let width = trainingSet.featureCount
    for label in plan.keys.sorted() where plan[label]! > 0 {
      let rows = trainingSet.rows(ofClass: label)
      let scales = shrinkage.map { noiseScales(trainingSet, rows: rows, shrinkage: $0) }
      for _ in 0..<plan[label]! {
        let row = rows[generator.drawIndex(below: rows.count)]
        output.appendRow(copiedFrom: trainingSet, row: row)
        if let scales {
          let base = output.features.count - width
          for j in 0..<width { output.features[base + j] += scales[j] * generator.drawGaussian() }
          origins.append(.synthetic)
        } else {
          origins.append(.copy(of: row))
        }
      }
      changes.append((label, plan[label]!))
    }
    let note =
      changes.isEmpty
      ? "\(name): every targeted class already has the wanted size; nothing added"
      : "\(name): added rows \(describeChanges(changes, in: trainingSet, sign: "+"))"
    return StrategyOutcome(trainingSet: output, origins: origins, notes: [note])
  }

  /// Per-feature noise: shrinkage · (4 / ((d + 2)·n))^(1/(d + 4)) · the class's std.
  private func noiseScales(_ set: TrainingTable, rows: [Int], shrinkage: Double) -> [Double] {
    let width = set.featureCount
    let bandwidth = pow(
      4 / (Double(width + 2) * Double(set.rowCount)), 1 / Double(width + 4))
    return (0..<width).map { j in
      var mean = 0.0
      for row in rows { mean += set.features[row * width + j] }
      mean /= Double(rows.count)
      var squares = 0.0
      for row in rows {
        let delta = set.features[row * width + j] - mean
        squares += delta * delta
      }
      return shrinkage * bandwidth * (squares / Double(rows.count)).squareRoot()
    }
  }
}
