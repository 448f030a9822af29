import Foundation
import Testing

@testable import FulcrumCore

@Suite("Synthetic data")
struct SyntheticDataTests {
  @Test("the same settings give the same bytes")
  func deterministic() {
    let settings = SyntheticData(rows: 50, features: 3, classWeights: [3, 1], seed: 5)
    #expect(settings.csv() == settings.csv())
    #expect(
      settings.csv() != SyntheticData(rows: 50, features: 3, classWeights: [3, 1], seed: 6).csv())
  }

  @Test("the generated CSV loads with the requested shape and class proportions")
  func loads() throws {
    let settings = SyntheticData(
      rows: 2_000, features: 4, classWeights: [0.8, 0.15, 0.05], seed: 1)
    let path = temporaryFile("synthetic.csv", bytes: [])
    defer { removeTemporaryFile(path) }
    let size = try settings.writeCSV(toFile: path)
    #expect(size == settings.csv().count)
    let data = try DatasetLoader.load(path: path)
    #expect(data.rowCount == 2_000)
    #expect(data.columns.map(\.name) == ["x1", "x2", "x3", "x4", "label"])
    #expect(data.classNames == ["0", "1", "2"])
    let counts = ClassDistribution(data).classes.map(\.count)
    #expect(abs(counts[0] - 1_600) < 80 && abs(counts[2] - 100) < 30)
    #expect(data.columns[0].isNumeric)
  }

  @Test("four-decimal formatting rounds and signs correctly")
  func fixedFormat() {
    var bytes: [UInt8] = []
    for value in [1.25, -0.00004, -3.14159, 12.00005, 0] {
      SyntheticData.appendFixed(value, to: &bytes)
      bytes.append(UInt8(ascii: " "))
    }
    #expect(String(decoding: bytes, as: UTF8.self) == "1.2500 0.0000 -3.1416 12.0001 0.0000 ")
  }
}
