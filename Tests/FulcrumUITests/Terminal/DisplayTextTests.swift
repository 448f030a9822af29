import FulcrumCore
import Testing

@testable import FulcrumUI

@Suite("Sanitiser")
struct SanitiserTests {
  @Test(
    "control characters and escape sequences become visible escapes",
    arguments: [
      ("\u{1B}[31mred", "\\x1b[31mred"),
      ("a\tb\nc\r", "a\\tb\\nc\\r"),
      ("bell\u{07}", "bell\\x07"),
      ("del\u{7F}", "del\\x7f"),
      ("c1\u{85}\u{9B}", "c1\\u0085\\u009b"),
      ("nul\u{0}", "nul\\x00"),
    ])
  func controls(_ input: String, _ expected: String) {
    #expect(DisplayText.sanitize(input) == expected)
  }

  @Test(
    "bidirectional controls are escaped so they cannot reorder the line",
    arguments: [
      ("abc\u{202E}fed", "abc\\u202efed"),
      ("\u{2066}x\u{2069}", "\\u2066x\\u2069"),
      ("a\u{200F}b\u{061C}", "a\\u200fb\\u061c"),
      ("line\u{2028}sep", "line\\u2028sep"),
    ])
  func bidi(_ input: String, _ expected: String) {
    #expect(DisplayText.sanitize(input) == expected)
  }

  @Test(
    "invalid UTF-8 bytes show as \\xNN and valid ones decode",
    arguments: [
      ([0x61, 0xFF, 0x62], "a\\xffb"),
      ([0xC3, 0xA9], "é"),
      ([0xE2, 0x82], "\\xe2\\x82"),
      ([0xC0, 0xAF], "\\xc0\\xaf"),
      ([0xED, 0xA0, 0x80], "\\xed\\xa0\\x80"),
      ([0xF0, 0x9F, 0x98, 0x80, 0x80], "😀\\x80"),
      ([0x1B, 0x5B, 0x32, 0x4A], "\\x1b[2J"),
    ] as [([UInt8], String)])
  func invalidUTF8(_ bytes: [UInt8], _ expected: String) {
    #expect(DisplayText.sanitize(bytes: bytes) == expected)
  }

  @Test("printable text, CJK and emoji pass through unchanged")
  func printable() {
    for text in ["plain", "李小龙", "café", "😀 ok", "e\u{301}"] {
      #expect(DisplayText.sanitize(text) == text)
    }
  }

  @Test("sanitising twice changes nothing more")
  func idempotent() {
    for text in ["\u{1B}[0m", "a\u{202E}b", "tab\there", "李\u{7}"] {
      let once = DisplayText.sanitize(text)
      #expect(DisplayText.sanitize(once) == once)
    }
  }

  @Test("a non-UTF-8 terminal gets ASCII only")
  func asciiOnly() {
    #expect(DisplayText.sanitize("café 李", charset: .ascii) == "caf\\u00e9 \\u674e")
  }
}

@Suite("Display width")
struct DisplayWidthTests {
  @Test(
    "counts terminal columns",
    arguments: [
      ("abc", 3), ("", 0), ("李小龙", 6), ("한국", 4), ("１２", 4), ("😀", 2), ("a😀b", 4),
      ("e\u{301}", 1), ("café", 4), ("\u{1B}", 4), ("x\u{202E}", 7),
      ("👨\u{200D}👩\u{200D}👧", 2), ("👍\u{1F3FD}", 2),
    ])
  func widths(_ text: String, _ width: Int) {
    #expect(DisplayText.width(text) == width)
  }

  @Test(
    "fit cuts to a width with an ellipsis and never splits a wide character",
    arguments: [
      ("abcdef", 4, "abc…"), ("abc", 3, "abc"), ("李小龙", 5, "李小…"), ("李小龙", 4, "李…"),
      ("李小龙", 6, "李小龙"), ("a李", 2, "a…"), ("\u{1B}[0m", 3, "\\x…"),
    ])
  func fit(_ text: String, _ width: Int, _ expected: String) {
    let fitted = DisplayText.fit(text, width: width)
    #expect(fitted == expected)
    #expect(DisplayText.width(fitted) <= width)
  }

  @Test(
    "fit of a very long value shows only its start, ending in an ellipsis",
    arguments: [
      (String(repeating: "x", count: 3_000), "xxxxx…"),
      (String(repeating: "李", count: 3_000), "李李…"),
      ("ab" + String(repeating: "\u{1B}", count: 3_000), "ab\\x1…"),
      ("abcde" + String(repeating: "e\u{301}", count: 3_000), "abcde…"),
    ])
  func fitLong(_ text: String, _ expected: String) {
    #expect(DisplayText.fit(text, width: 6) == expected)
  }

  @Test("a combining mark with nothing before it gets a dotted circle to sit on")
  func loneMark() {
    let cells = DisplayText.cells(of: "\u{301}x")
    #expect(cells.map(\.width) == [1, 1])
    #expect(cells.first?.grapheme == "\u{25CC}\u{301}")
  }

  @Test("a combining mark stays in the cell of its base character")
  func combiningJoins() {
    let cells = DisplayText.cells(of: "ne\u{301}e")
    #expect(cells.map(\.grapheme) == ["n", "e\u{301}", "e"])
  }
}
