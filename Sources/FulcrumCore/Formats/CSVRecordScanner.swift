/// Where one field lies in the read buffer.
struct FieldSpan {
  /// Offset of the first byte of the field's content (after an opening quote).
  var start: Int
  /// Offset just past the content (before a closing quote).
  var end: Int
  /// Whether the field was enclosed in quotes.
  var quoted: Bool
  /// Whether the content holds doubled quotes that stand for one quote each.
  var escaped: Bool
}

/// Splits delimited text into records and fields per RFC 4180, without copying.
///
/// Quoted fields may hold the delimiter, doubled quotes and line breaks; records end at
/// LF, CRLF or a lone CR. Spaces around a quoted field are allowed. A quote inside an
/// unquoted field is kept as an ordinary character.
struct CSVRecordScanner: ~Copyable {
  /// What one call to `scan` found.
  enum Outcome: Equatable {
    /// A whole record; the next one starts at `next`. `lineBreaks` counts the line
    /// breaks inside quoted fields (not the one that ends the record).
    case record(next: Int, lineBreaks: Int)
    /// The buffer ends inside the record: read more and scan it again.
    case needMore
    /// The input ends inside the quoted field opened at this offset.
    case unterminatedQuote(at: Int)
    /// Something other than a delimiter or line break follows a closing quote.
    case textAfterQuote(at: Int)
  }

  let delimiter: UInt8
  // Spans live in memory the scanner owns: a Swift array would be checked for
  // uniqueness on every append in the hot loop.
  private var spans: UnsafeMutablePointer<FieldSpan>
  private var spanCapacity = 64
  private var spanCount = 0

  init(delimiter: UInt8) {
    self.delimiter = delimiter
    spans = .allocate(capacity: spanCapacity)
  }

  deinit {
    spans.deallocate()
  }

  /// The fields of the last record scanned; valid until the next scan.
  var fields: UnsafeBufferPointer<FieldSpan> {
    UnsafeBufferPointer(start: spans, count: spanCount)
  }

  @inline(__always)
  private mutating func appendField(_ span: FieldSpan) {
    if spanCount == spanCapacity {
      let larger = UnsafeMutablePointer<FieldSpan>.allocate(capacity: spanCapacity * 2)
      larger.moveInitialize(from: spans, count: spanCount)
      spans.deallocate()
      spans = larger
      spanCapacity *= 2
    }
    (spans + spanCount).initialize(to: span)
    spanCount += 1
  }

  /// Scans one record of `base[start..<end]`; `atEnd` says no more bytes will follow.
  /// - Precondition: `start < end`.
  /// - Complexity: O(length of the record).
  mutating func scan(
    _ base: UnsafePointer<UInt8>, from start: Int, to end: Int, atEnd: Bool
  ) -> Outcome {
    spanCount = 0
    let delimiter = delimiter
    var position = start
    var lineBreaks = 0
    while true {
      var probe = position
      while probe < end && isPadding(base[probe]) { probe += 1 }
      var next: Int
      if probe < end && base[probe] == quote {
        var cursor = probe + 1
        var escaped = false
        while true {
          guard cursor < end else { return atEnd ? .unterminatedQuote(at: probe) : .needMore }
          let byte = base[cursor]
          if byte == quote {
            if cursor + 1 < end && base[cursor + 1] == quote {
              escaped = true
              cursor += 2
              continue
            }
            if cursor + 1 == end && !atEnd { return .needMore }
            break
          }
          if byte == lineFeed { lineBreaks += 1 }
          cursor += 1
        }
        appendField(FieldSpan(start: probe + 1, end: cursor, quoted: true, escaped: escaped))
        next = cursor + 1
        while next < end && isPadding(base[next]) { next += 1 }
        if next < end {
          let byte = base[next]
          if byte != delimiter && byte != lineFeed && byte != carriageReturn {
            return .textAfterQuote(at: next)
          }
        }
      } else {
        next = position
        while next < end {
          let byte = base[next]
          if byte == delimiter || byte == lineFeed || byte == carriageReturn { break }
          next += 1
        }
        appendField(FieldSpan(start: position, end: next, quoted: false, escaped: false))
      }
      guard next < end else {
        return atEnd ? .record(next: end, lineBreaks: lineBreaks) : .needMore
      }
      let byte = base[next]
      if byte == delimiter {
        position = next + 1
        continue
      }
      if byte == lineFeed { return .record(next: next + 1, lineBreaks: lineBreaks) }
      // A carriage return: CRLF, or a lone CR as old Mac files end their lines.
      if next + 1 < end {
        let after = base[next + 1] == lineFeed ? next + 2 : next + 1
        return .record(next: after, lineBreaks: lineBreaks)
      }
      return atEnd ? .record(next: next + 1, lineBreaks: lineBreaks) : .needMore
    }
  }

  @inline(__always)
  private func isPadding(_ byte: UInt8) -> Bool {
    byte == space || (byte == tab && delimiter != tab)
  }
}

private let quote = UInt8(ascii: "\"")
private let lineFeed = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
