import Foundation

/// The folder of bundled sample datasets and the files in it.
public struct SampleCatalog: Sendable, Equatable {
  /// One bundled data file.
  public struct Sample: Sendable, Equatable {
    /// The file name, e.g. `german-credit.csv`.
    public var name: String
    public var path: String
    public var bytes: Int
  }

  /// The environment variable that names the samples folder explicitly.
  public static let environmentVariable = "FULCRUM_SAMPLES"
  /// Extensions of the files a catalog lists.
  static let dataExtensions: Set<String> = ["csv", "tsv", "arff"]

  public let directory: String

  public init(directory: String) {
    self.directory = directory
  }

  /// Finds the samples folder: `$FULCRUM_SAMPLES`, then `samples/` in the current folder,
  /// then a `samples/` folder holding a README.md in the executable's folder or any folder
  /// above it (so `swift run fulcrum` finds the package's samples from `.build/debug`).
  ///
  /// - Returns: nil when no folder is found, or when `$FULCRUM_SAMPLES` is set but is not
  ///   a folder (a wrong explicit setting is not silently replaced by a guess).
  public static func locate(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    currentDirectory: String = FileManager.default.currentDirectoryPath,
    executable: String? = Bundle.main.executablePath
  ) -> SampleCatalog? {
    if let explicit = environment[environmentVariable], !explicit.isEmpty {
      return isDirectory(explicit) ? SampleCatalog(directory: explicit) : nil
    }
    let local = URL(fileURLWithPath: currentDirectory).appendingPathComponent("samples")
    if isDirectory(local.path) { return SampleCatalog(directory: local.path) }
    guard let executable else { return nil }
    let starts = [
      URL(fileURLWithPath: executable), URL(fileURLWithPath: executable).resolvingSymlinksInPath(),
    ]
    for start in starts {
      var folder = start.deletingLastPathComponent()
      while true {
        let candidate = folder.appendingPathComponent("samples")
        let readme = candidate.appendingPathComponent("README.md").path
        if FileManager.default.fileExists(atPath: readme) {
          return SampleCatalog(directory: candidate.path)
        }
        let parent = folder.deletingLastPathComponent()
        if parent.path == folder.path { break }
        folder = parent
      }
    }
    return nil
  }

  /// The data files in the folder, sorted by name (`.gz` copies included).
  public func samples() -> [Sample] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.sorted().compactMap { name in
      var base = name
      if base.hasSuffix(".gz") { base.removeLast(3) }
      guard let dot = base.lastIndex(of: "."),
        Self.dataExtensions.contains(base[base.index(after: dot)...].lowercased()),
        !name.hasPrefix(".")
      else { return nil }
      let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int
      return Sample(name: name, path: path, bytes: size ?? 0)
    }
  }

  private static func isDirectory(_ path: String) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &directory)
      && directory.boolValue
  }
}
