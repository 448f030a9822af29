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
