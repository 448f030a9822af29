import Foundation
import Testing

@testable import FulcrumCore

@Suite("Number parsing")
struct NumberParserTests {
  /// What C's strtod makes of `text` (the test process keeps the C locale for numbers).
  static func strtodValue(_ text: String) -> Double {
    text.withCString { strtod($0, nil) }
  }

  @Test(
    "awkward values match strtod bit for bit",
    arguments: [
      "0", "-0", "0.1", "0.3", "1e23", "9007199254740993", "9007199254740992", "123456789012345678",
      "1234567890123456789012", "2.2250738585072011e-308", "4.9e-324", "1e-400", "1e400",
      "1.7976931348623157e308", "0.000001", "5.", ".5", "+3.25", "-1E-5", "00012",
      "3.14159265358979323846264338327950288", "17.99", "0.07871", "1001",
    ])
  func awkwardValues(text: String) throws {
    let parsed = try #require(NumberParser.parse(text))
    #expect(parsed.bitPattern == Self.strtodValue(text).bitPattern)
  }

  @Test("random decimals of every length and exponent match strtod bit for bit")
  func randomValues() {
    var generator = SeededGenerator(seed: 20_240_601)
    var mismatches: [String] = []
    for _ in 0..<20_000 {
      let text = Self.randomDecimal(&generator)
      let parsed = NumberParser.parse(text)
      if parsed?.bitPattern != Self.strtodValue(text).bitPattern { mismatches.append(text) }
    }
    #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5))")
  }

  @Test("a number followed by more bytes parses the same and stops at its end")
  func prefixInLongerBuffer() {
    var generator = SeededGenerator(seed: 11)
    for _ in 0..<20_000 {
      let text = Self.randomDecimal(&generator)
      let bytes = Array((text + ",123456789;abcdefgh\n").utf8)
      bytes.withUnsafeBufferPointer { buffer in
        let start = buffer.baseAddress!
        let parsed = NumberParser.parsePrefix(start, end: start + buffer.count)
        #expect(parsed?.value.bitPattern == Self.strtodValue(text).bitPattern, "\(text)")
        #expect(parsed.map { $0.stop - start } == text.utf8.count, "\(text)")
      }
    }
  }

  @Test("shortest round-trip text of random doubles reads back exactly")
  func roundTrip() {
    var generator = SeededGenerator(seed: 7)
    for _ in 0..<5_000 {
      let value = Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF)
      #expect(NumberParser.parse("\(value)") == value)
    }
  }

  @Test(
    "text that is not a plain decimal number is rejected",
    arguments: [
      "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "abc", "0x10",
      "inf", "nan", "NaN", "--1", "1e5x", "١٢",
    ])
  func rejected(text: String) {
    #expect(NumberParser.parse(text) == nil)
  }

  /// A random decimal: 1–25 digits, a point somewhere or nowhere, maybe an exponent.
  static func randomDecimal(_ generator: inout SeededGenerator) -> String {
    let digits = 1 + generator.drawIndex(below: 25)
    var text = generator.drawIndex(below: 4) == 0 ? "-" : ""
    let point = generator.drawIndex(below: digits + 2)
    for index in 0..<digits {
      if index == point { text += "." }
      text += String(generator.drawIndex(below: 10))
    }
    if generator.drawIndex(below: 3) == 0 {
      let exponent = generator.drawIndex(below: 700) - 350
      text += "e\(exponent)"
    }
    return text
  }
}
