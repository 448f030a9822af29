import Foundation
import Testing

@Suite("Exit codes and error lines")
struct ExitCodeTests {
  /// Checks the status and that standard error is exactly one `fulcrum: …` line.
  private func expectFailure(
    _ run: Binary.Run, status: Int32, mentioning text: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(run.status == status, sourceLocation: sourceLocation)
    #expect(run.standardOutput.isEmpty, sourceLocation: sourceLocation)
    #expect(run.errorLines.count == 1, sourceLocation: sourceLocation)
    #expect(run.standardError.hasPrefix("fulcrum: "), sourceLocation: sourceLocation)
    #expect(run.standardError.contains(text), sourceLocation: sourceLocation)
  }

  @Test("an unknown option is a usage error (2) that suggests the right one")
  func unknownOption() throws {
    let run = try Binary.run(["report", "samples/iris.csv", "--lable", "species"])
    expectFailure(run, status: 2, mentioning: "unknown option --lable (did you mean --label?)")
  }

  @Test("a missing operand, a bad choice and a mistyped command are usage errors (2)")
  func usageErrors() throws {
    expectFailure(try Binary.run(["report"]), status: 2, mentioning: "report: needs FILE")
    expectFailure(
      try Binary.run(["report", "samples/iris.csv", "--format", "yaml"]), status: 2,
      mentioning: "--format must be one of text, json, markdown, not 'yaml'")
    expectFailure(
      try Binary.run(["reprot", "samples/iris.csv"]), status: 2,
      mentioning: "'reprot' is neither a command")
    expectFailure(
      try Binary.run(["report", "samples/iris.csv", "--output"]), status: 2,
      mentioning: "--output needs a value (PATH)")
  }

  @Test("a file that does not exist exits 66, for report and for the dashboard")
  func missingFile() throws {
    expectFailure(
      try Binary.run(["report", "no-such-file.csv"]), status: 66,
      mentioning: "no-such-file.csv")
    expectFailure(
      try Binary.run(["no-such-file.csv"]), status: 66, mentioning: "no-such-file.csv: no such file"
    )
  }

  @Test("bad data exits 65: an empty file, a --label that names no column")
  func badData() throws {
    let folder = try Binary.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let empty = folder.appendingPathComponent("empty.csv").path
    _ = FileManager.default.createFile(atPath: empty, contents: Data())
    expectFailure(try Binary.run(["report", empty]), status: 65, mentioning: "empty.csv")
    expectFailure(
      try Binary.run(["report", "samples/iris.csv", "--label", "colour"]), status: 65,
      mentioning: "colour")
  }
}
