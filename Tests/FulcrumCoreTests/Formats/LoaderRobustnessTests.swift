import Testing

@testable import FulcrumCore

@Suite("Loader robustness")
struct LoaderRobustnessTests {
  /// Bytes that make CSV and ARFF parsers take unusual paths.
  static let alphabet = Array(",;\t|\"'\n\r {}%?@0123456789.-+eEaNn/\\x".utf8) + [0xC3, 0xA9, 0xFF]

  @Test("random table-like bytes load or fail with a data error, never crash")
  func randomBytes() {
    var generator = SeededGenerator(seed: 2024)
    for trial in 0..<400 {
      let length = generator.drawIndex(below: 120)
      var bytes = (0..<length).map { _ in
        Self.alphabet[generator.drawIndex(below: Self.alphabet.count)]
      }
      if trial % 3 == 0 { bytes = Array("@relation r\n@attribute a numeric\n@data\n".utf8) + bytes }
      let source = InputSource(bytes: bytes, name: "fuzz")
      let options = LoadOptions()
      do {
        let table =
          ARFFReader.startsLikeARFF(bytes)
          ? try ARFFReader.read(source) : try CSVReader.read(source, options: options)
        let data = try LabelDetection.dataset(from: table, source: source, options: options)
        #expect(data.columns.allSatisfy { $0.count == data.rowCount })
      } catch {
        #expect(error.kind == .dataError, "\(error.message)")
      }
    }
  }
}
