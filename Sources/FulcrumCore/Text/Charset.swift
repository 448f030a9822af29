/// What the terminal's locale can display, and the glyphs the widgets draw with.
public enum Charset: Sendable {
  /// A UTF-8 locale: block elements, box drawing and any printable character.
  case unicode
  /// Any other locale: printable ASCII only; everything else shows as an escape.
  case ascii

  /// Glyphs for bar ends, from one eighth (index 0) to a full block (index 7).
  public var eighths: [String] {
    switch self {
    case .unicode: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    case .ascii: ["", "", "", "", "#", "#", "#", "#"]
    }
  }

  public var fullBlock: String { eighths[7] }
  public var ellipsis: String { self == .unicode ? "…" : "~" }
  public var horizontal: String { self == .unicode ? "─" : "-" }
  public var vertical: String { self == .unicode ? "│" : "|" }
  public var topLeft: String { self == .unicode ? "┌" : "+" }
  public var topRight: String { self == .unicode ? "┐" : "+" }
  public var bottomLeft: String { self == .unicode ? "└" : "+" }
  public var bottomRight: String { self == .unicode ? "┘" : "+" }
  public var upArrow: String { self == .unicode ? "↑" : "^" }
  public var downArrow: String { self == .unicode ? "↓" : "v" }
  public var leftArrow: String { self == .unicode ? "←" : "<" }
  public var rightArrow: String { self == .unicode ? "→" : ">" }
  public var separator: String { self == .unicode ? "›" : ">" }
  /// Frames of the busy indicator shown while a job runs.
  public var spinner: [String] {
    self == .unicode ? ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"] : ["-", "\\", "|", "/"]
  }
}
