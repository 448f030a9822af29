/// What every positive class's pass over the rows shares: groups, sizes and the reference.
struct OutcomeContext {
  var groups: SensitiveGroups
  var sizes: [Int]
  var weightedSizes: [Double]
  /// Why a group has no rates at all (no rows, zero weight), nil for a usable group.
  var emptyReasons: [String?]
  var referenceIndex: Int

  /// Weighted one-vs-rest counts of a group and the sums of squared weights per cell.
  private struct Tally {
    var counts = OutcomeCounts()
    var squares = OutcomeCounts()
  }

  /// Rates, reference ratios, aggregates and notes with `positive` as the positive class.
  func outcome(
    positive: PositiveClass, truth: [Int], predicted: [Int], weights: [Double]?
  ) -> FairnessOutcome {
    var tallies = [Tally](repeating: Tally(), count: groups.groups.count)
    for row in truth.indices {
      let weight = weights?[row] ?? 1
      let square = weight * weight
      let group = groups.rowGroups[row]
      switch (truth[row] == positive.index, predicted[row] == positive.index) {
      case (true, true):
        tallies[group].counts.truePositives += weight
        tallies[group].squares.truePositives += square
      case (false, true):
        tallies[group].counts.falsePositives += weight
        tallies[group].squares.falsePositives += square
      case (true, false):
        tallies[group].counts.falseNegatives += weight
        tallies[group].squares.falseNegatives += square
      case (false, false):
        tallies[group].counts.trueNegatives += weight
        tallies[group].squares.trueNegatives += square
      }
    }
    var notes: [String] = []
    var rates: [GroupFairness] = []
    for index in groups.groups.indices {
      rates.append(groupRates(of: tallies[index], group: index, notes: &notes))
    }
    let reference = rates[referenceIndex]
    let referenceName = groups.groups[referenceIndex].name
    let compared: [(String, KeyPath<GroupFairness, GroupRate>)] = [
      ("selection rate", \.selectionRate), ("TPR", \.truePositiveRate),
      ("FPR", \.falsePositiveRate),
    ]
    for (title, path) in compared where reference[keyPath: path].value == 0 {
      notes.append("reference group \(referenceName) has \(title) 0: ratios to it undefined")
    }
    for index in rates.indices {
      rates[index].ratioToReference = ReferenceRatios(
        selectionRate: ReferenceRatio(
          rate: rates[index].selectionRate.value, reference: reference.selectionRate.value),
        truePositiveRate: ReferenceRatio(
          rate: rates[index].truePositiveRate.value,
          reference: reference.truePositiveRate.value),
        falsePositiveRate: ReferenceRatio(
          rate: rates[index].falsePositiveRate.value,
          reference: reference.falsePositiveRate.value))
    }
    let (aggregates, aggregateNotes) = FairnessAggregates.compute(rates)
    return FairnessOutcome(
      positiveLabel: positive.name, groups: rates, aggregates: aggregates,
      notes: notes + aggregateNotes)
  }

  /// One group's rates; notes every rate left undefined in a group that has rows.
  private func groupRates(of tally: Tally, group index: Int, notes: inout [String]) -> GroupFairness
  {
    let counts = tally.counts
    let squares = tally.squares
    let name = groups.groups[index].name
    let noRatio = ReferenceRatios(
      selectionRate: ReferenceRatio(value: nil), truePositiveRate: ReferenceRatio(value: nil),
      falsePositiveRate: ReferenceRatio(value: nil))
    if let reason = emptyReasons[index] {
      let none = GroupRate.undefined(reason)
      return GroupFairness(
        name: name, levels: groups.groups[index].levels, size: sizes[index],
        weightedSize: weightedSizes[index], counts: counts, baseRate: none,
        selectionRate: none, truePositiveRate: none, falsePositiveRate: none, precision: none,
        accuracy: none, ratioToReference: noRatio)
    }
    let total = counts.total
    let totalSquares = squares.total
    let tpr = GroupRate.ratio(
      counts.truePositives, counts.positives, squares: squares.positives,
      reason: "no positive labels")
    let fpr = GroupRate.ratio(
      counts.falsePositives, counts.negatives, squares: squares.negatives,
      reason: "no negative labels")
    let precision = GroupRate.ratio(
      counts.truePositives, counts.predictedPositives, squares: squares.predictedPositives,
      reason: "no predicted positives")
    for (rate, title) in [(tpr, "TPR"), (fpr, "FPR"), (precision, "precision")] {
      if let reason = rate.undefinedReason {
        notes.append("group \(name) has \(reason): \(title) undefined")
      }
    }
    return GroupFairness(
      name: name, levels: groups.groups[index].levels, size: sizes[index],
      weightedSize: weightedSizes[index], counts: counts,
      baseRate: .ratio(counts.positives, total, squares: totalSquares, reason: "no rows"),
      selectionRate: .ratio(
        counts.predictedPositives, total, squares: totalSquares, reason: "no rows"),
      truePositiveRate: tpr, falsePositiveRate: fpr, precision: precision,
      accuracy: .ratio(
        counts.truePositives + counts.trueNegatives, total, squares: totalSquares,
        reason: "no rows"),
      ratioToReference: noRatio)
  }
}
