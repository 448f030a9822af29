import Foundation

/// The built `fulcrum` executable and a way to run it as a user would.
enum Binary {
  /// The package's root folder (where Package.swift and samples/ are).
  static let packageRoot: URL = {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(
      atPath: folder.appendingPathComponent("Package.swift").path)
    {
      let parent = folder.deletingLastPathComponent()
      precondition(parent.path != folder.path, "Package.swift not found above \(#filePath)")
      folder = parent
    }
    return folder
  }()

  /// The `fulcrum` executable: beside the test bundle (whatever the build folder is), else
  /// in the package's default debug build folder.
  static let executable: URL = {
    let bundle = Bundle.main.bundleURL
    let candidates = [
      bundle.appendingPathComponent("fulcrum"),
      bundle.deletingLastPathComponent().appendingPathComponent("fulcrum"),
      packageRoot.appendingPathComponent(".build/debug/fulcrum"),
    ]
    guard
      let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
    else {
      preconditionFailure("the fulcrum executable was not built; run 'swift build' first")
    }
    return found
  }()

  /// What one run of the binary produced.
  struct Run {
    var status: Int32
    var standardOutput: String
    var standardError: String

    /// The lines written to standard error.
    var errorLines: [Substring] { standardError.split(separator: "\n") }
  }

  /// Runs `fulcrum` with `arguments` and waits for it to exit.
  ///
  /// - Parameters:
  ///   - directory: the working directory (the package root by default, so paths such as
  ///     `samples/iris.csv` resolve).
  ///   - environment: variables set on top of the test's own (a nil value removes one).
  static func run(
    _ arguments: [String], in directory: URL = packageRoot,
    environment: [String: String?] = [:]
  ) throws -> Run {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("fulcrum-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    // Files instead of pipes: a full pipe could block the child while the test waits.
    let outPath = scratch.appendingPathComponent("stdout")
    let errPath = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outPath.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath.path, contents: nil)
    let out = try FileHandle(forWritingTo: outPath)
    let err = try FileHandle(forWritingTo: errPath)

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var variables = ProcessInfo.processInfo.environment
    variables["FULCRUM_SAMPLES"] = nil
    for (name, value) in environment { variables[name] = value }
    process.environment = variables
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return Run(
      status: process.terminationStatus,
      standardOutput: try String(contentsOf: outPath, encoding: .utf8),
      standardError: try String(contentsOf: errPath, encoding: .utf8))
  }

  /// A fresh empty folder for files a test creates; the caller removes it.
  static func scratchFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("fulcrum-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }
}
