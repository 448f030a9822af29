import Testing

@testable import FulcrumCore

@Suite("L-BFGS")
struct LBFGSTests {
  @Test("finds the minimum of a badly scaled quadratic")
  func quadratic() {
    // f(x) = Σ (i+1)·100^(i%2)·(x_i − i)², minimum at x_i = i.
    let scales = (0..<6).map { Double($0 + 1) * ($0 % 2 == 0 ? 1 : 100) }
    let result = LBFGS(gradientTolerance: 1e-9, maximumIterations: 200).minimize(
      from: Array(repeating: 0, count: 6)
    ) { x, gradient in
      var value = 0.0
      for i in x.indices {
        let offset = x[i] - Double(i)
        value += scales[i] * offset * offset
        gradient[i] = 2 * scales[i] * offset
      }
      return value
    }
    #expect(result.converged)
    for i in 0..<6 { #expect(abs(result.solution[i] - Double(i)) < 1e-8) }
  }

  @Test("stops at the iteration cap and says it did not converge")
  func cap() {
    let result = LBFGS(gradientTolerance: 1e-12, maximumIterations: 2).minimize(
      from: [3, -4]
    ) { x, gradient in
      // Rosenbrock's valley needs far more than two steps.
      let a = 1 - x[0]
      let b = x[1] - x[0] * x[0]
      gradient[0] = -2 * a - 400 * x[0] * b
      gradient[1] = 200 * b
      return a * a + 100 * b * b
    }
    #expect(result.iterations == 2)
    #expect(!result.converged)
  }
}
