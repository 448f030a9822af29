import Foundation

/// Writes an output file atomically: readers see either the old file or the complete new
/// one, never a half-written file, and an existing file is kept unless replacing is asked.
public enum OutputFile {
  /// Writes `contents` to `path`.
  ///
  /// The bytes go to a temporary file in the same folder, which is then linked into place
  /// (failing if `path` exists) or, with `replacing`, renamed over it. A stream (see
  /// `isStream`) is written in place whatever `replacing` says.
  /// - Throws: `.cannotCreate` when the folder is not writable or `path` exists and
  ///   `replacing` is false.
  public static func write(_ contents: String, to path: String, replacing: Bool)
    throws(FulcrumError)
  {
    if isStream(path) {
      try writeInPlace(contents, to: path)
      return
    }
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

  /// Whether `path` is a character device, a named pipe or a socket (`/dev/stdout`, a FIFO
  /// another program reads). Such a target is written in place: renaming a file over it
  /// would swap the device node or pipe for a regular file, and nothing is lost by writing.
  public static func isStream(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    let type = info.st_mode & S_IFMT
    return type == S_IFCHR || type == S_IFIFO || type == S_IFSOCK
  }

  /// Whether two paths name the same existing file (same device and inode).
  ///
  /// stat(2) follows symbolic links, so an input reached through a link, or an output
  /// path that is a link to the input, counts as the input itself.
  public static func isSameFile(_ first: String, _ second: String) -> Bool {
    var a = stat()
    var b = stat()
    guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino
  }

  private static func writeInPlace(_ contents: String, to path: String) throws(FulcrumError) {
    let descriptor = open(path, O_WRONLY)
    guard descriptor >= 0 else { throw failure(path) }
    defer { close(descriptor) }
    let bytes = Array(contents.utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes {
        Foundation.write(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw failure(path)
      }
      written += count
    }
  }

  private static func exists(_ path: String) -> FulcrumError {
    FulcrumError(.cannotCreate, "\(path): already exists; add --force to replace it")
  }

  private static func failure(_ path: String) -> FulcrumError {
    let reason = String(cString: strerror(errno)).lowercased()
    return FulcrumError(.cannotCreate, "\(path): cannot write the file (\(reason))")
  }
}
