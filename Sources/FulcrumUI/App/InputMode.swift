/// What keys go to: the screen (through the keymap), or a palette or prompt that is open.
public enum InputMode: Sendable {
  case normal
  case palette(CommandPalette)
  /// Typing a search.
  case search(PromptLine)
  /// Typing the name of the file to export to.
  case exportPath(PromptLine)
  /// The export file exists; waiting for y (replace) or anything else (keep it).
  case confirmOverwrite(path: String, contents: String)
  /// Typing a Lab parameter; the value is checked as it changes. `original` is what it
  /// was before (nil for the default), restored by Esc.
  case parameter(strategy: String, name: String, original: String?)

  public var isNormal: Bool {
    if case .normal = self { return true }
    return false
  }
}

/// The last search: what was looked for, where, and which match is shown.
public struct SearchState: Sendable, Equatable {
  /// One place the query was found: a row, and for tables a column too.
  public struct Match: Sendable, Equatable {
    public var row: Int
    public var column: Int?

    public init(row: Int, column: Int? = nil) {
      self.row = row
      self.column = column
    }
  }

  public var query: String
  public var screen: ScreenID
  public var matches: [Match]
  /// Index into `matches` of the match shown.
  public var current: Int
  /// True when the search stopped counting at `SearchState.limit` matches.
  public var truncated: Bool

  /// Searches stop counting here so a common string in a huge table stays quick.
  public static let limit = 100_000

  /// `match 3 of 12`, or `no match for 'x'`.
  public var summary: String {
    guard !matches.isEmpty else { return "no match for '\(query)'" }
    return "match \(current + 1) of \(matches.count)\(truncated ? "+" : "")"
  }
}
