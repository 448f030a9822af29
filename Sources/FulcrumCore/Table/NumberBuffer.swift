import Foundation

/// A growable run of doubles for the hot loop of a reader, ending as a `[Double]`.
///
/// Appending to a `[Double]` nested in another structure costs a uniqueness check per
/// value. Here values gather in a small staging block that stays in cache and move into
/// the array a few thousand at a time, so the array is written once and never copied at
/// the end. The owner calls `takeArray` or `release` exactly once.
struct NumberBuffer {
  private static let stagingCapacity = 4096
  private var values: [Double] = []
  private var staging: UnsafeMutablePointer<Double>? = nil
  // Starts full, so the first append allocates the staging block: one test per append.
  private var staged = NumberBuffer.stagingCapacity

  /// How many values have been appended.
  var count: Int { values.count + (staging == nil ? 0 : staged) }

  /// Makes room for `capacity` values; untouched room costs address space only.
  mutating func reserve(_ capacity: Int) {
    guard capacity > values.capacity else { return }
    values.reserveCapacity(capacity)
    let reserved = values.capacity
    values.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      NumberBuffer.preferLargePages(
        UnsafeMutableRawPointer(base), bytes: reserved * MemoryLayout<Double>.stride)
    }
  }

  @inline(__always)
  mutating func append(_ value: Double) {
    if staged == NumberBuffer.stagingCapacity { flush() }
    staging.unsafelyUnwrapped[staged] = value
    staged += 1
  }

  /// The values as an array; the buffer is left empty.
  mutating func takeArray() -> [Double] {
    flush()
    let result = values
    release()
    return result
  }

  /// Frees the memory; the buffer is left empty.
  mutating func release() {
    values = []
    staging?.deallocate()
    staging = nil
    staged = NumberBuffer.stagingCapacity
  }

  /// Whether any value is a number rather than NaN (missing).
  func containsNumber() -> Bool {
    if values.contains(where: { !$0.isNaN }) { return true }
    guard let staging else { return false }
    return UnsafeBufferPointer(start: staging, count: staged).contains { !$0.isNaN }
  }

  /// Moves the staged values into the array.
  @inline(never)
  private mutating func flush() {
    guard let staging else {
      staging = .allocate(capacity: NumberBuffer.stagingCapacity)
      staged = 0
      return
    }
    values.append(contentsOf: UnsafeBufferPointer(start: staging, count: staged))
    staged = 0
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
}
