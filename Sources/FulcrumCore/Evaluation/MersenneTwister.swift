/// The MT19937 generator with NumPy's legacy `RandomState` seeding and bounded draws.
///
/// Stratified folds use it so that `--seed N` deals rows to the same folds as
/// scikit-learn's `StratifiedKFold(shuffle=True, random_state=N)`: a user can compare
/// Fulcrum's figures with a notebook's fold for fold.
struct MersenneTwister {
  private var state = [UInt32](repeating: 0, count: 624)
  private var position = 624

  /// Seeds like `numpy.random.RandomState(seed)`: a seed below 2³² fills the state from
  /// one word; a larger one is seeded from its two 32-bit halves, low half first, as
  /// `RandomState([low, high])` does.
  init(seed: UInt64) {
    if seed <= UInt64(UInt32.max) {
      fill(from: UInt32(seed))
    } else {
      fill(fromWords: [UInt32(truncatingIfNeeded: seed), UInt32(truncatingIfNeeded: seed >> 32)])
    }
  }

  private mutating func fill(from seed: UInt32) {
    state[0] = seed
    for index in 1..<624 {
      let previous = state[index - 1]
      state[index] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(index)
    }
    position = 624
  }

  private mutating func fill(fromWords key: [UInt32]) {
    fill(from: 19_650_218)
    var i = 1
    var j = 0
    for _ in 0..<max(624, key.count) {
      let previous = state[i - 1]
      state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
      i += 1
      j += 1
      if i >= 624 {
        state[0] = state[623]
        i = 1
      }
      if j >= key.count { j = 0 }
    }
    for _ in 0..<623 {
      let previous = state[i - 1]
      state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(i)
      i += 1
      if i >= 624 {
        state[0] = state[623]
        i = 1
      }
    }
    state[0] = 0x8000_0000
  }

  private mutating func twist() {
    for index in 0..<624 {
      let bits = (state[index] & 0x8000_0000) | (state[(index + 1) % 624] & 0x7fff_ffff)
      var next = state[(index + 397) % 624] ^ (bits >> 1)
      if bits & 1 != 0 { next ^= 0x9908_b0df }
      state[index] = next
    }
    position = 0
  }

  /// The next 32 random bits.
  mutating func nextWord() -> UInt32 {
    if position >= 624 { twist() }
    var value = state[position]
    position += 1
    value ^= value >> 11
    value ^= (value << 7) & 0x9d2c_5680
    value ^= (value << 15) & 0xefc6_0000
    value ^= value >> 18
    return value
  }

  /// A uniform integer in `0...bound` by masked rejection, as NumPy's legacy
  /// `random_interval` draws it.
  mutating func interval(_ bound: UInt32) -> UInt32 {
    guard bound > 0 else { return 0 }
    var mask = bound
    mask |= mask >> 1
    mask |= mask >> 2
    mask |= mask >> 4
    mask |= mask >> 8
    mask |= mask >> 16
    while true {
      let value = nextWord() & mask
      if value <= bound { return value }
    }
  }

  /// Shuffles in place as `RandomState.shuffle` does for a one-dimensional array.
  mutating func shuffle<Element>(_ items: inout [Element]) {
    guard items.count > 1 else { return }
    for index in stride(from: items.count - 1, to: 0, by: -1) {
      items.swapAt(index, Int(interval(UInt32(index))))
    }
  }
}
