import Foundation

/// A window onto a byte stream: bytes are consumed from the front, refilled at the back.
///
/// The window grows only when a single record is longer than it, so memory stays small
/// however large the file.
struct ReadBuffer: ~Copyable {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var capacity: Int
  /// Offset of the first unconsumed byte.
  var start = 0
  /// Offset just past the last byte read.
  private(set) var end = 0
  /// Whether the stream has no more bytes.
  private(set) var atEnd = false
  private let stream: any ByteStream

  init(stream: any ByteStream, capacity: Int = 1 << 22) {
    self.stream = stream
    // Room for at least a byte-order mark, so one refill can show whether there is one.
    self.capacity = max(capacity, 4)
    base = .allocate(capacity: self.capacity)
  }

  deinit {
    base.deallocate()
  }

  /// Moves the unconsumed bytes to the front, grows the window if they fill it, and reads
  /// until it is full or the stream ends.
  mutating func refill() throws(FulcrumError) {
    let remaining = end - start
    if start > 0 && remaining > 0 {
      memmove(base, base + start, remaining)
    }
    start = 0
    end = remaining
    if remaining == capacity {
      let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
      larger.moveInitialize(from: base, count: remaining)
      base.deallocate()
      base = larger
      capacity *= 2
    }
    while end < capacity && !atEnd {
      let free = UnsafeMutableRawBufferPointer(start: base + end, count: capacity - end)
      let count = try stream.read(into: free)
      if count == 0 { atEnd = true }
      end += count
    }
  }
}
