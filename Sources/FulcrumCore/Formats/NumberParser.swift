/// Parses decimal numbers from bytes, bit-identical to C-locale `strtod`, in any locale.
///
/// Accepted: an optional sign, digits with an optional `.` (at least one digit in all),
/// and an optional exponent (`e` or `E`, optional sign, digits). Nothing else: no
/// surrounding spaces, no `inf`, `nan` or hexadecimal, so that words stay text.
///
/// Most values in data files take the exact fast path: at most 19 digits whose value fits
/// in 53 bits, scaled by a power of ten up to 10^22. Both operands are
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
    guard let parsed = parseQuotient(start, end: end) else { return nil }
    return (parsed.numerator / parsed.divisor, parsed.stop)
  }

  /// Like `parsePrefix`, with the number as `numerator / divisor` still to be divided
  /// (the divisor is 1 unless the fast path needs a division). A reader that parses many
  /// numbers before dividing them keeps several divisions in flight instead of waiting on
  /// each one; the quotient is the same correctly rounded value. `following` is the byte
  /// at `stop`, or `NumberParser.atEnd` when `stop == end`: the parser often knows it
  /// without reading memory, and a reader checking for a delimiter needs it at once.
  @inline(__always)
  static func parseQuotient(
    _ start: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>
  ) -> (numerator: Double, divisor: Double, stop: UnsafePointer<UInt8>, following: UInt16)? {
    var cursor = start
    guard cursor < end else { return nil }
    var negative = false
    if cursor.pointee == UInt8(ascii: "-") || cursor.pointee == UInt8(ascii: "+") {
      negative = cursor.pointee == UInt8(ascii: "-")
      cursor += 1
    }
    var mantissa: UInt64 = 0
    var digitCount = 0
    var following = consumeDigits(&cursor, end: end, into: &mantissa, count: &digitCount)
    var exponent = 0
    if following == UInt16(UInt8(ascii: ".")) {
      cursor += 1
      let integerDigits = digitCount
      following = consumeDigits(&cursor, end: end, into: &mantissa, count: &digitCount)
      exponent = integerDigits - digitCount
    }
    guard digitCount > 0 else { return nil }
    if following | 0x20 == UInt16(UInt8(ascii: "e")) {
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
      following = cursor < end ? UInt16(cursor.pointee) : atEnd
    }
    // Up to 19 digits (leading zeros included) fit a UInt64 exactly; more wrapped around.
    if digitCount <= 19 {
      if mantissa == 0 { return (negative ? -0.0 : 0.0, 1, cursor, following) }
      if mantissa <= 1 << 53 && exponent >= -22 && exponent <= 22 {
        // Below 2^63, so the signed conversion (one instruction) is exact.
        let magnitude = Int64(bitPattern: mantissa)
        let signed = Double(negative ? -magnitude : magnitude)
        if exponent >= 0 {
          return (signed * exactPowerOfTen(exponent), 1, cursor, following)
        }
        return (signed, exactPowerOfTen(-exponent), cursor, following)
      }
    }
    guard let value = slowParse(start, count: cursor - start) else { return nil }
    return (value, 1, cursor, following)
  }

  /// The `following` value that means the number ran to the end of the bytes.
  static let atEnd: UInt16 = 256

  /// Appends the decimal digits at `cursor` to `mantissa` (wrapping past 19 digits, which
  /// the caller detects from `count`) and moves past them; returns the byte after them
  /// (taken from the word already loaded when possible) or `atEnd`.
  ///
  /// Eight bytes at a time where the buffer allows: a branch per digit mispredicts at the
  /// end of almost every number, and these bit operations do not branch per digit.
  @inline(__always)
  private static func consumeDigits(
    _ cursor: inout UnsafePointer<UInt8>, end: UnsafePointer<UInt8>,
    into mantissa: inout UInt64, count: inout Int
  ) -> UInt16 {
    while end - cursor >= 8 {
      let word = UInt64(littleEndian: UnsafeRawPointer(cursor).loadUnaligned(as: UInt64.self))
      let digits = leadingDigitCount(word)
      guard digits > 0 else { return UInt16(word & 0xFF) }
      mantissa = mantissa &* integerPowerOfTen(digits) &+ digitValue(word, count: digits)
      cursor += digits
      count &+= digits
      if digits < 8 { return UInt16((word >> UInt64(8 * digits)) & 0xFF) }
    }
    while cursor < end {
      let byte = cursor.pointee
      let digit = byte &- UInt8(ascii: "0")
      if digit > 9 { return UInt16(byte) }
      mantissa = mantissa &* 10 &+ UInt64(digit)
      cursor += 1
      count &+= 1
    }
    return atEnd
  }

  /// How many of the eight bytes in `word` (first byte lowest) are ASCII digits before the
  /// first byte that is not.
  @inline(__always)
  private static func leadingDigitCount(_ word: UInt64) -> Int {
    // A byte is a digit when its high nibble is 3 and stays 3 after adding 6. A carry out
    // of a byte (only from 0xFA and above, never a digit) disturbs later bytes only.
    let highNibbles = word & 0xF0F0_F0F0_F0F0_F0F0
    let shifted = (word &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0
    let misses = (highNibbles ^ 0x3030_3030_3030_3030) | (shifted ^ 0x3030_3030_3030_3030)
    return misses == 0 ? 8 : misses.trailingZeroBitCount / 8
  }

  /// The value of the first `count` (1…8) digit bytes of `word`, first byte most significant.
  @inline(__always)
  private static func digitValue(_ word: UInt64, count: Int) -> UInt64 {
    // Bytes past `count` are shifted out; any borrow they cause moves away from the digits.
    var value = (word &- 0x3030_3030_3030_3030) << UInt64(8 * (8 - count))
    value = ((value & 0x0F0F_0F0F_0F0F_0F0F) &* (10 << 8 + 1)) >> 8
    value = ((value & 0x00FF_00FF_00FF_00FF) &* (100 << 16 + 1)) >> 16
    value = ((value & 0x0000_FFFF_0000_FFFF) &* (10_000 << 32 + 1)) >> 32
    return value
  }

  /// 10^power for 1 ≤ power ≤ 8.
  @inline(__always)
  private static func integerPowerOfTen(_ power: Int) -> UInt64 {
    switch power {
    case 1: 10
    case 2: 100
    case 3: 1_000
    case 4: 10_000
    case 5: 100_000
    case 6: 1_000_000
    case 7: 10_000_000
    default: 100_000_000
    }
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
