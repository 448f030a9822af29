/// Appends interpolated rows (SMOTE and its variants) to an output set.
struct SyntheticRows {
  let source: TrainingTable

  /// A batch of interpolations drawn ahead of time: row `n` lies at `steps[n]` along the
  /// segment from class row `seeds[n]` to class row `towards[n]` (positions in the class's
  /// row list); `voterQueries[n]` names whose neighbours vote on its categories.
  struct Plan {
    var seeds: [Int] = []
    var towards: [Int] = []
    var steps: [Double] = []
    var voterQueries: [Int] = []

    init(capacity: Int) {
      seeds.reserveCapacity(capacity)
      towards.reserveCapacity(capacity)
      steps.reserveCapacity(capacity)
      voterQueries.reserveCapacity(capacity)
    }

    mutating func add(seed: Int, toward: Int, step: Double, voterQuery: Int) {
      seeds.append(seed)
      towards.append(toward)
      steps.append(step)
      voterQueries.append(voterQuery)
    }
  }

  /// Appends every row of `plan` for the class whose input rows are `classRows`:
  /// `seed + step·(toward − seed)` on the numeric features; each categorical feature takes
  /// the most frequent value among the rows `voters(voterQuery)` (the seed's neighbours;
  /// the lowest code wins a tie); weight and group are the seed's.
  func append(
    _ plan: Plan, classRows: [Int], to output: inout TrainingTable,
    voters: (Int) -> ArraySlice<Int>
  ) {
    let width = source.featureCount
    // A compact copy of the class keeps the random reads of the interpolation in cache.
    var compact = [Double](repeating: 0, count: classRows.count * width)
    for (position, row) in classRows.enumerated() {
      for j in 0..<width { compact[position * width + j] = source.features[row * width + j] }
    }
    let start = output.features.count
    output.features.append(contentsOf: repeatElement(0, count: plan.seeds.count * width))
    output.features.withUnsafeMutableBufferPointer { out in
      compact.withUnsafeBufferPointer { values in
        for n in plan.seeds.indices {
          let seedBase = plan.seeds[n] * width
          let towardBase = plan.towards[n] * width
          let step = plan.steps[n]
          let base = start + n * width
          for j in 0..<width {
            let origin = values[seedBase + j]
            out[base + j] = origin + step * (values[towardBase + j] - origin)
          }
        }
      }
    }
    if source.categoryCount > 0 {
      for query in plan.voterQueries { appendCategoryVote(to: &output, voters: voters(query)) }
    }
    for seed in plan.seeds { output.labels.append(source.labels[classRows[seed]]) }
    if let weights = source.weights {
      for seed in plan.seeds { output.weights!.append(weights[classRows[seed]]) }
    }
    if let groups = source.groups {
      for seed in plan.seeds { output.groups!.append(groups[classRows[seed]]) }
    }
  }

  /// Appends, for each categorical feature, the most frequent code among `voters`.
  func appendCategoryVote(to output: inout TrainingTable, voters: ArraySlice<Int>) {
    for c in 0..<source.categoryCount {
      var tally: [UInt32: Int] = [:]
      for voter in voters {
        tally[source.categories[voter * source.categoryCount + c], default: 0] += 1
      }
      let winner = tally.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
      output.categories.append(winner!.key)
    }
  }
}

/// Row counts in words for notes: "'a' +8, 'b' +9".
func describeChanges(_ changes: [(label: Int, count: Int)], in set: TrainingTable, sign: String)
  -> String
{
  changes.map { "'\(set.classNames[$0.label])' \(sign)\($0.count)" }.joined(separator: ", ")
}
