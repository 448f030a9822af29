import FulcrumCore

/// Case-insensitive substring search over lists and the cells of a dataset.
public enum DataSearch {
  /// Indices of the lines containing `needle` (lower-cased).
  public static func rows(of needle: String, in lines: [String]) -> [SearchState.Match] {
    lines.indices.filter { lines[$0].lowercased().contains(needle) }.map {
      SearchState.Match(row: $0)
    }
  }

  /// Cells containing `needle` (lower-cased), row by row and left to right within a row,
  /// as the Data table shows them; stops after `limit` matches (the Bool says it did).
  ///
  /// Each category level is compared once, not once per row; numbers are only turned into
  /// text when the query could occur in one.
  ///
  /// - Complexity: O(rows × columns) array lookups, plus formatting numeric cells when the
  ///   query contains a character that numbers are written with.
  public static func matches(of needle: String, in dataset: Dataset, limit: Int)
    -> ([SearchState.Match], Bool)
  {
    guard !needle.isEmpty else { return ([], false) }
    let numberCharacters = Set("0123456789.-+einfa")
    let numbersMayMatch = needle.allSatisfy { numberCharacters.contains($0) }
    // Per categorical column, whether each level contains the needle.
    let levelHits: [[Bool]?] = dataset.columns.map { column in
      guard case .categorical(_, let levels) = column.storage else { return nil }
      return levels.map { $0.lowercased().contains(needle) }
    }
    var found: [SearchState.Match] = []
    for row in 0..<dataset.rowCount {
      for (index, column) in dataset.columns.enumerated() {
        let hit: Bool
        switch column.storage {
        case .categorical(let codes, _):
          let code = codes[row]
          hit = code != Column.missingCode && levelHits[index]![Int(code)]
        case .numeric:
          hit = numbersMayMatch && (column.text(at: row)?.lowercased().contains(needle) ?? false)
        }
        if hit {
          found.append(SearchState.Match(row: row, column: index))
          if found.count >= limit { return (found, true) }
        }
      }
    }
    return (found, false)
  }
}
