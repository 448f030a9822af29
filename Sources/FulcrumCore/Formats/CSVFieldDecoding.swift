/// Turns a scanned field into the bytes or text it stands for.
enum CSVFieldDecoding {
  /// The field's content without the spaces around an unquoted value.
  @inline(__always)
  static func trimmed(_ field: FieldSpan, in base: UnsafePointer<UInt8>) -> Range<Int> {
    guard !field.quoted else { return field.start..<field.end }
    var start = field.start
    var end = field.end
    while start < end && isBlank(base[start]) { start += 1 }
    while end > start && isBlank(base[end - 1]) { end -= 1 }
    return start..<end
  }

  /// The field's text, with doubled quotes collapsed; nil when it is not valid UTF-8.
  static func text(_ field: FieldSpan, in base: UnsafePointer<UInt8>) -> String? {
    withContent(field, in: base) { UTF8Text.decode($0) }
  }

  /// Calls `body` with the field's bytes, doubled quotes collapsed.
  @inline(__always)
  static func withContent<Result>(
    _ field: FieldSpan, in base: UnsafePointer<UInt8>,
    _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    let range = trimmed(field, in: base)
    let bytes = UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
    guard field.escaped else { return body(bytes) }
    var collapsed: [UInt8] = []
    collapsed.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      collapsed.append(bytes[index])
      // Only a doubled quote can occur inside quotes: keep one of the pair.
      index += bytes[index] == UInt8(ascii: "\"") ? 2 : 1
    }
    return collapsed.withUnsafeBufferPointer(body)
  }

  /// The 1-based line and column of `offset`, given that the record holding it starts at
  /// `recordStart` on line `recordLine`.
  static func location(
    of offset: Int, recordStart: Int, recordLine: Int, in base: UnsafePointer<UInt8>
  ) -> (line: Int, column: Int) {
    var line = recordLine
    var lineStart = recordStart
    var index = recordStart
    while index < offset {
      if base[index] == UInt8(ascii: "\n") {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    return (line, offset - lineStart + 1)
  }

  @inline(__always)
  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }
}
