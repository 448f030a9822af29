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
    let end = start + count
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
    guard cursor == end else { return nil }
    if !inexact {
      if mantissa == 0 { return negative ? -0.0 : 0.0 }
      if mantissa <= 1 << 53 && exponent >= -22 && exponent <= 22 {
        var value = Double(mantissa)
        if exponent >= 0 {
          value *= exactPowerOfTen(exponent)
        } else {
          value /= exactPowerOfTen(-exponent)
        }
        return negative ? -value : value
      }
    }
    return slowParse(start, count: count)
  }

  /// 10^power for 0 ≤ power ≤ 22, every one of which is exactly representable.
  @inline(__always)
  private static func exactPowerOfTen(_ power: Int) -> Double {
    withUnsafePointer(to: powersOfTen) { tuple in
      tuple.withMemoryRebound(to: Double.self, capacity: 23) { $0[power] }
    }
  }

  private static let powersOfTen:
    (
      Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double,
      Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double,
      Double
    ) = (
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    )

  /// The correctly rounded value of an already validated decimal number.
  @inline(never)
  private static func slowParse(_ start: UnsafePointer<UInt8>, count: Int) -> Double? {
    // The standard library's conversion is locale-independent and correctly rounded,
    // like strtod in the C locale; the grammar was checked above.
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    return Double(text)
  }
}
