import Foundation

/// A growable run of doubles in memory the owner frees, for the hot loop of a reader.
///
/// Appending to a `[Double]` nested in another array costs two uniqueness checks per
/// value; this costs a bounds check. Growth uses `realloc`, which for large blocks moves
/// pages instead of copying them, so growing never needs twice the memory.
struct NumberBuffer {
  private var base: UnsafeMutablePointer<Double>? = nil
  private(set) var count = 0
  private var capacity = 0

  /// Makes room for `capacity` values; untouched room costs address space only.
  mutating func reserve(_ capacity: Int) {
    guard capacity > self.capacity else { return }
    let bytes = capacity * MemoryLayout<Double>.stride
    guard let grown = realloc(base, bytes) else { fatalError("out of memory") }
    NumberBuffer.preferLargePages(grown, bytes: bytes)
    base = grown.assumingMemoryBound(to: Double.self)
    self.capacity = capacity
  }

  /// Asks the kernel to back a large block with 2 MiB pages: filling a column then takes
  /// a few hundred page faults instead of a few hundred thousand. Only a hint.
  static func preferLargePages(_ start: UnsafeMutableRawPointer, bytes: Int) {
    #if os(Linux)
      let large = 2 << 20
      guard bytes >= 2 * large else { return }
      let first = (Int(bitPattern: start) + large - 1) & ~(large - 1)
      let last = (Int(bitPattern: start) + bytes) & ~(large - 1)
      guard last > first, let aligned = UnsafeMutableRawPointer(bitPattern: first) else { return }
      madvise(aligned, last - first, MADV_HUGEPAGE)
    #endif
  }

  @inline(__always)
  mutating func append(_ value: Double) {
    if count == capacity { reserve(max(1024, capacity + capacity / 2)) }
    base.unsafelyUnwrapped[count] = value
    count += 1
  }

  /// The values as an array; the buffer is freed and left empty.
  mutating func takeArray() -> [Double] {
    let result = [Double](unsafeUninitializedCapacity: count) { target, initialized in
      if let base, count > 0 {
        NumberBuffer.preferLargePages(
          UnsafeMutableRawPointer(target.baseAddress!), bytes: count * MemoryLayout<Double>.stride)
        target.baseAddress!.update(from: base, count: count)
      }
      initialized = count
    }
    release()
    return result
  }

  /// Frees the memory; the buffer is left empty.
  mutating func release() {
    free(base)
    base = nil
    count = 0
    capacity = 0
  }
}
