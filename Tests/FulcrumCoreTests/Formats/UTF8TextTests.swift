import Testing

@testable import FulcrumCore

@Suite("UTF-8 checking")
struct UTF8TextTests {
  @Test("random byte strings are judged as the standard library judges them")
  func agreesWithStandardLibrary() {
    var generator = SeededGenerator(seed: 8)
    // Bytes near the boundaries of the well-formed ranges, plus ASCII.
    let interesting: [UInt8] = [
      0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
      0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
    ]
    for _ in 0..<20_000 {
      let length = generator.drawIndex(below: 14)
      let bytes = (0..<length).map { _ in interesting[generator.drawIndex(below: interesting.count)]
      }
      let expected = String(validating: bytes, as: UTF8.self)
      let decoded = bytes.withUnsafeBufferPointer { UTF8Text.decode($0) }
      #expect(decoded == expected, "\(bytes)")
    }
  }

  @Test("text in several scripts and emoji decodes unchanged")
  func scripts() {
    for text in ["plain ascii text", "crème brûlée", "日本語のテキスト", "👩‍💻 and 🇺🇳", ""] {
      var copy = text
      let decoded = copy.withUTF8 { UTF8Text.decode($0) }
      #expect(decoded == text)
    }
  }
}
