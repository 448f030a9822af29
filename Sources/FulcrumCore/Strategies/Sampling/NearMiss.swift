/// Keeps the rows of shrunk classes that are closest to the minority class
/// (imbalanced-learn's NearMiss):
/// - version 1: smallest mean distance to their `k` nearest minority rows;
/// - version 2: smallest mean distance to their `k` farthest minority rows;
/// - version 3: among the rows that are one of some minority row's `k` nearest, the
///   largest mean distance to their `k` nearest minority rows.
/// Version 3 may find fewer candidates than asked; the outcome says so.
public struct NearMiss: Strategy {
  public var version: Int
  public var k: Int
  public var target: SamplingTarget

  public init(version: Int = 1, k: Int = 3, target: SamplingTarget = .auto) {
    precondition((1...3).contains(version) && k >= 1, "version 1–3, k at least 1")
    self.version = version
    self.k = k
    self.target = target
  }

  public func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    let name = "near-miss"
    try NeighborSpace.requireFeatures(trainingSet, strategy: name)
    let counts = trainingSet.classCounts
    let plan = try target.resolve(
      classCounts: counts, classNames: trainingSet.classNames, direction: .under, strategy: name)
    guard
      let minority = counts.indices.filter({ counts[$0] > 0 })
        .min(by: { counts[$0] < counts[$1] })
    else {
      return StrategyOutcome(trainingSet: trainingSet, origins: [], notes: ["\(name): no rows"])
    }
    guard plan.isEmpty || counts[minority] >= k else {
      throw FulcrumError(
        .usage,
        "\(name): k = \(k) needs at least \(k) rows in the minority class "
          + "'\(trainingSet.classNames[minority])', which has \(counts[minority]); lower k")
    }
    let space = NeighborSpace(trainingSet, rows: nil, scaleRows: nil)
    let minorityRows = trainingSet.rows(ofClass: minority)
    let minoritySearch = NearestNeighbors(
      points: embedded(space, minorityRows), dimension: space.dimension)
    var keep = [Bool](repeating: true, count: trainingSet.rowCount)
    var notes: [String] = []
    var changes: [(label: Int, count: Int)] = []
    for label in plan.keys.sorted() {
      let rows = trainingSet.rows(ofClass: label)
      let wanted = plan[label]!
      var candidates = Array(rows.indices)
      if version == 3 {
        let classSearch = NearestNeighbors(
          points: embedded(space, rows), dimension: space.dimension)
        let near = classSearch.nearest(
          toEach: embedded(space, minorityRows), k: min(k, rows.count))
        candidates = Array(Set(near.indices)).sorted()
      }
      let queries = embedded(space, candidates.map { rows[$0] })
      let score: [Double]
      if version == 2 {
        let minorityPoints = embedded(space, minorityRows)
        score = candidates.indices.map { position in
          let distances = farthest(
            k, from: queries[(position * space.dimension)..<((position + 1) * space.dimension)],
            among: minorityPoints, dimension: space.dimension)
          return distances.reduce(0) { $0 + $1.squareRoot() } / Double(distances.count)
        }
      } else {
        let table = minoritySearch.nearest(toEach: queries, k: k)
        score = candidates.indices.map { position in
          table.distances(of: position).reduce(0) { $0 + $1.squareRoot() } / Double(k)
        }
      }
      // A stable order, so equal scores keep the earlier row.
      let ranked = score.indices.sorted {
        version == 3
          ? (score[$0] > score[$1] || (score[$0] == score[$1] && $0 < $1))
          : (score[$0] < score[$1] || (score[$0] == score[$1] && $0 < $1))
      }
      let chosen = Set(ranked.prefix(wanted).map { rows[candidates[$0]] })
      if chosen.count < wanted {
        notes.append(
          "\(name): asked to keep \(wanted) rows of class '\(trainingSet.classNames[label])', "
            + "version 3 found only \(chosen.count) candidates")
      }
      for row in rows where !chosen.contains(row) { keep[row] = false }
      if rows.count > chosen.count { changes.append((label, rows.count - chosen.count)) }
    }
    let kept = keep.indices.filter { keep[$0] }
    notes.insert(
      changes.isEmpty
        ? "\(name): every targeted class already has the wanted size; nothing removed"
        : "\(name): removed rows \(describeChanges(changes, in: trainingSet, sign: "−"))",
      at: 0)
    return StrategyOutcome(
      trainingSet: trainingSet.selecting(rows: kept), origins: kept.map { .original($0) },
      notes: notes)
  }

  /// The `k` largest squared distances from `query` to the points, ascending.
  ///
  /// - Complexity: O(m·(d + k)) for m points.
  private func farthest(
    _ k: Int, from query: ArraySlice<Double>, among points: [Double], dimension: Int
  ) -> [Double] {
    var largest: [Double] = []
    largest.reserveCapacity(k + 1)
    let start = query.startIndex
    for point in 0..<(points.count / dimension) {
      var sum = 0.0
      for j in 0..<dimension {
        let delta = points[point * dimension + j] - query[start + j]
        sum = sum + delta * delta
      }
      if largest.count == k, sum <= largest[0] { continue }
      var position = 0
      while position < largest.count, largest[position] < sum { position += 1 }
      largest.insert(sum, at: position)
      if largest.count > k { largest.removeFirst() }
    }
    return largest
  }

  private func embedded(_ space: NeighborSpace, _ rows: [Int]) -> [Double] {
    var points: [Double] = []
    points.reserveCapacity(rows.count * space.dimension)
    for row in rows {
      points.append(
        contentsOf: space.points[(row * space.dimension)..<((row + 1) * space.dimension)])
    }
    return points
  }
}
