import Foundation

/// The penalised, weighted cross-entropy of a logistic model and its gradient, divided by
/// the total weight so that tolerances do not depend on the number of rows.
struct LogisticObjective {
  let features: FeatureMatrix
  /// Compact class of each row, -1 for rows of weight 0.
  let labels: [Int]
  let weights: [Double]
  /// Number of compact classes: 2 uses the binomial form, more the multinomial one.
  let classes: Int
  /// 1 / C.
  let penalty: Double

  func evaluate(_ theta: [Double], _ gradient: inout [Double]) -> Double {
    let d = features.columnCount
    let width = d + 1
    let rows = features.rowCount
    let coefficientRows = classes == 2 ? 1 : classes
    for i in gradient.indices { gradient[i] = 0 }
    var loss = 0.0
    var totalWeight = 0.0
    features.values.withUnsafeBufferPointer { x in
      theta.withUnsafeBufferPointer { t in
        gradient.withUnsafeMutableBufferPointer { g in
          var scores = Array(repeating: 0.0, count: coefficientRows)
          for row in 0..<rows {
            let w = weights[row]
            guard w > 0 else { continue }
            totalWeight += w
            let xRow = x.baseAddress! + row * d
            let label = labels[row]
            if classes == 2 {
              let z = linearScore(xRow, t.baseAddress!, d)
              // log(1 + e^z) − y·z, computed without overflow.
              let softplus = z > 0 ? z + log1p(exp(-z)) : log1p(exp(z))
              loss += w * (softplus - (label == 1 ? z : 0))
              let residual = w * (1 / (1 + exp(-z)) - Double(label))
              accumulate(residual, xRow, g.baseAddress!, d)
              continue
            }
            var top = -Double.infinity
            for c in 0..<classes {
              scores[c] = linearScore(xRow, t.baseAddress! + c * width, d)
              top = max(top, scores[c])
            }
            var sum = 0.0
            for c in 0..<classes { sum += exp(scores[c] - top) }
            let logSum = top + log(sum)
            loss += w * (logSum - scores[label])
            for c in 0..<classes {
              let probability = exp(scores[c] - logSum)
              let residual = w * (probability - (c == label ? 1 : 0))
              accumulate(residual, xRow, g.baseAddress! + c * width, d)
            }
          }
        }
      }
    }
    var penaltyTerm = 0.0
    for c in 0..<coefficientRows {
      for j in 0..<d {
        let index = c * width + j
        penaltyTerm += theta[index] * theta[index]
        gradient[index] += penalty * theta[index]
      }
    }
    let scale = 1 / totalWeight
    for i in gradient.indices { gradient[i] *= scale }
    return (loss + 0.5 * penalty * penaltyTerm) * scale
  }
}

/// g[0..<d] += r·x and the intercept slot g[d] += r.
@inline(__always)
func accumulate(
  _ r: Double, _ x: UnsafePointer<Double>, _ g: UnsafeMutablePointer<Double>, _ d: Int
) {
  for j in 0..<d { g[j] += r * x[j] }
  g[d] += r
}
