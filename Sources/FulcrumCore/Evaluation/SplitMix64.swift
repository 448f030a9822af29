/// A small SplitMix64 generator that makes fold assignment reproducible on every machine.
///
/// The standard library's shuffling and bounded random numbers may change between
/// releases, so folds shuffle with `shuffleReproducibly` and this generator.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}

extension Array {
  /// Fisher–Yates shuffle whose result depends only on the generator's output.
  ///
  /// Bounded draws take the high half of a 128-bit product; the bias is below 2⁻⁴⁰ for any
  /// array that fits in memory and, unlike rejection sampling, the number of draws is fixed.
  mutating func shuffleReproducibly<G: RandomNumberGenerator>(using generator: inout G) {
    guard count > 1 else { return }
    for upper in stride(from: count - 1, to: 0, by: -1) {
      let bound = UInt64(upper + 1)
      let pick = Int(bound.multipliedFullWidth(by: generator.next()).high)
      swapAt(upper, pick)
    }
  }
}
