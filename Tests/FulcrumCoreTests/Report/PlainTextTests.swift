import Testing

@testable import FulcrumCore

@Suite("Plain text for reports")
struct PlainTextTests {
  @Test("shows control characters as visible escapes, keeps printable text as is")
  func sanitised() {
    #expect(PlainText.sanitized("a\u{1B}[31mb\u{7}") == #"a\x1b[31mb\x07"#)
    #expect(PlainText.sanitized("a\tb") == #"a\tb"#)
    #expect(PlainText.sanitized("Zürich 東京") == "Zürich 東京")
  }

  @Test("counts wide characters as two cells and combining marks as none")
  func widths() {
    #expect(PlainText.width("abc") == 3)
    #expect(PlainText.width("東京") == 4)
    #expect(PlainText.width("e\u{301}") == 1)
    #expect(PlainText.width("🙂") == 2)
  }

  @Test("cuts long text to the limit with an ellipsis")
  func truncation() {
    #expect(PlainText.truncated("abcdef", to: 4) == "abc…")
    #expect(PlainText.truncated("abcd", to: 4) == "abcd")
    #expect(PlainText.truncated("東京都庁", to: 5) == "東京…")
  }

  @Test("formats statistics with about four significant digits and no exponent")
  func statistics() {
    #expect(StatisticText.number(3271.258) == "3271")
    #expect(StatisticText.number(5.843333) == "5.843")
    #expect(StatisticText.number(0.07871) == "0.07871")
    #expect(StatisticText.number(-2.5) == "-2.500")
    #expect(StatisticText.number(18424) == "18424")
    #expect(StatisticText.number(nil) == "—")
    #expect(StatisticText.percent(0.7) == "70.0%")
  }
}
