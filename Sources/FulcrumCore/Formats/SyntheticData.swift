import Foundation

/// A deterministic synthetic classification table: Gaussian features around a centre
/// that depends on the class, and class frequencies in the given proportions.
///
/// The same settings give the same bytes on every machine, so benchmarks and tests can
/// generate large inputs instead of storing them. The CSV has a header `x1,…,xF,label`;
/// features are written with four decimals, the label as the class index `0`, `1`, ….
public struct SyntheticData: Sendable {
  public var rows: Int
  public var features: Int
  /// Relative class frequencies (need not sum to 1); their count is the number of classes.
  public var classWeights: [Double]
  public var seed: UInt64
  /// Standard deviation of the noise around each class centre; the centres differ by 2 or
  /// 3 in every feature, so a larger value makes the classes overlap more.
  public var noise: Double

  public init(
    rows: Int, features: Int, classWeights: [Double] = [1, 1], seed: UInt64 = 1,
    noise: Double = 1
  ) {
    precondition(rows >= 0 && features >= 0, "rows and features cannot be negative")
    precondition(noise >= 0, "noise cannot be negative")
    precondition(
      !classWeights.isEmpty && classWeights.allSatisfy { $0 >= 0 }
        && classWeights.contains { $0 > 0 },
      "class weights must be non-negative with at least one positive")
    self.rows = rows
    self.features = features
    self.classWeights = classWeights
    self.seed = seed
    self.noise = noise
  }

  /// Generates the CSV text, handing it to `sink` in chunks of about `chunkSize` bytes.
  /// - Complexity: O(rows × features) time, O(chunkSize) memory.
  public func generateCSV(
    chunkSize: Int = 1 << 20, _ sink: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    var generator = SeededGenerator(seed: seed)
    let total = classWeights.reduce(0, +)
    var cumulative: [Double] = []
    var running = 0.0
    for weight in classWeights {
      running += weight / total
      cumulative.append(running)
    }
    var chunk: [UInt8] = []
    chunk.reserveCapacity(chunkSize + 64 * (features + 1))
    let header = (0..<features).map { "x\($0 + 1)" } + ["label"]
    chunk.append(contentsOf: header.joined(separator: ",").utf8)
    chunk.append(UInt8(ascii: "\n"))
    for _ in 0..<rows {
      let draw = generator.nextUnit()
      let label = cumulative.firstIndex { draw < $0 } ?? classWeights.count - 1
      for feature in 0..<features {
        let centre = Double((label * 7 + feature * 3) % 5) - 2
        SyntheticData.appendFixed(centre + noise * generator.nextGaussian(), to: &chunk)
        chunk.append(UInt8(ascii: ","))
      }
      chunk.append(contentsOf: String(label).utf8)
      chunk.append(UInt8(ascii: "\n"))
      if chunk.count >= chunkSize {
        try chunk.withUnsafeBytes(sink)
        chunk.removeAll(keepingCapacity: true)
      }
    }
    if !chunk.isEmpty { try chunk.withUnsafeBytes(sink) }
  }

  /// The whole CSV text in memory.
  public func csv() -> [UInt8] {
    var bytes: [UInt8] = []
    generateCSV { bytes.append(contentsOf: $0) }
    return bytes
  }

  /// Writes the CSV text to `path` and returns its size in bytes.
  @discardableResult
  public func writeCSV(toFile path: String) throws(FulcrumError) -> Int {
    guard let file = fopen(path, "wb") else {
      throw FulcrumError(.cannotCreate, "\(path): cannot create the file")
    }
    defer { fclose(file) }
    var written = 0
    var failed = false
    generateCSV { chunk in
      guard !failed else { return }
      failed = fwrite(chunk.baseAddress, 1, chunk.count, file) != chunk.count
      written += chunk.count
    }
    if failed || fflush(file) != 0 {
      throw FulcrumError(.cannotCreate, "\(path): cannot write the file")
    }
    return written
  }

  /// Appends `value` with exactly four decimals (`-1.2500`), without Foundation formatting.
  static func appendFixed(_ value: Double, to bytes: inout [UInt8]) {
    var scaled = Int64((value * 10_000).rounded())
    if scaled < 0 {
      bytes.append(UInt8(ascii: "-"))
      scaled = -scaled
    }
    let whole = scaled / 10_000
    let fraction = Int(scaled % 10_000)
    bytes.append(contentsOf: String(whole).utf8)
    bytes.append(UInt8(ascii: "."))
    bytes.append(UInt8(ascii: "0") + UInt8(fraction / 1000))
    bytes.append(UInt8(ascii: "0") + UInt8(fraction / 100 % 10))
    bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10 % 10))
    bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10))
  }
}
