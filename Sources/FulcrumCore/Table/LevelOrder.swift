/// The order of a categorical column's levels: sorted, so it never depends on row order.
///
/// Levels that are numbers come first, by value (`2` before `10`); the others follow in
/// Unicode order. Nominal ARFF attributes keep their declared order instead.
enum LevelOrder {
  /// Sorts `levels` and rewrites `codes` (missing codes untouched) to match.
  /// - Complexity: O(L log L + N) for L levels and N codes.
  static func sort(levels: [String], codes: [UInt32]) -> (levels: [String], codes: [UInt32]) {
    let keys = levels.map { (text: $0, number: NumberParser.parse($0)) }
    let order = levels.indices.sorted { i, j in
      switch (keys[i].number, keys[j].number) {
      case (let x?, let y?): return x != y ? x < y : keys[i].text < keys[j].text
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return keys[i].text < keys[j].text
      }
    }
    var newCode = [UInt32](repeating: 0, count: levels.count)
    for (position, old) in order.enumerated() { newCode[old] = UInt32(position) }
    var codes = codes
    for index in codes.indices where codes[index] != Column.missingCode {
      codes[index] = newCode[Int(codes[index])]
    }
    return (order.map { levels[$0] }, codes)
  }
}
