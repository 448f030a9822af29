import Foundation
import Testing

/// `fulcrum compare`, `fulcrum resample` and `fulcrum strategies` as a user runs them.
@Suite("fulcrum compare, resample and strategies")
struct CompareCommandTests {
  private func results(_ run: Binary.Run) throws -> [[String: Any]] {
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    #expect(json["schema"] as? String == "fulcrum.report/1")
    return try #require(json["results"] as? [[String: Any]])
  }

  @Test("compare on german-credit: one JSON result per strategy, baseline first")
  func compareJSON() throws {
    let run = try Binary.run([
      "compare", "samples/german-credit.csv", "-s", "random-over", "-s", "smote", "-s",
      "class-weight", "--format", "json",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let entries = try results(run)
    #expect(
      entries.map { $0["strategy"] as? String } == [
        "baseline", "random-over", "smote", "class-weight",
      ])
    for entry in entries {
      for key in ["trainDistribution", "confusionMatrix", "metrics", "perClass", "fairness"] {
        #expect(entry.keys.contains(key), "\(key) missing")
      }
      let matrix = try #require(entry["confusionMatrix"] as? [String: Any])
      let counts = try #require(matrix["counts"] as? [[Int]])
      #expect(counts.joined().reduce(0, +) == 1000)
    }
    // 300 `0` and 700 `1` rows: a training fold holds 240 and 560.
    func counts(_ entry: [String: Any]) -> [Double] {
      (entry["trainDistribution"] as? [[String: Any]] ?? []).compactMap { $0["weight"] as? Double }
    }
    #expect(counts(entries[0]) == [240, 560])
    #expect(counts(entries[1]) == [560, 560])
    #expect(counts(entries[2]) == [560, 560])
    #expect(counts(entries[3]) == [240, 560])
    let smoteNotes = try #require(entries[2]["notes"] as? [String])
    #expect(smoteNotes.contains { $0.contains("+320") })
  }

  @Test("compare text: a row per strategy with the change against the baseline")
  func compareText() throws {
    let run = try Binary.run([
      "compare", "samples/german-credit.csv", "-s", "random-under", "-s", "smote:k=3",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let lines = run.standardOutput.split(separator: "\n")
    let header = try #require(lines.first { $0.contains("bal. accuracy") })
    #expect(header.contains("Δ bal. acc."))
    #expect(header.contains("train rows 0/1"))
    let under = try #require(lines.first { $0.hasPrefix("  random-under") })
    #expect(under.contains("240/240"))
    #expect(under.contains("±"))
    #expect(lines.contains { $0.hasPrefix("  smote:k=3") && $0.contains("560/560") })
    #expect(run.standardOutput.contains("*"))
  }

  @Test("reweigh through compare balances groups and shows the fairness aggregates")
  func reweighWithSensitive() throws {
    let run = try Binary.run([
      "compare", "samples/german-credit.csv", "-s", "reweigh", "--sensitive", "sex",
      "--positive", "1", "--format", "json",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let entries = try results(run)
    func parity(_ entry: [String: Any]) -> Double? {
      let fairness = entry["fairness"] as? [String: Any]
      let outcome = (fairness?["outcomes"] as? [[String: Any]])?.first
      return (outcome?["aggregates"] as? [String: Any])?["demographicParityDifference"]
        as? Double
    }
    let before = try #require(parity(entries[0]))
    let after = try #require(parity(entries[1]))
    #expect(after < before)
    let text = try Binary.run([
      "compare", "samples/german-credit.csv", "-s", "reweigh", "--sensitive", "sex",
    ])
    #expect(text.standardOutput.contains("DP diff"))
    #expect(text.standardOutput.contains("EO diff"))
  }

  @Test("reweigh without --sensitive, unknown strategies and parameters exit 2")
  func usageErrors() throws {
    let reweigh = try Binary.run(["compare", "samples/german-credit.csv", "-s", "reweigh"])
    #expect(reweigh.status == 2)
    #expect(reweigh.standardError.contains("--sensitive"))
    let unknown = try Binary.run(["compare", "samples/german-credit.csv", "-s", "smoot"])
    #expect(unknown.status == 2)
    #expect(unknown.standardError.contains("valid strategies: baseline, random-over"))
    let parameter = try Binary.run(["compare", "samples/german-credit.csv", "-s", "smote:n=3"])
    #expect(parameter.status == 2)
    #expect(parameter.standardError.contains("valid parameters: k, target, ratio"))
    let none = try Binary.run(["compare", "samples/german-credit.csv"])
    #expect(none.status == 2)
  }

  @Test("resample writes the original columns, keeps the input and refuses to overwrite")
  func resample() throws {
    let folder = try Binary.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("credit.csv").path
    try FileManager.default.copyItem(
      atPath: Binary.packageRoot.appendingPathComponent("samples/german-credit.csv").path,
      toPath: input)
    let original = try Data(contentsOf: URL(fileURLWithPath: input))
    let output = folder.appendingPathComponent("out.csv").path
    let run = try Binary.run(["resample", input, "-s", "smote", "-o", output])
    #expect(run.status == 0, "\(run.standardError)")
    let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
    let inputLines = String(decoding: original, as: UTF8.self).split(separator: "\n")
    #expect(lines.first == inputLines.first)
    #expect(lines.count == 1 + 1400)
    // Original rows come first, unchanged; synthetic rows are minority rows with text levels.
    #expect(Array(lines[1...1000]) == Array(inputLines[1...1000]))
    let synthetic = lines[1001].split(separator: ",", omittingEmptySubsequences: false)
    #expect(synthetic.count == 10)
    #expect(["male", "female"].contains(synthetic[0]))
    #expect(synthetic[9] == "0")
    #expect(Double(synthetic[5]) != nil)

    let written = try Data(contentsOf: URL(fileURLWithPath: output))
    let again = try Binary.run(["resample", input, "-s", "random-under", "-o", output])
    #expect(again.status == 73)
    #expect(again.standardError.contains("--force"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == written)
    let onto = try Binary.run(["resample", input, "-s", "smote", "-o", input, "--force"])
    #expect(onto.status == 73)
    #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == original)
    let forced = try Binary.run(["resample", input, "-s", "random-under", "-o", output, "--force"])
    #expect(forced.status == 0)
    let under = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
    #expect(under.count == 1 + 600)
    #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == original)
  }

  @Test("resample with an attention strategy adds a weight column")
  func resampleWeights() throws {
    let run = try Binary.run([
      "resample", "samples/german-credit.csv", "-s", "class-weight", "-o", "-",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let lines = run.standardOutput.split(separator: "\n")
    #expect(lines.first?.hasSuffix(",risk,weight") == true)
    #expect(lines.count == 1001)
    // n / (K · n_c): 1000 / (2 · 300) for class 0.
    #expect(lines[2].hasSuffix(",0,1.6666666666666667"))
  }

  @Test("strategies lists every family and strategy with its parameters")
  func strategies() throws {
    let run = try Binary.run(["strategies"])
    #expect(run.status == 0)
    for word in [
      "sampling", "pooling", "attention", "smote", "near-miss", "feature-pool", "reweigh",
      "k=5",
    ] {
      #expect(run.standardOutput.contains(word), "\(word) missing")
    }
  }
}
