/// The one sanitiser and the one display-width function for text shown on a terminal.
///
/// Every string drawn through `Surface.put` passes through here, so text that comes from
/// data (cells, headers, class names, file names, error messages) can never move the
/// cursor, switch the terminal's mode or reorder the line: control characters, escape
/// sequences, bidirectional controls and invalid UTF-8 show as visible escapes such as
/// `\x1b` or `\u202e`.
public enum DisplayText {
  /// One terminal cell's worth of text: a grapheme and the columns it takes (1 or 2).
  public struct Cell: Sendable, Equatable {
    public var grapheme: String
    public var width: Int
  }

  /// `text` with everything that is not safe to print replaced by a visible escape.
  ///
  /// Idempotent: sanitising a sanitised string changes nothing.
  public static func sanitize(_ text: String, charset: Charset = .unicode) -> String {
    if isPlainASCII(text) { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      appendSanitized(scalar, charset: charset, to: &out)
    }
    return out
  }

  /// Decodes `bytes` as UTF-8 and sanitises the result; each byte that is not part of a
  /// valid UTF-8 sequence shows as `\xNN`.
  public static func sanitize(bytes: [UInt8], charset: Charset = .unicode) -> String {
    var out = ""
    var index = 0
    while index < bytes.count {
      if let (scalar, length) = decodeScalar(bytes, at: index) {
        appendSanitized(scalar, charset: charset, to: &out)
        index += length
      } else {
        out += hexEscape(bytes[index])
        index += 1
      }
    }
    return out
  }

  /// The number of terminal columns `text` takes once sanitised.
  public static func width(_ text: String, charset: Charset = .unicode) -> Int {
    if isPlainASCII(text) { return text.utf8.count }
    return cells(of: text, charset: charset).reduce(0) { $0 + $1.width }
  }

  /// `text` sanitised and cut to at most `width` columns, ending with an ellipsis when
  /// something was cut. A wide character is never split.
  public static func fit(_ text: String, width limit: Int, charset: Charset = .unicode)
    -> String
  {
    guard limit > 0 else { return "" }
    // Every character takes at least one column once sanitised, so nothing after the
    // first `limit + 1` can show: a cell holding megabytes of text is never scanned whole
    // on each redraw, and a text cut here still ends in the ellipsis below.
    let safe = sanitize(String(text.prefix(limit + 1)), charset: charset)
    if isPlainASCII(safe), safe.utf8.count <= limit { return safe }
    let all = cells(of: safe, charset: charset)
    let total = all.reduce(0) { $0 + $1.width }
    if total <= limit { return safe }
    var out = ""
    var used = 0
    for cell in all {
      if used + cell.width > limit - 1 { break }
      out += cell.grapheme
      used += cell.width
    }
    return out + charset.ellipsis
  }

  /// The cells `text` occupies once sanitised, left to right.
  ///
  /// A grapheme keeps its base character and its combining marks; the extra characters
  /// of a joined emoji sequence are dropped, because terminals disagree on how wide such
  /// sequences are and a wrong guess shifts every later column.
  public static func cells(of text: String, charset: Charset = .unicode) -> [Cell] {
    let safe = sanitize(text, charset: charset)
    if isPlainASCII(safe) { return safe.map { Cell(grapheme: String($0), width: 1) } }
    var result: [Cell] = []
    for character in safe {
      let scalars = character.unicodeScalars
      guard let base = scalars.first else { continue }
      let baseWidth = scalarWidth(base)
      if baseWidth == 0 {
        // A mark with nothing to sit on: give it a dotted circle so it stays visible.
        var grapheme = charset == .unicode ? "\u{25CC}" : "?"
        if charset == .unicode { for scalar in scalars { grapheme.unicodeScalars.append(scalar) } }
        result.append(Cell(grapheme: grapheme, width: 1))
        continue
      }
      var grapheme = String(base)
      var joined = false
      for scalar in scalars.dropFirst() {
        if scalar == "\u{200D}" { joined = true }
        if joined { continue }
        if scalarWidth(scalar) == 0, !isVariationSelector(scalar) {
          grapheme.unicodeScalars.append(scalar)
        }
      }
      result.append(Cell(grapheme: grapheme, width: baseWidth))
    }
    return result
  }

  /// Columns one scalar takes: 0 for combining marks and joiners, 2 for East Asian wide
  /// and emoji-presentation characters, 1 otherwise (matching glibc's `wcwidth`).
  public static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(value) { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    return wideRanges.contains { $0.contains(value) } ? 2 : 1
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
    0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
    0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
    0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]

  private static func isPlainASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

  private static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
    (0xFE00...0xFE0F).contains(scalar.value)
  }

  /// Bidirectional embeddings, overrides, isolates and marks: they reorder what follows.
  private static func isBidiControl(_ value: UInt32) -> Bool {
    value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }

  private static func appendSanitized(
    _ scalar: Unicode.Scalar, charset: Charset, to out: inout String
  ) {
    let value = scalar.value
    switch value {
    case 0x09: out += "\\t"
    case 0x0A: out += "\\n"
    case 0x0D: out += "\\r"
    case 0x00..<0x20, 0x7F: out += hexEscape(UInt8(value))
    case 0x20..<0x7F: out.unicodeScalars.append(scalar)
    case 0x80..<0xA0: out += unicodeEscape(value)
    default:
      if isBidiControl(value) || value == 0x2028 || value == 0x2029 || value == 0x200B
        || value == 0xFEFF || charset == .ascii
        || scalar.properties.generalCategory == .privateUse
      {
        out += unicodeEscape(value)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }

  private static func hexEscape(_ byte: UInt8) -> String {
    "\\x" + hexDigits(UInt32(byte), minimum: 2)
  }

  private static func unicodeEscape(_ value: UInt32) -> String {
    "\\u" + hexDigits(value, minimum: 4)
  }

  private static func hexDigits(_ value: UInt32, minimum: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, minimum - digits.count)) + digits
  }

  /// The scalar encoded at `index` and its length in bytes, or nil when the bytes there
  /// are not well-formed UTF-8 (overlong forms and surrogates included).
  private static func decodeScalar(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    var value: UInt32
    switch lead {
    case 0xC2...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
    case 0xE0...0xEF:
      (length, value) = (3, UInt32(lead & 0x0F))
      if lead == 0xE0 { secondRange = 0xA0...0xBF }
      if lead == 0xED { secondRange = 0x80...0x9F }
    case 0xF0...0xF4:
      (length, value) = (4, UInt32(lead & 0x07))
      if lead == 0xF0 { secondRange = 0x90...0xBF }
      if lead == 0xF4 { secondRange = 0x80...0x8F }
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    for offset in 1..<length {
      let byte = bytes[index + offset]
      let allowed = offset == 1 ? secondRange : 0x80...0xBF
      guard allowed.contains(byte) else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }
}
