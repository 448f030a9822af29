/// One token of an ARFF line.
struct ARFFToken: Equatable {
  enum Kind: Equatable {
    /// Unquoted text.
    case word
    /// Text that was in single or double quotes (escapes resolved).
    case quoted
    /// `{`, `}` or `,`.
    case symbol
  }

  var kind: Kind
  var text: String
  /// 1-based column of the token's first byte.
  var column: Int

  func isSymbol(_ symbol: Character) -> Bool {
    kind == .symbol && text == String(symbol)
  }
}

/// Splits ARFF lines into words, quoted strings and the symbols `{` `}` `,`.
///
/// `%` outside quotes starts a comment. Quoted strings use `'…'` or `"…"` and Weka's
/// backslash escapes (`\'`, `\"`, `\\`, `\n`, `\t`, `\r`).
enum ARFFTokenizer {
  /// The tokens of `line`, or an error message and column for a bad line.
  static func tokens(_ line: ArraySlice<UInt8>) -> Result<[ARFFToken], ARFFTokenError> {
    var tokens: [ARFFToken] = []
    var index = line.startIndex
    let start = line.startIndex
    while index < line.endIndex {
      let byte = line[index]
      let column = index - start + 1
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        index += 1
      case UInt8(ascii: "%"):
        return .success(tokens)
      case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","):
        tokens.append(ARFFToken(kind: .symbol, text: String(UnicodeScalar(byte)), column: column))
        index += 1
      case UInt8(ascii: "'"), UInt8(ascii: "\""):
        var bytes: [UInt8] = []
        var cursor = index + 1
        var closed = false
        while cursor < line.endIndex {
          let current = line[cursor]
          if current == byte {
            closed = true
            break
          }
          if current == UInt8(ascii: "\\") && cursor + 1 < line.endIndex {
            cursor += 1
            bytes.append(unescaped(line[cursor]))
          } else {
            bytes.append(current)
          }
          cursor += 1
        }
        guard closed else {
          return .failure(ARFFTokenError(column: column, kind: .unterminatedQuote))
        }
        guard let text = bytes.withUnsafeBufferPointer({ UTF8Text.decode($0) }) else {
          return .failure(ARFFTokenError(column: column, kind: .invalidUTF8))
        }
        tokens.append(ARFFToken(kind: .quoted, text: text, column: column))
        index = cursor + 1
      default:
        var cursor = index
        while cursor < line.endIndex && !endsWord(line[cursor]) { cursor += 1 }
        guard let text = line[index..<cursor].withUnsafeBufferPointer({ UTF8Text.decode($0) })
        else {
          return .failure(ARFFTokenError(column: column, kind: .invalidUTF8))
        }
        tokens.append(ARFFToken(kind: .word, text: text, column: column))
        index = cursor
      }
    }
    return .success(tokens)
  }

  private static func endsWord(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "{"),
      UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: "%"), UInt8(ascii: "'"),
      UInt8(ascii: "\""):
      return true
    default:
      return false
    }
  }

  private static func unescaped(_ byte: UInt8) -> UInt8 {
    switch byte {
    case UInt8(ascii: "n"): UInt8(ascii: "\n")
    case UInt8(ascii: "t"): UInt8(ascii: "\t")
    case UInt8(ascii: "r"): UInt8(ascii: "\r")
    default: byte
    }
  }
}

/// Why a line could not be split into tokens.
struct ARFFTokenError: Error {
  enum Kind {
    case unterminatedQuote
    case invalidUTF8
  }

  var column: Int
  var kind: Kind

  var message: String {
    switch kind {
    case .unterminatedQuote: "the quoted value never ends; expected a closing quote"
    case .invalidUTF8:
      "invalid UTF-8; expected UTF-8 text (convert it, e.g. iconv -f latin1 -t utf-8)"
    }
  }
}
