import Foundation

/// Recently seen category spellings, found by their bytes.
///
/// Coding a category through `[String: UInt32]` builds a String and runs the standard
/// hasher for every value; categorical columns repeat a few spellings, which this small
/// direct-mapped table recognises from the raw bytes instead.
struct LevelCache {
  private static let slotCount = 64
  /// The level code remembered in each slot, or `UInt32.max` for none.
  private var slots = [UInt32](repeating: .max, count: LevelCache.slotCount)
  /// The UTF-8 bytes of every level, by code.
  private var spellings: [[UInt8]] = []

  /// The slot for `bytes` (FNV-1a over the bytes).
  @inline(__always)
  static func slot(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return Int(hash >> 58)
  }

  /// The code remembered in `slot` if its level is spelled `bytes`.
  @inline(__always)
  func code(at slot: Int, matching bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
    let code = slots[slot]
    guard code != .max else { return nil }
    let matches = spellings[Int(code)].withUnsafeBufferPointer { spelling in
      spelling.count == bytes.count
        && (bytes.isEmpty || memcmp(spelling.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
    }
    return matches ? code : nil
  }

  /// Records the spelling of the next new level (codes are given in order).
  mutating func addLevel(_ text: String) {
    spellings.append(Array(text.utf8))
  }

  /// Remembers `code` in `slot`.
  mutating func remember(_ code: UInt32, at slot: Int) {
    slots[slot] = code
  }
}
