import Testing

@Suite("Test support")
struct SpawnTests {
  @Test("spawn runs a program from PATH and reports its status and both outputs")
  func spawn() throws {
    let run = try Binary.spawn("sh", ["-c", "echo out; echo err >&2; exit 3"])
    #expect(run.status == 3)
    #expect(run.standardOutput == "out\n")
    #expect(run.standardError == "err\n")
  }
}
