import Foundation

/// Where a table's bytes come from: a file (possibly gzip-compressed) or standard input.
///
/// A source can be opened more than once, so a reader may take a second pass; standard
/// input is therefore read into memory when the source is created.
struct InputSource {
  /// The name used in messages: the path as given, or `stdin` for `-`.
  let name: String
  /// The path as given.
  let path: String
  /// Whether the bytes are gzip-compressed (judged from their first two bytes).
  let compressed: Bool
  /// The size of the (compressed) bytes, when known.
  let byteCount: Int?
  private let memory: [UInt8]?

  /// Opens `path` (or standard input for `-`) far enough to know what it holds.
  init(path: String) throws(FulcrumError) {
    self.path = path
    if path == "-" {
      name = "stdin"
      let bytes = try FileDescriptorStream(
        descriptor: 0, name: "stdin", ownsDescriptor: false
      ).readAll()
      memory = bytes
      byteCount = bytes.count
      compressed = bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
      return
    }
    name = path
    memory = nil
    let descriptor = try InputSource.openFile(path)
    defer { close(descriptor) }
    var status = stat()
    fstat(descriptor, &status)
    byteCount = Int(status.st_size)
    var magic: (UInt8, UInt8) = (0, 0)
    let count = withUnsafeMutableBytes(of: &magic) {
      Foundation.read(descriptor, $0.baseAddress, 2)
    }
    compressed = count == 2 && magic.0 == 0x1F && magic.1 == 0x8B
  }

  /// Creates a source over bytes in memory, as if read from a file called `name`.
  init(bytes: [UInt8], name: String) {
    self.name = name
    path = name
    memory = bytes
    byteCount = bytes.count
    compressed = bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
  }

  /// A fresh stream of the decompressed bytes from the beginning.
  func open() throws(FulcrumError) -> any ByteStream {
    let raw: any ByteStream
    if let memory {
      raw = MemoryStream(memory)
    } else {
      raw = FileDescriptorStream(descriptor: try InputSource.openFile(path), name: name)
    }
    return compressed ? try GzipInflater(source: raw, name: name) : raw
  }

  private static func openFile(_ path: String) throws(FulcrumError) -> Int32 {
    let descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let reason = String(cString: strerror(errno))
      throw FulcrumError(.noInput, "\(path): cannot open the file (\(reason))")
    }
    var status = stat()
    if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
      close(descriptor)
      throw FulcrumError(.noInput, "\(path): is a directory, expected a data file")
    }
    return descriptor
  }
}
