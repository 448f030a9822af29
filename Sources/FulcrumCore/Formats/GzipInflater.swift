import CZlib

/// Decompresses a gzip stream (one or more concatenated members) chunk by chunk with zlib.
final class GzipInflater: ByteStream {
  private let source: any ByteStream
  private let name: String
  // zlib keeps a pointer back to the z_stream, so it must never move: heap-allocate it.
  private let stream: UnsafeMutablePointer<z_stream>
  private let input: UnsafeMutableRawBufferPointer
  private var sourceEnded = false
  private var memberEnded = false

  init(source: any ByteStream, name: String) throws(FulcrumError) {
    self.source = source
    self.name = name
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    input = .allocate(byteCount: 1 << 16, alignment: 1)
    // 15 + 32: the largest window, and let zlib recognise the gzip header.
    guard fulcrum_inflate_init2(stream, 15 + 32) == Z_OK else {
      stream.deallocate()
      input.deallocate()
      throw FulcrumError(.dataError, "\(name): cannot start gzip decompression")
    }
  }

  deinit {
    inflateEnd(stream)
    stream.deallocate()
    input.deallocate()
  }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws(FulcrumError) -> Int {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    stream.pointee.next_out = base.assumingMemoryBound(to: Bytef.self)
    stream.pointee.avail_out = UInt32(min(buffer.count, Int(UInt32.max)))
    while stream.pointee.avail_out > 0 {
      if stream.pointee.avail_in == 0 && !sourceEnded {
        let count = try source.read(into: input)
        sourceEnded = count == 0
        stream.pointee.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_in = UInt32(count)
      }
      if stream.pointee.avail_in == 0 && sourceEnded {
        if !memberEnded { throw truncated() }
        break
      }
      if memberEnded {
        // Another member follows the previous one (as `cat a.gz b.gz` makes).
        inflateReset(stream)
        memberEnded = false
      }
      let status = inflate(stream, Z_NO_FLUSH)
      switch status {
      case Z_OK: continue
      case Z_STREAM_END: memberEnded = true
      case Z_BUF_ERROR: if sourceEnded { throw truncated() }
      default:
        let detail = stream.pointee.msg.map { String(cString: $0) } ?? "error \(status)"
        throw FulcrumError(.dataError, "\(name): corrupt gzip data (\(detail))")
      }
    }
    return buffer.count - Int(stream.pointee.avail_out)
  }

  private func truncated() -> FulcrumError {
    FulcrumError(.dataError, "\(name): the gzip data ends early; the file is truncated")
  }
}
