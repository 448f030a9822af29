/// Accumulates one column while a file is read and settles its type.
///
/// A column starts numeric and stays so while every non-missing value parses as a number.
/// The first other value makes it categorical. If numbers came before, their text is
/// gone, so the builder reports that the file must be read again with this column known
/// to be categorical from the start.
///
/// Numbers live in a `NumberBuffer`: the owner calls `finish` or `release` exactly once.
struct ColumnBuilder {
  private(set) var isCategorical: Bool
  private var numbers = NumberBuffer()
  private(set) var codes: [UInt32] = []
  private var lookup: [String: UInt32] = [:]
  private(set) var levels: [String] = []
  private var cache = LevelCache()

  init(categorical: Bool, expectedRows: Int = 0) {
    isCategorical = categorical
    if categorical {
      codes.reserveCapacity(expectedRows)
    } else {
      numbers.reserve(expectedRows)
    }
  }

  var count: Int { isCategorical ? codes.count : numbers.count }

  @inline(__always)
  mutating func appendNumber(_ value: Double) {
    numbers.append(value)
  }

  @inline(__always)
  mutating func appendMissing() {
    if isCategorical {
      codes.append(Column.missingCode)
    } else {
      numbers.append(.nan)
    }
  }

  /// Frees what the builder holds, when its column is not wanted.
  mutating func release() {
    numbers.release()
  }

  /// Appends a category; returns false when earlier numbers were lost by turning the
  /// column categorical, so the file needs a second pass.
  mutating func appendCategory(_ text: String) -> Bool {
    let complete = becomeCategorical()
    codes.append(code(for: text))
    return complete
  }

  /// Appends the category spelled by the UTF-8 `bytes`: nil when they are not valid
  /// UTF-8, else the same as `appendCategory(_:)`.
  mutating func appendCategory(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    let complete = becomeCategorical()
    let slot = LevelCache.slot(of: bytes)
    if let code = cache.code(at: slot, matching: bytes) {
      codes.append(code)
      return complete
    }
    guard let text = UTF8Text.decode(bytes) else { return nil }
    let code = code(for: text)
    cache.remember(code, at: slot)
    codes.append(code)
    return complete
  }

  /// Turns a numeric column categorical (earlier numbers become missing); returns whether
  /// no number was lost.
  private mutating func becomeCategorical() -> Bool {
    guard !isCategorical else { return true }
    let complete = !numbers.containsNumber()
    codes = [UInt32](repeating: Column.missingCode, count: numbers.count)
    numbers.release()
    isCategorical = true
    return complete
  }

  /// The code of level `text`, added if new.
  private mutating func code(for text: String) -> UInt32 {
    if let code = lookup[text] { return code }
    let code = UInt32(levels.count)
    lookup[text] = code
    levels.append(text)
    cache.addLevel(text)
    return code
  }

  /// The finished column (categorical levels in `LevelOrder` order); frees the buffer.
  mutating func finish(named name: String) -> Column {
    guard isCategorical else { return Column(name: name, storage: .numeric(numbers.takeArray())) }
    let (levels, codes) = LevelOrder.sort(levels: levels, codes: codes)
    return Column(name: name, storage: .categorical(codes: codes, levels: levels))
  }
}
