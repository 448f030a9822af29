import Foundation

/// A model fitted on a training set that returns, for each of its rows, a probability
/// per class (indexed like `classNames`). Focal weighting uses one to find hard rows.
public typealias FirstPassModel = @Sendable (TrainingTable) -> [[Double]]

/// Gaussian naive Bayes, the default first pass: class priors and, per class, a normal
/// density per numeric feature (variances smoothed by 1e-9 of the largest variance) and
/// Laplace-smoothed frequencies per categorical feature. Row weights count as
/// fractional rows.
public enum NaiveBayesFirstPass {
  public static let model: FirstPassModel = { probabilities(for: $0) }

  public static func probabilities(for set: TrainingTable) -> [[Double]] {
    let classes = set.classNames.count
    let width = set.featureCount
    var mass = [Double](repeating: 0, count: classes)
    var sums = [Double](repeating: 0, count: classes * width)
    for row in 0..<set.rowCount {
      let weight = set.weights?[row] ?? 1
      mass[set.labels[row]] += weight
      for j in 0..<width {
        sums[set.labels[row] * width + j] += weight * set.features[row * width + j]
      }
    }
    var means = sums
    for c in 0..<classes where mass[c] > 0 {
      for j in 0..<width { means[c * width + j] /= mass[c] }
    }
    var variances = [Double](repeating: 0, count: classes * width)
    var largest = 0.0
    for row in 0..<set.rowCount {
      let label = set.labels[row]
      let weight = set.weights?[row] ?? 1
      for j in 0..<width {
        let delta = set.features[row * width + j] - means[label * width + j]
        variances[label * width + j] += weight * delta * delta
      }
    }
    for c in 0..<classes where mass[c] > 0 {
      for j in 0..<width {
        variances[c * width + j] /= mass[c]
        largest = max(largest, variances[c * width + j])
      }
    }
    let smoothing = max(1e-9 * largest, 1e-12)
    let categories = categoryLogFrequencies(set, mass: mass)
    let totalMass = mass.reduce(0, +)
    return (0..<set.rowCount).map { row in
      var logits = [Double](repeating: -.infinity, count: classes)
      for c in 0..<classes where mass[c] > 0 {
        var score = log(mass[c] / totalMass)
        for j in 0..<width {
          let variance = variances[c * width + j] + smoothing
          let delta = set.features[row * width + j] - means[c * width + j]
          score -= 0.5 * (log(2 * Double.pi * variance) + delta * delta / variance)
        }
        for f in 0..<set.categoryCount {
          score += categories[f][c][Int(set.categories[row * set.categoryCount + f])]
        }
        logits[c] = score
      }
      let top = logits.max()!
      let exps = logits.map { exp($0 - top) }
      let sum = exps.reduce(0, +)
      return exps.map { $0 / sum }
    }
  }

  /// log P(value | class) per categorical feature, class and code, Laplace-smoothed.
  private static func categoryLogFrequencies(_ set: TrainingTable, mass: [Double]) -> [[[Double]]] {
    (0..<set.categoryCount).map { f in
      var levels = 0
      for row in 0..<set.rowCount {
        levels = max(levels, Int(set.categories[row * set.categoryCount + f]) + 1)
      }
      var tally = [[Double]](
        repeating: [Double](repeating: 0, count: levels), count: set.classNames.count)
      for row in 0..<set.rowCount {
        tally[set.labels[row]][Int(set.categories[row * set.categoryCount + f])] +=
          set.weights?[row] ?? 1
      }
      return tally.indices.map { c in
        tally[c].map { log(($0 + 1) / (mass[c] + Double(levels))) }
      }
    }
  }
}
