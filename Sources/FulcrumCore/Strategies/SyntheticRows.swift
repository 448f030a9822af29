/// Appends interpolated rows (SMOTE and its variants) to an output set.
struct SyntheticRows {
  let source: TrainingSet

  /// Appends `seed + step·(toward − seed)` on the numeric features. Categorical features
  /// take the most frequent value among `voters` (the seed's neighbours; the lowest code
  /// wins a tie). Weight and group are the seed's.
  func appendInterpolation(
    to output: inout TrainingSet, seed: Int, toward: Int, step: Double,
    voters: ArraySlice<Int>
  ) {
    let width = source.featureCount
    let seedBase = seed * width
    let towardBase = toward * width
    for j in 0..<width {
      let start = source.features[seedBase + j]
      output.features.append(start + step * (source.features[towardBase + j] - start))
    }
    appendCategoryVote(to: &output, voters: voters)
    output.labels.append(source.labels[seed])
    output.weights?.append(source.weights![seed])
    output.groups?.append(source.groups![seed])
  }

  /// Appends, for each categorical feature, the most frequent code among `voters`.
  func appendCategoryVote(to output: inout TrainingSet, voters: ArraySlice<Int>) {
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
func describeChanges(_ changes: [(label: Int, count: Int)], in set: TrainingSet, sign: String)
  -> String
{
  changes.map { "'\(set.classNames[$0.label])' \(sign)\($0.count)" }.joined(separator: ", ")
}
