import Foundation

/// Reads Weka's ARFF format: a header of `@attribute` lines, then dense or sparse rows.
///
/// Keywords are matched in any case. Dense rows list every value separated by commas;
/// sparse rows `{index value, …}` list only some, the rest being 0 (or the first
/// declared value of a nominal attribute). An unquoted `?` is a missing value.
enum ARFFReader {
  /// Whether `bytes` (the start of a file) open with an `@relation` line after comments.
  static func startsLikeARFF(_ bytes: [UInt8]) -> Bool {
    var skipped = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    for line in bytes.dropFirst(skipped).split(separator: UInt8(ascii: "\n")) {
      skipped = 0
      let trimmed = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
      if trimmed.isEmpty || trimmed.first == UInt8(ascii: "%") || trimmed == [13] { continue }
      let keyword = String(decoding: trimmed.prefix(9), as: UTF8.self).lowercased()
      return keyword == "@relation"
    }
    return false
  }

  static func read(_ source: InputSource) throws(FulcrumError) -> ParsedTable {
    var bytes = try source.open().readAll()
    guard !bytes.isEmpty else {
      throw FulcrumError(.dataError, "\(source.name): the file is empty; expected an ARFF header")
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let nul = bytes.prefix(1 << 16).firstIndex(of: 0) {
      let line = bytes[..<nul].count { $0 == UInt8(ascii: "\n") } + 1
      throw FulcrumError(
        .dataError, "\(source.name):\(line): binary data (a NUL byte); expected ARFF text")
    }
    var parser = ARFFParser(name: source.name)
    var lineNumber = 0
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      do throws(ARFFLineError) {
        try parser.take(line)
      } catch {
        let place = error.column.map { "\(lineNumber):\($0)" } ?? "\(lineNumber)"
        throw FulcrumError(.dataError, "\(source.name):\(place): \(error.message)")
      }
    }
    return try parser.finish()
  }
}
