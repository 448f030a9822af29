import Foundation

/// Writes an output file atomically: readers see either the old file or the complete new
/// one, never a half-written file, and an existing file is kept unless replacing is asked.
public enum OutputFile {
  /// Writes `contents` to `path`.
  ///
  /// The bytes go to a temporary file in the same folder, which is then linked into place
  /// (failing if `path` exists) or, with `replacing`, renamed over it.
  /// - Throws: `.cannotCreate` when the folder is not writable or `path` exists and
  ///   `replacing` is false.
  public static func write(_ contents: String, to path: String, replacing: Bool)
    throws(FulcrumError)
  {
    if !replacing, FileManager.default.fileExists(atPath: path) {
      throw exists(path)
    }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let temporary = folder + "/.\(url.lastPathComponent).\(getpid()).tmp"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(contents.utf8))
    else {
      throw FulcrumError(.cannotCreate, "\(path): cannot write in \(folder) (check it exists)")
    }
    defer { unlink(temporary) }
    if replacing {
      guard rename(temporary, path) == 0 else { throw failure(path) }
      return
    }
    // link(2) refuses an existing target, closing the gap between the check and the write.
    if link(temporary, path) == 0 { return }
    if errno == EEXIST { throw exists(path) }
    // Some file systems have no hard links; fall back to a checked rename.
    guard !FileManager.default.fileExists(atPath: path) else { throw exists(path) }
    guard rename(temporary, path) == 0 else { throw failure(path) }
  }

  private static func exists(_ path: String) -> FulcrumError {
    FulcrumError(.cannotCreate, "\(path): already exists; add --force to replace it")
  }

  private static func failure(_ path: String) -> FulcrumError {
    let reason = String(cString: strerror(errno)).lowercased()
    return FulcrumError(.cannotCreate, "\(path): cannot write the file (\(reason))")
  }
}
