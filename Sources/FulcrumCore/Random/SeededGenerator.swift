import Foundation

/// A small, fast, seedable random number generator (xoshiro256**).
///
/// The same seed gives the same sequence on every machine and Swift version, so every
/// random choice in Fulcrum (shuffles, folds, sampling, synthetic data) is reproducible.
/// The 256-bit state is filled from the seed with SplitMix64, as the algorithm's authors
/// recommend, so nearby seeds still give unrelated sequences.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// Creates a generator whose sequence depends only on `seed`.
  public init(seed: UInt64) {
    var mixer = seed
    s0 = SeededGenerator.splitMix(&mixer)
    s1 = SeededGenerator.splitMix(&mixer)
    s2 = SeededGenerator.splitMix(&mixer)
    s3 = SeededGenerator.splitMix(&mixer)
  }

  /// Returns the next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, 7) &* 9
    let shifted = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= shifted
    s3 = rotateLeft(s3, 45)
    return result
  }

  /// A uniform value in [0, 1) with 53 random bits, the same on every platform
  /// (unlike `Double.random(in:using:)`, whose recipe belongs to the standard library).
  public mutating func nextUnit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform integer in `0..<bound`, without modulo bias (Lemire's method).
  public mutating func nextIndex(below bound: Int) -> Int {
    precondition(bound > 0, "the bound must be positive")
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

  /// A standard normal value (Box–Muller; one of the pair is discarded for simplicity).
  public mutating func nextGaussian() -> Double {
    let u1 = 1 - nextUnit()  // in (0, 1], so the logarithm is finite
    let u2 = nextUnit()
    return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }

  private static func splitMix(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@inline(__always)
private func rotateLeft(_ value: UInt64, _ count: UInt64) -> UInt64 {
  (value << count) | (value >> (64 - count))
}
