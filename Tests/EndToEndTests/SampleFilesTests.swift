import Foundation
import Testing

/// The bundled CSV samples hold what samples/README.md says they hold.
@Suite("Bundled samples")
struct SampleFilesTests {
  struct Expectation: Sendable, CustomTestStringConvertible {
    var file: String
    var rows: Int
    var label: String
    var classes: [String: Int]
    var testDescription: String { file }
  }

  static let expectations: [Expectation] = [
    .init(
      file: "iris.csv", rows: 150, label: "species",
      classes: ["setosa": 50, "versicolor": 50, "virginica": 50]),
    .init(
      file: "wine.csv", rows: 178, label: "cultivar",
      classes: ["class_0": 59, "class_1": 71, "class_2": 48]),
    .init(
      file: "breast-cancer.csv", rows: 569, label: "diagnosis",
      classes: ["benign": 357, "malignant": 212]),
    .init(
      file: "digits.csv", rows: 1797, label: "digit",
      classes: [
        "0": 178, "1": 182, "2": 177, "3": 183, "4": 181, "5": 182, "6": 181, "7": 179,
        "8": 174, "9": 180,
      ]),
    .init(
      file: "digits-imbalanced.csv", rows: 508, label: "digit",
      classes: [
        "0": 178, "1": 182, "2": 18, "3": 19, "4": 19, "5": 19, "6": 19, "7": 18, "8": 18,
        "9": 18,
      ]),
    .init(
      file: "german-credit.csv", rows: 1000, label: "risk", classes: ["1": 700, "0": 300]),
    .init(file: "titanic.csv", rows: 2207, label: "survived", classes: ["0": 1496, "1": 711]),
    .init(
      file: "hr.csv", rows: 7847, label: "status",
      classes: ["fired": 2855, "ok": 2221, "promoted": 2771]),
  ]

  @Test("rows, label and class counts match the samples README", arguments: expectations)
  func counts(expected: Expectation) throws {
    let run = try Binary.run([
      "report", "samples/" + expected.file, "--format", "json", "--model", "none",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let dataset = try #require(json["dataset"] as? [String: Any])
    #expect(dataset["rows"] as? Int == expected.rows)
    #expect(dataset["label"] as? String == expected.label)
    let classes = try #require(dataset["classes"] as? [[String: Any]])
    var counts: [String: Int] = [:]
    for entry in classes { counts[entry["name"] as? String ?? "?"] = entry["count"] as? Int }
    #expect(counts == expected.classes)
  }
}
