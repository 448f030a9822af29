/// Checks and decodes UTF-8 bytes without the generic calls of `String(validating:as:)`,
/// which cost a runtime metadata lookup per value in a reader's hot loop.
enum UTF8Text {
  /// The text of `bytes`, or nil when they are not well-formed UTF-8.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard isValid(bytes) else { return nil }
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return "" }
    return String(unsafeUninitializedCapacity: bytes.count) { target in
      target.baseAddress!.update(from: source, count: bytes.count)
      return bytes.count
    }
  }

  /// Whether `bytes` are well-formed UTF-8: no stray continuation bytes, overlong forms,
  /// surrogates or code points above U+10FFFF (Unicode's table of well-formed sequences).
  /// - Complexity: O(n), eight ASCII bytes per step.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var index = 0
    while index < count {
      if count - index >= 8 {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 {
          index += 8
          continue
        }
      }
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return false
      }
      guard count - index >= length else { return false }
      // The second byte has the narrowed range; the others are plain continuation bytes.
      let second = base[index + 1]
      guard second >= low && second <= high else { return false }
      for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return false }
      index += length
    }
    return true
  }
}
