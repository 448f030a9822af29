import Foundation

/// Draws built directly on the generator's 64-bit output, so that they stay the same
/// whatever the standard library does in `random(in:)`.
extension RandomNumberGenerator {
  /// A uniform number in [0, 1) with 53 random bits.
  public mutating func drawUnit() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A uniform integer in `0..<bound`, without modulo bias (Lemire's method).
  public mutating func drawIndex(below bound: Int) -> Int {
    precondition(bound > 0, "cannot draw from an empty range")
    let limit = UInt64(bound)
    var product = next().multipliedFullWidth(by: limit)
    if product.low < limit {
      let threshold = (0 &- limit) % limit
      while product.low < threshold {
        product = next().multipliedFullWidth(by: limit)
      }
    }
    return Int(product.high)
  }

  /// A standard normal draw (Box–Muller; one of the pair is discarded for simplicity).
  public mutating func drawGaussian() -> Double {
    var u = drawUnit()
    while u == 0 { u = drawUnit() }
    let v = drawUnit()
    return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
  }

  /// `count` distinct indices from `0..<population`, in the order drawn
  /// (a partial Fisher–Yates shuffle).
  public mutating func drawDistinct(_ count: Int, from population: Int) -> [Int] {
    precondition(count <= population, "cannot draw more distinct items than exist")
    var pool = Array(0..<population)
    for position in 0..<count {
      let pick = position + drawIndex(below: population - position)
      pool.swapAt(position, pick)
    }
    return Array(pool[0..<count])
  }
}
