import FulcrumCore

/// The options and operands of one command line, checked against the command's options.
struct ParsedArguments: Sendable {
  /// Positional arguments in order (`-` stays as written: it means standard input).
  var operands: [String] = []
  /// The values of each option given, by long name, in command-line order.
  var values: [String: [String]] = [:]

  /// Whether a flag was given.
  func flag(_ option: Option) -> Bool { values[option.name] != nil }

  /// The value of a single-valued option (the last one when given twice).
  func value(_ option: Option) -> String? { values[option.name]?.last }

  /// Every value of a repeatable option.
  func all(_ option: Option) -> [String] { values[option.name] ?? [] }

  /// The value of an option that takes a whole number.
  func integer(_ option: Option) throws(FulcrumError) -> Int? {
    guard let text = value(option) else { return nil }
    guard let number = Int(text) else {
      throw FulcrumError(.usage, "--\(option.name) expects a whole number, not '\(text)'")
    }
    return number
  }

  /// The value of an option that takes a number.
  func number(_ option: Option) throws(FulcrumError) -> Double? {
    guard let text = value(option) else { return nil }
    guard let number = Double(text), number.isFinite else {
      throw FulcrumError(.usage, "--\(option.name) expects a number, not '\(text)'")
    }
    return number
  }
}
