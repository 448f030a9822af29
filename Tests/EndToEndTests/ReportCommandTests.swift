import Foundation
import Testing

@Suite("fulcrum report")
struct ReportCommandTests {
  @Test("german-credit as JSON with --model none has 1000 rows, 700 good / 300 bad, no results")
  func germanCreditJSON() throws {
    let run = try Binary.run([
      "report", "samples/german-credit.csv", "--format", "json", "--model", "none",
    ])
    #expect(run.status == 0)
    #expect(run.standardError.isEmpty)
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    #expect(json["schema"] as? String == "fulcrum.report/1")
    #expect((json["results"] as? [Any])?.count == 0)
    let dataset = try #require(json["dataset"] as? [String: Any])
    #expect(dataset["rows"] as? Int == 1000)
    #expect(dataset["columns"] as? Int == 10)
    #expect(dataset["label"] as? String == "risk")
    let classes = try #require(dataset["classes"] as? [[String: Any]])
    var counts: [String: Int] = [:]
    for entry in classes { counts[entry["name"] as? String ?? "?"] = entry["count"] as? Int }
    #expect(counts == ["1": 700, "0": 300])
    let ratio = try #require(dataset["imbalanceRatio"] as? Double)
    #expect(abs(ratio - 7.0 / 3.0) < 1e-12)
  }

  @Test("the text report draws the class histogram with counts and percentages")
  func textHistogram() throws {
    let run = try Binary.run(["report", "samples/german-credit.csv"])
    #expect(run.status == 0)
    let lines = run.standardOutput.split(separator: "\n")
    #expect(lines.contains("Classes (2)"))
    let bars = lines.filter { $0.contains("█") }
    #expect(bars.count == 2)
    #expect(bars.contains { $0.hasPrefix("  0 ") && $0.hasSuffix(" 300  30.0%") })
    #expect(bars.contains { $0.hasPrefix("  1 ") && $0.hasSuffix(" 700  70.0%") })
    #expect(lines.contains { $0.contains("imbalance ratio 2.33") })
    #expect(lines.contains { $0.hasPrefix("  credit_amount ") && $0.contains("numeric") })
  }

  @Test("Markdown output has the class table")
  func markdown() throws {
    let run = try Binary.run(["report", "samples/iris.csv", "--format=markdown"])
    #expect(run.status == 0)
    #expect(run.standardOutput.hasPrefix("# samples/iris.csv\n"))
    #expect(run.standardOutput.contains("| setosa | 50 | 33.3% |"))
  }

  @Test("--output writes the file atomically and refuses to replace it without --force")
  func output() throws {
    let folder = try Binary.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("iris.json").path
    let first = try Binary.run(["report", "samples/iris.csv", "--format", "json", "-o", path])
    #expect(first.status == 0)
    #expect(first.standardOutput.isEmpty)
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written.contains("\"rows\" : 150"))

    let second = try Binary.run(["report", "samples/wine.csv", "--output", path])
    #expect(second.status == 73)
    #expect(second.errorLines == ["fulcrum: \(path): already exists; add --force to replace it"])
    #expect(try String(contentsOfFile: path, encoding: .utf8) == written)

    let forced = try Binary.run(["report", "samples/wine.csv", "--output", path, "--force"])
    #expect(forced.status == 0)
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("samples/wine.csv\n"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["iris.json"])
  }

  @Test("an output folder that does not exist exits 73")
  func unwritable() throws {
    let run = try Binary.run(["report", "samples/iris.csv", "-o", "/nonexistent/dir/r.txt"])
    #expect(run.status == 73)
    #expect(run.errorLines.count == 1)
    #expect(run.standardError.hasPrefix("fulcrum: /nonexistent/dir/r.txt: "))
  }

  @Test("never overwrites its input, even with --force")
  func protectsInput() throws {
    let folder = try Binary.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("iris.csv").path
    let original = "a,label\n1,x\n2,y\n"
    try original.write(toFile: input, atomically: true, encoding: .utf8)
    let run = try Binary.run(["report", input, "-o", folder.path + "/./iris.csv", "--force"])
    #expect(run.status == 73)
    #expect(run.errorLines.count == 1)
    #expect(try String(contentsOfFile: input, encoding: .utf8) == original)
  }

  @Test("never overwrites an input reached through a symbolic link, either way round")
  func protectsLinkedInput() throws {
    let folder = try Binary.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("iris.csv").path
    let link = folder.appendingPathComponent("link.csv").path
    let original = "a,label\n1,x\n2,y\n"
    try original.write(toFile: input, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)
    for (read, written) in [(link, input), (input, link)] {
      let run = try Binary.run(["report", read, "--model", "none", "-o", written, "--force"])
      #expect(run.status == 73, "report \(read) -o \(written)")
      #expect(run.errorLines.count == 1)
      #expect(try String(contentsOfFile: input, encoding: .utf8) == original)
    }
  }
}
