import Foundation

/// Summary metrics of a confusion matrix, following scikit-learn's definitions.
///
/// A value that would be 0/0 is nil (shown as `—`, written as `null`) and per-class values
/// that are nil are left out of the macro and weighted averages, as scikit-learn does with
/// `zero_division=nan`. Everything is nil for an empty matrix.
public struct Metrics: Sendable, Equatable, Codable {
  public var accuracy: Double?
  /// Mean recall over the classes present in the truth.
  public var balancedAccuracy: Double?
  /// (balanced − 1/K) / (1 − 1/K) for K classes in the truth; nil when K = 1.
  public var adjustedBalancedAccuracy: Double?
  public var macroPrecision: Double?
  public var macroRecall: Double?
  public var macroF1: Double?
  public var macroSpecificity: Double?
  public var weightedPrecision: Double?
  public var weightedRecall: Double?
  public var weightedF1: Double?
  /// Pooled counts; for single-label problems all three micro averages equal accuracy.
  public var microPrecision: Double?
  public var microRecall: Double?
  public var microF1: Double?
  /// Geometric mean of the defined per-class recalls.
  public var gMean: Double?
  /// Matthews correlation; 0 when its denominator is 0, as scikit-learn reports it.
  public var mcc: Double?
  /// Cohen's κ with 0/1 weights; nil when chance disagreement is 0.
  public var cohenKappa: Double?

  /// Every metric with its report name, in display order.
  public static var fields: [(name: String, value: WritableKeyPath<Metrics, Double?>)] {
    [
      ("accuracy", \.accuracy), ("balancedAccuracy", \.balancedAccuracy),
      ("adjustedBalancedAccuracy", \.adjustedBalancedAccuracy),
      ("macroPrecision", \.macroPrecision), ("macroRecall", \.macroRecall),
      ("macroF1", \.macroF1), ("macroSpecificity", \.macroSpecificity),
      ("weightedPrecision", \.weightedPrecision), ("weightedRecall", \.weightedRecall),
      ("weightedF1", \.weightedF1), ("microPrecision", \.microPrecision),
      ("microRecall", \.microRecall), ("microF1", \.microF1), ("gMean", \.gMean),
      ("mcc", \.mcc), ("cohenKappa", \.cohenKappa),
    ]
  }

  /// All metrics undefined.
  public init() {}

  /// Computes every metric of `matrix`.
  ///
  /// - Complexity: O(K²) for K labels.
  public init(_ matrix: ConfusionMatrix) {
    let total = matrix.total
    guard total > 0 else { return }
    let perClass = ClassMetrics.all(matrix)
    let n = Double(total)
    let correct = Double(matrix.labels.indices.reduce(0) { $0 + matrix.counts[$1][$1] })
    accuracy = correct / n
    microPrecision = accuracy
    microRecall = accuracy
    microF1 = accuracy

    let recalls = perClass.compactMap(\.recall)
    let present = Double(recalls.count)
    balancedAccuracy = recalls.reduce(0, +) / present
    if recalls.count > 1, let balanced = balancedAccuracy {
      adjustedBalancedAccuracy = (balanced - 1 / present) / (1 - 1 / present)
    }
    gMean = geometricMean(recalls)

    macroPrecision = mean(perClass.map(\.precision))
    macroRecall = mean(perClass.map(\.recall))
    macroF1 = mean(perClass.map(\.f1))
    macroSpecificity = mean(perClass.map(\.specificity))
    let weights = perClass.map { Double($0.support) }
    weightedPrecision = weightedMean(perClass.map(\.precision), weights)
    weightedRecall = weightedMean(perClass.map(\.recall), weights)
    weightedF1 = weightedMean(perClass.map(\.f1), weights)

    let truthCounts = weights
    let predictedCounts = perClass.map { Double($0.predicted) }
    let agreementByChance = zip(truthCounts, predictedCounts).reduce(0) { $0 + $1.0 * $1.1 }
    let predictedSquares = predictedCounts.reduce(0) { $0 + $1 * $1 }
    let truthSquares = truthCounts.reduce(0) { $0 + $1 * $1 }
    let denominator = ((n * n - predictedSquares) * (n * n - truthSquares)).squareRoot()
    mcc = denominator == 0 ? 0 : (correct * n - agreementByChance) / denominator

    let expectedDisagreement = (n * n - agreementByChance) / n
    if expectedDisagreement != 0 {
      cohenKappa = 1 - (n - correct) / expectedDisagreement
    }
  }

  // Written by hand so that an undefined value is `null` rather than a missing key.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    for (name, keyPath) in Metrics.fields {
      try container.encode(self[keyPath: keyPath], forKey: CodingKeys(stringValue: name)!)
    }
  }
}

/// Mean of the defined values, nil when there are none.
func mean(_ values: [Double?]) -> Double? {
  let defined = values.compactMap { $0 }
  return defined.isEmpty ? nil : defined.reduce(0, +) / Double(defined.count)
}

/// Mean of the defined values weighted by `weights`, nil when their weights sum to 0.
func weightedMean(_ values: [Double?], _ weights: [Double]) -> Double? {
  var sum = 0.0
  var weightSum = 0.0
  for (value, weight) in zip(values, weights) {
    guard let value else { continue }
    sum += value * weight
    weightSum += weight
  }
  return weightSum == 0 ? nil : sum / weightSum
}

/// Geometric mean, nil for no values; 0 as soon as one value is 0.
func geometricMean(_ values: [Double]) -> Double? {
  guard !values.isEmpty else { return nil }
  if values.contains(0) { return 0 }
  let logSum = values.reduce(0) { $0 + log($1) }
  return exp(logSum / Double(values.count))
}
