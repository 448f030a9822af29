/// Limited-memory BFGS minimisation of a smooth function, with a backtracking line search.
///
/// Used for the logistic models, whose objectives are smooth and strictly convex; the
/// curvature pairs are only kept when they are positive, so the search direction always
/// descends.
struct LBFGS: Sendable {
  /// How many curvature pairs approximate the inverse Hessian.
  var memory = 10
  /// Stop once the largest gradient component is at most this.
  var gradientTolerance: Double
  /// Stop after this many iterations even if not converged.
  var maximumIterations: Int

  struct Result {
    var solution: [Double]
    var value: Double
    var iterations: Int
    var converged: Bool
  }

  /// Minimises `objective`, which returns the value at its first argument and writes the
  /// gradient into its second.
  func minimize(
    from start: [Double], _ objective: (_ x: [Double], _ gradient: inout [Double]) -> Double
  ) -> Result {
    let n = start.count
    var x = start
    var gradient = Array(repeating: 0.0, count: n)
    var value = objective(x, &gradient)
    var steps: [[Double]] = []
    var changes: [[Double]] = []
    var curvatures: [Double] = []
    var trial = x
    var trialGradient = gradient
    var iteration = 0
    while iteration < maximumIterations {
      if largestMagnitude(gradient) <= gradientTolerance {
        return Result(solution: x, value: value, iterations: iteration, converged: true)
      }
      iteration += 1
      var direction = twoLoopDirection(gradient, steps, changes, curvatures)
      var slope = dot(direction, gradient)
      if slope >= 0 {
        // Lost descent through rounding: restart from steepest descent.
        steps.removeAll()
        changes.removeAll()
        curvatures.removeAll()
        direction = gradient.map { -$0 }
        slope = dot(direction, gradient)
      }
      // Without curvature information, a unit step along the raw gradient may be far too
      // long; start with a step whose largest move is 1.
      var step = steps.isEmpty ? 1 / max(largestMagnitude(direction), 1) : 1.0
      var trialValue = Double.infinity
      var accepted = false
      for _ in 0..<60 {
        for i in 0..<n { trial[i] = x[i] + step * direction[i] }
        trialValue = objective(trial, &trialGradient)
        if trialValue <= value + 1e-4 * step * slope {
          accepted = true
          break
        }
        step *= 0.5
      }
      // No decrease is possible at working precision: the minimum is reached.
      guard accepted else {
        return Result(solution: x, value: value, iterations: iteration, converged: true)
      }
      var s = Array(repeating: 0.0, count: n)
      var y = Array(repeating: 0.0, count: n)
      for i in 0..<n {
        s[i] = trial[i] - x[i]
        y[i] = trialGradient[i] - gradient[i]
      }
      let curvature = dot(s, y)
      if curvature > 1e-12 * (dot(s, s) * dot(y, y)).squareRoot() {
        if steps.count == memory {
          steps.removeFirst()
          changes.removeFirst()
          curvatures.removeFirst()
        }
        steps.append(s)
        changes.append(y)
        curvatures.append(curvature)
      }
      let previous = value
      swap(&x, &trial)
      swap(&gradient, &trialGradient)
      value = trialValue
      if previous - value <= 1e-15 * max(abs(previous), abs(value), 1) {
        return Result(solution: x, value: value, iterations: iteration, converged: true)
      }
    }
    let converged = largestMagnitude(gradient) <= gradientTolerance
    return Result(solution: x, value: value, iterations: iteration, converged: converged)
  }

  /// −H·g by the two-loop recursion, H approximating the inverse Hessian.
  private func twoLoopDirection(
    _ gradient: [Double], _ steps: [[Double]], _ changes: [[Double]], _ curvatures: [Double]
  ) -> [Double] {
    var q = gradient
    var alphas = Array(repeating: 0.0, count: steps.count)
    for k in stride(from: steps.count - 1, through: 0, by: -1) {
      alphas[k] = dot(steps[k], q) / curvatures[k]
      for i in q.indices { q[i] -= alphas[k] * changes[k][i] }
    }
    if let last = steps.indices.last {
      let scale = curvatures[last] / dot(changes[last], changes[last])
      for i in q.indices { q[i] *= scale }
    }
    for k in steps.indices {
      let beta = dot(changes[k], q) / curvatures[k]
      for i in q.indices { q[i] += (alphas[k] - beta) * steps[k][i] }
    }
    return q.map { -$0 }
  }
}

func dot(_ a: [Double], _ b: [Double]) -> Double {
  var sum = 0.0
  for i in a.indices { sum += a[i] * b[i] }
  return sum
}

func largestMagnitude(_ values: [Double]) -> Double {
  values.reduce(0) { max($0, abs($1)) }
}
