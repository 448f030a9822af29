/// Computes group fairness metrics from true labels, predictions and group membership.
///
/// Pure: plain arrays in, a `FairnessResult` out. Every rate is a weighted share (all weights
/// 1 without `weights`), with a 95 % Wilson interval over Kish's effective sample size.
public enum FairnessAnalysis {
  /// Assesses `predicted` against `truth` for every group of `groups`.
  ///
  /// Rows without a true label must be left out beforehand, from `groups` too (see
  /// `SensitiveGroups.selecting(rows:)`).
  ///
  /// - Parameters:
  ///   - truth: the true class of each row, an index into `classNames`.
  ///   - predicted: the predicted class of each row, an index into `classNames`.
  ///   - groups: the group of each row (see `SensitiveGroups`).
  ///   - weights: optional row weights, finite and non-negative.
  ///   - positive: the `--positive` class name, or nil for the default (see
  ///     `PositiveClass.choose`).
  ///   - reference: the `--reference` group name, or nil for the largest group.
  /// - Throws: `FulcrumError(.usage, …)` for an unknown positive class or reference group,
  ///   `FulcrumError(.dataError, …)` for no rows or a negative or non-finite weight.
  /// - Complexity: O(n · k) for n rows and k positive classes assessed.
  public static func evaluate(
    truth: [Int], predicted: [Int], classNames: [String], groups: SensitiveGroups,
    weights: [Double]? = nil, positive: String? = nil, reference: String? = nil
  ) throws(FulcrumError) -> FairnessResult {
    precondition(truth.count == predicted.count, "truth and predictions differ in length")
    precondition(truth.count == groups.rowGroups.count, "truth and groups differ in length")
    precondition(weights == nil || weights!.count == truth.count, "one weight per row")
    precondition(
      truth.allSatisfy { classNames.indices.contains($0) }
        && predicted.allSatisfy { classNames.indices.contains($0) },
      "class index out of range")
    guard !truth.isEmpty else {
      throw FulcrumError(.dataError, "no rows to assess fairness on")
    }
    if let weights, let bad = weights.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
      throw FulcrumError(
        .dataError,
        "row weights must be finite and non-negative; row \(bad + 1) has \(weights[bad])")
    }
    let positives = try PositiveClass.choose(
      classNames: classNames, truth: truth, requested: positive)
    let sizes = groups.sizes
    var weightedSizes = [Double](repeating: 0, count: groups.groups.count)
    for (row, group) in groups.rowGroups.enumerated() {
      weightedSizes[group] += weights?[row] ?? 1
    }
    let (referenceIndex, referenceSource) = try chooseReference(
      reference, groups: groups, sizes: sizes)

    var notes: [String] = []
    var emptyReasons = [String?](repeating: nil, count: groups.groups.count)
    for (index, group) in groups.groups.enumerated() {
      if sizes[index] == 0 {
        emptyReasons[index] = "no rows"
        notes.append("group \(group.name) has no rows: every rate undefined")
      } else if weightedSizes[index] == 0 {
        emptyReasons[index] = "zero total weight"
        notes.append("group \(group.name) has zero total weight: every rate undefined")
      }
    }
    let context = OutcomeContext(
      groups: groups, sizes: sizes, weightedSizes: weightedSizes, emptyReasons: emptyReasons,
      referenceIndex: referenceIndex)
    let outcomes = positives.map {
      context.outcome(positive: $0, truth: truth, predicted: predicted, weights: weights)
    }
    let single = positives.count == 1 ? positives[0] : nil
    return FairnessResult(
      sensitive: groups.attributes, positiveLabel: single?.name,
      positiveLabelSource: single?.source ?? .oneVsRest,
      referenceGroup: groups.groups[referenceIndex].name, referenceSource: referenceSource,
      weighted: weights != nil, outcomes: outcomes, notes: notes)
  }

  /// The named reference group, or the largest (ties → first).
  private static func chooseReference(
    _ requested: String?, groups: SensitiveGroups, sizes: [Int]
  ) throws(FulcrumError) -> (Int, FairnessResult.ReferenceSource) {
    guard let requested else {
      // max(by:) returns the last of equal elements, so compare indices too to keep the first.
      let largest = sizes.indices.max {
        sizes[$0] != sizes[$1] ? sizes[$0] < sizes[$1] : $0 > $1
      }!
      return (largest, .largest)
    }
    let nonEmpty = groups.groups.indices.filter { sizes[$0] > 0 }
      .map { "'\(groups.groups[$0].name)'" }.joined(separator: ", ")
    guard let index = groups.groupIndex(named: requested) else {
      throw FulcrumError(.usage, "--reference: no group '\(requested)'; groups are \(nonEmpty)")
    }
    guard sizes[index] > 0 else {
      throw FulcrumError(
        .usage, "--reference: group '\(requested)' has no rows; choose one of \(nonEmpty)")
    }
    return (index, .given)
  }
}
