/// The delimiter of a text table, given or sniffed among `,` `\t` `;` `|`.
enum CSVDialect {
  /// The delimiters considered, in order of preference when the evidence ties.
  static let candidates: [UInt8] = [
    UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";"), UInt8(ascii: "|"),
  ]

  /// How a delimiter is named in messages.
  static func describe(_ delimiter: UInt8) -> String {
    delimiter == UInt8(ascii: "\t") ? "tab" : "'\(Character(Unicode.Scalar(delimiter)))'"
  }

  /// Picks the candidate that splits the first records into the same number of fields
  /// (more than one) most consistently; ties go to more fields, then to earlier candidates.
  /// A file with one column gets `,`.
  /// - Complexity: O(candidates × sample bytes); at most `limit` records are looked at.
  static func sniff(
    _ base: UnsafePointer<UInt8>, from start: Int, to end: Int, atEnd: Bool, limit: Int = 100
  ) -> UInt8 {
    var best = (delimiter: candidates[0], share: 0.0, fields: 1)
    for candidate in candidates {
      let counts = fieldCounts(
        base, from: start, to: end, atEnd: atEnd, delimiter: candidate, limit: limit)
      guard !counts.isEmpty else { continue }
      var tally: [Int: Int] = [:]
      for count in counts { tally[count, default: 0] += 1 }
      let mode = tally.max { ($0.value, $0.key) < ($1.value, $1.key) }!
      guard mode.key > 1 else { continue }
      let share = Double(mode.value) / Double(counts.count)
      if share > best.share || share == best.share && mode.key > best.fields {
        best = (candidate, share, mode.key)
      }
    }
    return best.delimiter
  }

  private static func fieldCounts(
    _ base: UnsafePointer<UInt8>, from start: Int, to end: Int, atEnd: Bool, delimiter: UInt8,
    limit: Int
  ) -> [Int] {
    var scanner = CSVRecordScanner(delimiter: delimiter)
    var counts: [Int] = []
    var position = start
    while position < end && counts.count < limit {
      guard case .record(let next, _) = scanner.scan(base, from: position, to: end, atEnd: atEnd)
      else { break }
      let blank = scanner.fields.count == 1 && scanner.fields[0].start == scanner.fields[0].end
      if !blank { counts.append(scanner.fields.count) }
      position = next
    }
    return counts
  }
}
