import Foundation

/// What a caller asks of a loader.
public struct LoadOptions: Sendable {
  /// The label column's name; nil picks one by convention.
  public var label: String?

  public init(label: String? = nil) {
    self.label = label
  }
}

/// Reads a table file into a `Dataset`.
public enum DatasetLoader {
  // FIXME: a plain comma split with no quoting, sniffing or ARFF; it only lets the
  // rest of the program run until the byte-level readers replace it.
  public static func load(path: String, options: LoadOptions = LoadOptions()) throws(FulcrumError)
    -> Dataset
  {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw FulcrumError(.noInput, "\(path): cannot open the file")
    }
    let lines = text.split(whereSeparator: \.isNewline).map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    guard let header = lines.first, lines.count > 1 else {
      throw FulcrumError(.dataError, "\(path): the file has no data rows")
    }
    var columns: [Column] = []
    for (index, name) in header.enumerated() {
      let raw = lines.dropFirst().map { index < $0.count ? $0[index] : "" }
      let numbers = raw.map { Double($0) }
      if numbers.allSatisfy({ $0 != nil }) {
        columns.append(Column(name: name, storage: .numeric(numbers.map { $0! })))
      } else {
        let levels = Array(Set(raw)).sorted()
        let lookup = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, $0) })
        let codes = raw.map { UInt32(lookup[$0]!) }
        columns.append(Column(name: name, storage: .categorical(codes: codes, levels: levels)))
      }
    }
    var labelIndex = columns.count - 1
    if let label = options.label {
      guard let index = columns.firstIndex(where: { $0.name == label }) else {
        throw FulcrumError(.dataError, "\(path): no column named '\(label)'")
      }
      labelIndex = index
    }
    if let numbers = columns[labelIndex].numbers {
      let levels = Array(Set(numbers)).sorted().map(formatNumber)
      let lookup = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, $0) })
      let codes = numbers.map { UInt32(lookup[formatNumber($0)]!) }
      columns[labelIndex].storage = .categorical(codes: codes, levels: levels)
    }
    return Dataset(path: path, format: "csv", columns: columns, labelIndex: labelIndex)
  }
}
