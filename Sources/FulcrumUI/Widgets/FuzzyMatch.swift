/// Scores how well a typed query matches a name, as command palettes do: the query's
/// characters must appear in order (not necessarily together), case ignored.
///
/// Matches at the start of a word and runs of adjacent characters score higher, skipped
/// characters lower, so `exp` ranks `export` above `next-page`.
public enum FuzzyMatch {
  /// The score of `query` against `candidate`, or nil when it does not match; an empty
  /// query matches everything with score 0.
  public static func score(_ query: String, in candidate: String) -> Int? {
    let needle = Array(query.lowercased().filter { $0 != " " })
    if needle.isEmpty { return 0 }
    let haystack = Array(candidate.lowercased())
    var best: Int?
    // Try each place the first character occurs, so a later word start can win over an
    // earlier match in the middle of a word.
    for start in haystack.indices where haystack[start] == needle[0] {
      guard let score = score(needle, haystack, from: start) else { break }
      best = max(best ?? score, score)
    }
    return best
  }

  /// Greedy left-to-right matching of `needle` starting at `start`; nil if it runs out.
  private static func score(_ needle: [Character], _ haystack: [Character], from start: Int)
    -> Int?
  {
    var total = 0
    var position = start
    var previous: Int?
    for character in needle {
      while position < haystack.count, haystack[position] != character { position += 1 }
      guard position < haystack.count else { return nil }
      total += 1
      if isWordStart(haystack, position) { total += 8 }
      if let previous {
        if previous + 1 == position { total += 5 } else { total -= min(3, position - previous) }
      } else {
        total -= min(5, position)
      }
      previous = position
      position += 1
    }
    // Of two equally good matches, the shorter name is the closer one.
    return total - (haystack.count - needle.count) / 4
  }

  private static func isWordStart(_ text: [Character], _ index: Int) -> Bool {
    index == 0 || [" ", "-", "_", "/", "."].contains(text[index - 1])
  }
}
