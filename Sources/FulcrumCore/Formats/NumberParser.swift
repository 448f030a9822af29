/// Parses decimal numbers from bytes, bit-identical to C-locale `strtod`, in any locale.
///
/// Accepted: an optional sign, digits with an optional `.` (at least one digit in all),
/// and an optional exponent (`e` or `E`, optional sign, digits). Nothing else: no
/// surrounding spaces, no `inf`, `nan` or hexadecimal, so that words stay text.
///
/// Most values in data files take the exact fast path: at most 19 significant digits
/// whose value fits in 53 bits, scaled by a power of ten up to 10^22. Both operands are
/// then exact doubles and one IEEE multiplication or division rounds correctly, which is
/// what `strtod` returns. Other values go to the standard library's correctly rounded,
/// locale-independent conversion.
public enum NumberParser {
  /// The value of `text`, or nil when it is not a decimal number.
  public static func parse(_ text: String) -> Double? {
    var text = text
    return text.withUTF8 { parse($0) }
  }

  /// The value of `bytes`, or nil when they are not a decimal number.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    guard let base = bytes.baseAddress else { return nil }
    return parse(base, count: bytes.count)
  }

  /// The value of the `count` bytes at `start`, or nil when they are not a decimal number.
  /// - Complexity: O(count).
  @inline(__always)
  static func parse(_ start: UnsafePointer<UInt8>, count: Int) -> Double? {
    guard let (value, stop) = parsePrefix(start, end: start + count), stop == start + count
    else { return nil }
    return value
  }

  /// The number that starts at `start` and where it stops (at `end` at the latest), or
  /// nil when no number starts there. Readers call this to parse a field and find its end
  /// in one go.
  /// - Complexity: O(length of the number).
  @inline(__always)
  static func parsePrefix(
    _ start: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>
  ) -> (value: Double, stop: UnsafePointer<UInt8>)? {
    var cursor = start
    guard cursor < end else { return nil }
    var negative = false
    if cursor.pointee == UInt8(ascii: "-") || cursor.pointee == UInt8(ascii: "+") {
      negative = cursor.pointee == UInt8(ascii: "-")
      cursor += 1
    }
    var mantissa: UInt64 = 0
    var significant = 0
    var exponent = 0
    var digitCount = 0
    var inexact = false
    while cursor < end {
      let digit = cursor.pointee &- UInt8(ascii: "0")
      if digit > 9 { break }
      if significant < 19 {
        mantissa = mantissa &* 10 &+ UInt64(digit)
        if mantissa != 0 { significant += 1 }
      } else {
        exponent += 1
        inexact = true
      }
      digitCount += 1
      cursor += 1
    }
    if cursor < end && cursor.pointee == UInt8(ascii: ".") {
      cursor += 1
      while cursor < end {
        let digit = cursor.pointee &- UInt8(ascii: "0")
        if digit > 9 { break }
        if significant < 19 {
          mantissa = mantissa &* 10 &+ UInt64(digit)
          if mantissa != 0 { significant += 1 }
          exponent -= 1
        } else {
          inexact = true
        }
        digitCount += 1
        cursor += 1
      }
    }
    guard digitCount > 0 else { return nil }
    if cursor < end && (cursor.pointee | 0x20) == UInt8(ascii: "e") {
      cursor += 1
      var exponentNegative = false
      if cursor < end
        && (cursor.pointee == UInt8(ascii: "-") || cursor.pointee == UInt8(ascii: "+"))
      {
        exponentNegative = cursor.pointee == UInt8(ascii: "-")
        cursor += 1
      }
      var written = 0
      var digits = 0
      while cursor < end {
        let digit = cursor.pointee &- UInt8(ascii: "0")
        if digit > 9 { break }
        // Clamp: beyond this every value has already overflowed or underflowed.
        if written < 100_000 { written = written * 10 + Int(digit) }
        digits += 1
        cursor += 1
      }
      guard digits > 0 else { return nil }
      exponent += exponentNegative ? -written : written
    }
    if !inexact {
      if mantissa == 0 { return (negative ? -0.0 : 0.0, cursor) }
      if mantissa <= 1 << 53 && exponent >= -22 && exponent <= 22 {
        var value = Double(mantissa)
        if exponent >= 0 {
          value *= exactPowerOfTen(exponent)
        } else {
          value /= exactPowerOfTen(-exponent)
        }
        return (negative ? -value : value, cursor)
      }
    }
    guard let value = slowParse(start, count: cursor - start) else { return nil }
    return (value, cursor)
  }

  /// 10^power for 0 ≤ power ≤ 22, every one of which is exactly representable.
  @inline(__always)
  private static func exactPowerOfTen(_ power: Int) -> Double {
    // A switch of constants compiles to a lookup table; a tuple or array would be
    // copied or checked on every call.
    switch power {
    case 0: 1e0
    case 1: 1e1
    case 2: 1e2
    case 3: 1e3
    case 4: 1e4
    case 5: 1e5
    case 6: 1e6
    case 7: 1e7
    case 8: 1e8
    case 9: 1e9
    case 10: 1e10
    case 11: 1e11
    case 12: 1e12
    case 13: 1e13
    case 14: 1e14
    case 15: 1e15
    case 16: 1e16
    case 17: 1e17
    case 18: 1e18
    case 19: 1e19
    case 20: 1e20
    case 21: 1e21
    default: 1e22
    }
  }

  /// The correctly rounded value of an already validated decimal number.
  @inline(never)
  private static func slowParse(_ start: UnsafePointer<UInt8>, count: Int) -> Double? {
    // The standard library's conversion is locale-independent and correctly rounded,
    // like strtod in the C locale; the grammar was checked above.
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    return Double(text)
  }
}
