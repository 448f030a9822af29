/// The values of a parsed spec with defaults filled in, read by a declaration's builder.
struct StrategyArguments {
  let strategy: String
  let values: [String: ParameterValue]
  /// The parameters the spec named (the rest hold defaults).
  let given: Set<String>
  let firstPass: FirstPassModel?

  func integer(_ name: String) -> Int {
    guard case .integer(let value) = values[name] else { preconditionFailure("no \(name)") }
    return value
  }

  func real(_ name: String) -> Double? {
    guard case .real(let value) = values[name] else { return nil }
    return value
  }

  func choice(_ name: String) -> String {
    guard case .choice(let value) = values[name] else { preconditionFailure("no \(name)") }
    return value
  }

  func gridShape(_ name: String) -> GridShape? {
    guard case .gridShape(let value) = values[name] else { return nil }
    return value
  }

  /// The sampling target, `ratio=` standing for a ratio target.
  func target() throws(FulcrumError) -> SamplingTarget {
    if let ratio = real("ratio") {
      guard !given.contains("target") else {
        throw FulcrumError(.usage, "\(strategy): give either target or ratio, not both")
      }
      return .ratio(ratio)
    }
    guard case .target(let value) = values["target"] else { return .auto }
    return value
  }
}
