/// Shrinks classes by clustering their rows with k-means (one cluster per row kept) and
/// keeping the centroids (`soft`) or, for each centroid, the nearest real row not yet
/// taken (`hard`). Clustering uses the numeric features; a centroid's categorical values
/// are the most frequent in its cluster.
public struct ClusterCentroids: Strategy {
  /// What stands for a cluster.
  public enum Voting: String, Sendable, CaseIterable {
    case soft
    case hard
  }

  public var target: SamplingTarget
  public var voting: Voting

  public init(target: SamplingTarget = .auto, voting: Voting = .soft) {
    self.target = target
    self.voting = voting
  }

  public func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    let name = "cluster-centroids"
    guard trainingSet.featureCount > 0 else {
      throw FulcrumError(.dataError, "\(name): the training set has no numeric features to cluster")
    }
    try trainingSet.requireComplete(for: name)
    let counts = trainingSet.classCounts
    let plan = try target.resolve(
      classCounts: counts, classNames: trainingSet.classNames, direction: .under, strategy: name)
    let width = trainingSet.featureCount
    var keep = [Bool](repeating: true, count: trainingSet.rowCount)
    var centroids = trainingSet.emptyCopy(reservingRows: 0)
    var changes: [(label: Int, count: Int)] = []
    let writer = SyntheticRows(source: trainingSet)
    for label in plan.keys.sorted() where plan[label]! < counts[label] {
      let rows = trainingSet.rows(ofClass: label)
      let wanted = plan[label]!
      for row in rows { keep[row] = false }
      changes.append((label, counts[label] - wanted))
      guard wanted > 0 else { continue }
      var points: [Double] = []
      points.reserveCapacity(rows.count * width)
      for row in rows { points.append(contentsOf: trainingSet.featureRow(row)) }
      let fit = KMeans(clusterCount: wanted, maximumIterations: 300)
        .fit(points, dimension: width, using: &generator)
      switch voting {
      case .hard:
        // Each centroid takes the nearest row no earlier centroid took: usually one of its
        // eight nearest, otherwise found by a full pass.
        let search = NearestNeighbors(points: points, dimension: width)
        let shortlist = search.nearest(toEach: fit.centers, k: min(8, rows.count))
        var taken = [Bool](repeating: false, count: rows.count)
        for cluster in 0..<wanted {
          var pick = shortlist.neighbors(of: cluster).first { !taken[$0] }
          if pick == nil {
            var best = Double.infinity
            for candidate in 0..<rows.count where !taken[candidate] {
              var sum = 0.0
              for j in 0..<width {
                let delta = points[candidate * width + j] - fit.centers[cluster * width + j]
                sum = sum + delta * delta
              }
              if pick == nil || sum < best {
                best = sum
                pick = candidate
              }
            }
          }
          taken[pick!] = true
          keep[rows[pick!]] = true
        }
      case .soft:
        for cluster in 0..<wanted {
          let members = rows.indices.filter { fit.assignment[$0] == cluster }.map { rows[$0] }
          centroids.features.append(
            contentsOf: fit.centers[(cluster * width)..<((cluster + 1) * width)])
          writer.appendCategoryVote(to: &centroids, voters: ArraySlice(members))
          centroids.labels.append(label)
          if let weights = trainingSet.weights {
            let total = members.reduce(0.0) { $0 + weights[$1] }
            centroids.weights!.append(members.isEmpty ? 1 : total / Double(members.count))
          }
          if let groups = trainingSet.groups {
            var tally: [Int: Int] = [:]
            for member in members { tally[groups[member], default: 0] += 1 }
            let top = tally.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
            centroids.groups!.append(top?.key ?? groups[rows[0]])
          }
        }
      }
    }
    let kept = keep.indices.filter { keep[$0] }
    var output = trainingSet.selecting(rows: kept)
    output.features += centroids.features
    output.categories += centroids.categories
    output.labels += centroids.labels
    if output.weights != nil { output.weights! += centroids.weights! }
    if output.groups != nil { output.groups! += centroids.groups! }
    let origins =
      kept.map { RowOrigin.original($0) }
      + repeatElement(.synthetic, count: centroids.labels.count)
    let note =
      changes.isEmpty
      ? "\(name): every targeted class already has the wanted size; nothing pooled"
      : "\(name) (\(voting.rawValue)): pooled away rows "
        + describeChanges(changes, in: trainingSet, sign: "−")
    return StrategyOutcome(trainingSet: output, origins: origins, notes: [note])
  }
}
