import Foundation

/// A source of bytes read in chunks: a file, standard input, memory, or an inflater.
protocol ByteStream: AnyObject {
  /// Fills the front of `buffer` and returns how many bytes were written; 0 at the end.
  func read(into buffer: UnsafeMutableRawBufferPointer) throws(FulcrumError) -> Int
}

/// Reads an open file descriptor; the descriptor is closed with the stream.
final class FileDescriptorStream: ByteStream {
  private let descriptor: Int32
  private let name: String
  private let ownsDescriptor: Bool

  init(descriptor: Int32, name: String, ownsDescriptor: Bool = true) {
    self.descriptor = descriptor
    self.name = name
    self.ownsDescriptor = ownsDescriptor
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws(FulcrumError) -> Int {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    while true {
      let count = Foundation.read(descriptor, base, buffer.count)
      if count >= 0 { return count }
      if errno == EINTR { continue }
      let reason = String(cString: strerror(errno))
      throw FulcrumError(.noInput, "\(name): cannot read the file (\(reason))")
    }
  }
}

/// Serves bytes already in memory (standard input read ahead, or a test's literal).
final class MemoryStream: ByteStream {
  private let bytes: [UInt8]
  private var offset = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws(FulcrumError) -> Int {
    let count = min(buffer.count, bytes.count - offset)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { source in
      buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: count)
    }
    offset += count
    return count
  }
}

extension ByteStream {
  /// Reads everything that is left.
  func readAll() throws(FulcrumError) -> [UInt8] {
    var result: [UInt8] = []
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
    defer { chunk.deallocate() }
    while true {
      let count = try read(into: chunk)
      if count == 0 { return result }
      result.append(contentsOf: chunk[0..<count])
    }
  }
}
