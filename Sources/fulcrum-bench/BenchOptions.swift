import FulcrumCore

/// `--name value` options of a benchmark workload, with defaults.
struct BenchOptions {
  private var values: [String: String] = [:]

  /// Parses `arguments`; every option must be one of `known` and have a value.
  init(_ arguments: [String], known: Set<String>) throws(FulcrumError) {
    var index = 0
    while index < arguments.count {
      let flag = arguments[index]
      guard flag.hasPrefix("--"), known.contains(String(flag.dropFirst(2))) else {
        let list = known.sorted().map { "--\($0)" }.joined(separator: ", ")
        throw FulcrumError(.usage, "unknown option '\(flag)'; expected one of \(list)")
      }
      guard index + 1 < arguments.count else {
        throw FulcrumError(.usage, "\(flag) needs a value")
      }
      values[String(flag.dropFirst(2))] = arguments[index + 1]
      index += 2
    }
  }

  /// The text given for `name`, if any.
  func text(_ name: String) -> String? {
    values[name]
  }

  /// The positive integer given for `name`, or `fallback`.
  func integer(_ name: String, default fallback: Int) throws(FulcrumError) -> Int {
    guard let text = values[name] else { return fallback }
    guard let value = Int(text.replacingOccurrences(of: "_", with: "")), value > 0 else {
      throw FulcrumError(.usage, "--\(name) expects a positive integer, found '\(text)'")
    }
    return value
  }

  /// The non-negative integer given for `name`, or `fallback`.
  func seed(_ name: String, default fallback: UInt64) throws(FulcrumError) -> UInt64 {
    guard let text = values[name] else { return fallback }
    guard let value = UInt64(text.replacingOccurrences(of: "_", with: "")) else {
      throw FulcrumError(.usage, "--\(name) expects a non-negative integer, found '\(text)'")
    }
    return value
  }

  /// The comma-separated non-negative numbers given for `name`, or `fallback`.
  func numbers(_ name: String, default fallback: [Double]) throws(FulcrumError) -> [Double] {
    guard let text = values[name] else { return fallback }
    let parts = text.split(separator: ",").map { Double($0) }
    guard !parts.isEmpty, parts.allSatisfy({ ($0 ?? -1) >= 0 }), parts.contains(where: { $0! > 0 })
    else {
      throw FulcrumError(
        .usage, "--\(name) expects weights such as 0.9,0.1, found '\(text)'")
    }
    return parts.map { $0! }
  }
}
