import Foundation
import Testing

@Suite("Standard output or error that refuses the text")
struct StandardOutputFailureTests {
  /// Runs `fulcrum` with standard output (or, with `errorToFull`, standard error) on
  /// `/dev/full`, where every write fails with "no space left on device", and the other
  /// stream in a file.
  private func runIntoFullDevice(_ arguments: [String], errorToFull: Bool = false) throws -> (
    status: Int32, error: String
  ) {
    let folder = try Binary.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let errPath = folder.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: errPath.path, contents: nil)
    let err = try FileHandle(forWritingTo: errPath)
    guard let full = FileHandle(forWritingAtPath: "/dev/full") else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "/dev/full"])
    }
    let process = Process()
    process.executableURL = Binary.executable
    process.arguments = arguments
    process.currentDirectoryURL = Binary.packageRoot
    var variables = ProcessInfo.processInfo.environment
    variables["SWIFT_BACKTRACE"] = "enable=no"
    process.environment = variables
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = errorToFull ? err : full
    process.standardError = errorToFull ? full : err
    try process.run()
    process.waitUntilExit()
    try err.close()
    try full.close()
    let reason: Int32 = process.terminationReason == .uncaughtSignal ? 128 : 0
    return (reason + process.terminationStatus, try String(contentsOf: errPath, encoding: .utf8))
  }

  @Test(
    "a report that standard output cannot take exits 73 with one error line, not a crash",
    .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func fullDevice() throws {
    for arguments in [["report", "samples/iris.csv", "--model", "none"], ["samples"]] {
      let run = try runIntoFullDevice(arguments)
      #expect(run.status == 73, "\(arguments)")
      #expect(run.error.split(separator: "\n").count == 1, "\(arguments)")
      #expect(
        run.error.hasPrefix("fulcrum: standard output: cannot write the report"), "\(arguments)")
    }
  }

  @Test(
    "an error line that standard error cannot take still ends with the error's exit status",
    .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func fullErrorDevice() throws {
    let run = try runIntoFullDevice(["report", "no-such-file.csv"], errorToFull: true)
    #expect(run.status == 66)
  }
}
