import Foundation
import FulcrumCore
import Testing

@Suite("Output files")
struct OutputFileTests {
  private func scratchFolder() throws -> String {
    let path = NSTemporaryDirectory() + "fulcrum-output-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test("writes a new file with exactly the given text and leaves no temporary file")
  func writesNew() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try OutputFile.write("a,b\n", to: folder + "/out.csv", replacing: false)
    #expect(try String(contentsOfFile: folder + "/out.csv", encoding: .utf8) == "a,b\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.csv"])
  }

  @Test("refuses to replace an existing file unless asked, and keeps its content")
  func refusesExisting() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/out.txt"
    try OutputFile.write("old\n", to: path, replacing: false)
    #expect(
      throws: FulcrumError(.cannotCreate, "\(path): already exists; add --force to replace it")
    ) {
      try OutputFile.write("new\n", to: path, replacing: false)
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
    try OutputFile.write("new\n", to: path, replacing: true)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.txt"])
  }

  @Test("reports a folder that does not exist as not writable")
  func missingFolder() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    do {
      try OutputFile.write("x", to: folder + "/no/such/out.txt", replacing: false)
      Issue.record("writing into a missing folder succeeded")
    } catch {
      #expect(error.kind == .cannotCreate)
      #expect(error.exitCode == 73)
    }
  }
}

@Suite("Output to a stream")
struct OutputStreamTests {
  @Test("a named pipe is written in place, with or without replacing, and stays a pipe")
  func namedPipe() throws {
    let folder = NSTemporaryDirectory() + "fulcrum-stream-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let pipe = folder + "/report.pipe"
    #expect(mkfifo(pipe, 0o600) == 0)
    // A reader opened first lets the writer open the pipe without blocking.
    let reader = open(pipe, O_RDONLY | O_NONBLOCK)
    #expect(reader >= 0)
    defer { close(reader) }
    #expect(OutputFile.isStream(pipe))
    #expect(!OutputFile.isStream(folder))

    for (text, replacing) in [("first\n", false), ("second\n", true)] {
      try OutputFile.write(text, to: pipe, replacing: replacing)
      var buffer = [UInt8](repeating: 0, count: 64)
      let count = read(reader, &buffer, buffer.count)
      #expect(count == text.utf8.count)
      #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == text)
    }
    var info = stat()
    #expect(stat(pipe, &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFIFO)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.pipe"])
  }
}
