/// The spellings of a missing value in text tables: empty, `NA`, `N/A`, `NaN`, `null`, `?`.
///
/// Matching ignores ASCII case, so `na`, `NAN` and `NULL` count too.
enum MissingMarker {
  /// Whether the `count` bytes at `start` (already trimmed) spell a missing value.
  static func matches(_ start: UnsafePointer<UInt8>, count: Int) -> Bool {
    switch count {
    case 0: return true
    case 1: return start[0] == UInt8(ascii: "?")
    case 2: return lower(start[0]) == n && lower(start[1]) == a
    case 3:
      guard lower(start[0]) == n else { return false }
      let middle = lower(start[1])
      let last = lower(start[2])
      return middle == UInt8(ascii: "/") && last == a || middle == a && last == n
    case 4:
      let l = UInt8(ascii: "l")
      return lower(start[0]) == n && lower(start[1]) == UInt8(ascii: "u")
        && lower(start[2]) == l && lower(start[3]) == l
    default: return false
    }
  }

  /// Whether `text` spells a missing value.
  static func matches(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return true }
      return matches(base, count: bytes.count)
    }
  }

  private static let n = UInt8(ascii: "n")
  private static let a = UInt8(ascii: "a")

  @inline(__always)
  private static func lower(_ byte: UInt8) -> UInt8 {
    byte >= 65 && byte <= 90 ? byte + 32 : byte
  }
}
