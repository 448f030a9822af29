import Dispatch

/// Appends interpolated rows (SMOTE and its variants) to an output set.
struct SyntheticRows {
  let source: TrainingTable

  /// A batch of interpolations drawn ahead of time: row `n` lies at `steps[n]` along the
  /// segment from class row `seeds[n]` to class row `towards[n]` (positions in the class's
  /// row list); `voterQueries[n]` names whose neighbours vote on its categories.
  struct Plan: Sendable {
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

  /// One class's planned rows, with the class's rows and neighbour table.
  struct Batch: Sendable {
    var plan: Plan
    /// The input rows of the class, in order; plan positions index into it.
    var classRows: [Int]
    /// Neighbours (positions in `classRows`) of each voter query.
    var neighbors: NeighborTable
  }

  /// The input followed by every batch's rows: `seed + step·(toward − seed)` on the
  /// numeric features; each categorical feature takes the most frequent value among the
  /// voter query's neighbours (the lowest code wins a tie); weight and group are the
  /// seed's. Input rows keep their order and values.
  func assemble(_ batches: [Batch]) -> TrainingTable {
    var output = source
    output.features = numericFeatures(appending: batches)
    for batch in batches {
      let rows = batch.classRows
      if source.categoryCount > 0 {
        for query in batch.plan.voterQueries {
          let voters = ArraySlice(batch.neighbors.neighbors(of: query).map { rows[$0] })
          appendCategoryVote(to: &output, voters: voters)
        }
      }
      for seed in batch.plan.seeds { output.labels.append(source.labels[rows[seed]]) }
      if let weights = source.weights {
        for seed in batch.plan.seeds { output.weights!.append(weights[rows[seed]]) }
      }
      if let groups = source.groups {
        for seed in batch.plan.seeds { output.groups!.append(groups[rows[seed]]) }
      }
    }
    return output
  }

  /// The numeric block of `assemble`, written in parallel: the input is copied in chunks
  /// and each new row depends only on its own draws, so the result does not depend on
  /// scheduling.
  private func numericFeatures(appending batches: [Batch]) -> [Double] {
    let width = source.featureCount
    let inputCount = source.features.count
    let added = batches.reduce(0) { $0 + $1.plan.seeds.count }
    guard width > 0 else { return [] }
    // A compact copy of each class keeps the random reads of the interpolation in cache.
    let compacts = batches.map { batch in
      var compact = [Double](repeating: 0, count: batch.classRows.count * width)
      for (position, row) in batch.classRows.enumerated() {
        for j in 0..<width { compact[position * width + j] = source.features[row * width + j] }
      }
      return compact
    }
    var offsets: [Int] = []
    var next = inputCount
    for batch in batches {
      offsets.append(next)
      next += batch.plan.seeds.count * width
    }
    let rowsPerChunk = 4096
    let copyChunks = (source.rowCount + rowsPerChunk - 1) / rowsPerChunk
    var pieces: [(batch: Int, start: Int, end: Int)] = []
    for (index, batch) in batches.enumerated() {
      for start in stride(from: 0, to: batch.plan.seeds.count, by: rowsPerChunk) {
        pieces.append((index, start, min(start + rowsPerChunk, batch.plan.seeds.count)))
      }
    }
    let total = inputCount + added * width
    let tasks = pieces
    let starts = offsets
    return [Double](unsafeUninitializedCapacity: total) { buffer, initialized in
      let out = SharedOutput(buffer: buffer)
      source.features.withUnsafeBufferPointer { input in
        let shared = SharedInput(buffer: input)
        DispatchQueue.concurrentPerform(iterations: copyChunks + tasks.count) { task in
          if task < copyChunks {
            let start = task * rowsPerChunk * width
            let end = min(inputCount, start + rowsPerChunk * width)
            for position in start..<end { out.buffer[position] = shared.buffer[position] }
            return
          }
          let piece = tasks[task - copyChunks]
          let plan = batches[piece.batch].plan
          compacts[piece.batch].withUnsafeBufferPointer { values in
            for n in piece.start..<piece.end {
              let seedBase = plan.seeds[n] * width
              let towardBase = plan.towards[n] * width
              let step = plan.steps[n]
              let base = starts[piece.batch] + n * width
              for j in 0..<width {
                let origin = values[seedBase + j]
                out.buffer[base + j] = origin + step * (values[towardBase + j] - origin)
              }
            }
          }
        }
      }
      initialized = total
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

/// The output buffer of `numericFeatures`, written by several workers.
///
/// Safe to send: every task writes a disjoint range, and the buffer outlives
/// `concurrentPerform`.
private struct SharedOutput: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Double>
}

/// The input rows read by the workers of `numericFeatures` (read only).
private struct SharedInput: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<Double>
}

/// Row counts in words for notes: "'a' +8, 'b' +9".
func describeChanges(_ changes: [(label: Int, count: Int)], in set: TrainingTable, sign: String)
  -> String
{
  changes.map { "'\(set.classNames[$0.label])' \(sign)\($0.count)" }.joined(separator: ", ")
}
