/// Makes data-derived strings safe and measurable for plain-text output.
///
/// Reports go to terminals as often as to files, so names from a data file must not carry
/// control characters (an escape sequence in a column name could repaint the terminal).
/// Widths are counted in terminal cells so that tables line up with wide characters too.
enum PlainText {
  /// `text` with every control character replaced by `�` and tabs by a space.
  static func sanitized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\t" {
        result.append(" ")
      } else if isControl(scalar) {
        result.append("\u{FFFD}")
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// The number of terminal cells `text` occupies (wide East Asian characters and emoji
  /// count two, combining marks none).
  static func width(_ text: String) -> Int {
    text.reduce(0) { $0 + width(of: $1) }
  }

  /// `text` cut to at most `limit` cells, ending in `…` when something was cut.
  static func truncated(_ text: String, to limit: Int) -> String {
    guard width(text) > limit else { return text }
    var result = ""
    var used = 0
    for character in text {
      let cells = width(of: character)
      if used + cells > limit - 1 { break }
      result.append(character)
      used += cells
    }
    return result + "…"
  }

  /// `text` followed by spaces up to `cells` cells.
  static func padded(_ text: String, to cells: Int) -> String {
    text + String(repeating: " ", count: max(0, cells - width(text)))
  }

  /// Spaces up to `cells` cells followed by `text`.
  static func leftPadded(_ text: String, to cells: Int) -> String {
    String(repeating: " ", count: max(0, cells - width(text))) + text
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  private static func width(of character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    let properties = first.properties
    if properties.generalCategory == .nonspacingMark
      || properties.generalCategory == .enclosingMark || first.value == 0x200B
    {
      return 0
    }
    if character.unicodeScalars.count > 1, properties.isEmoji { return 2 }
    if properties.isEmojiPresentation { return 2 }
    return isWide(first.value) ? 2 : 1
  }

  /// East Asian Wide and Fullwidth blocks.
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      true
    default:
      false
    }
  }
}
