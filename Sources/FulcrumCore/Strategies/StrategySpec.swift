/// A strategy named on the command line or in the dashboard: `name[:key=value[,…]]`.
///
/// Per-class counts go in one value, pairs separated by `;`: `target=0:4;1:5`. Class
/// names are matched first by name, then by index; a name holding `,` `;` `:` or `=` cannot
/// be written in a spec.
public struct StrategySpec: Sendable, Equatable {
  public let name: String
  /// The parameters given in the spec, as written after parsing.
  public let given: [String: ParameterValue]
  /// The text of the spec as the user wrote it, trimmed.
  public let text: String

  /// Parses and checks a spec against the catalog.
  public static func parse(_ text: String) throws(FulcrumError) -> StrategySpec {
    let trimmed = text.trimmingSpaces
    let colon = trimmed.firstIndex(of: ":")
    let name = String(trimmed[..<(colon ?? trimmed.endIndex)]).trimmingSpaces
    guard let declaration = StrategyCatalog.declaration(named: name) else {
      let known = StrategyCatalog.declarations.map(\.name).joined(separator: ", ")
      throw FulcrumError(.usage, "unknown strategy '\(name)'; valid strategies: \(known)")
    }
    var given: [String: ParameterValue] = [:]
    if let colon {
      let rest = trimmed[trimmed.index(after: colon)...]
      for item in rest.split(separator: ",", omittingEmptySubsequences: false) {
        guard let equals = item.firstIndex(of: "=") else {
          throw FulcrumError(
            .usage, "\(name): expected key=value, got '\(item.trimmingSpaces)' in '\(trimmed)'")
        }
        let key = String(item[..<equals]).trimmingSpaces
        let value = String(item[item.index(after: equals)...]).trimmingSpaces
        guard let parameter = declaration.parameter(named: key) else {
          let valid = declaration.parameters.map(\.name)
          throw FulcrumError(
            .usage,
            "\(name) has no parameter '\(key)'; "
              + (valid.isEmpty
                ? "it takes none" : "valid parameters: \(valid.joined(separator: ", "))"))
        }
        guard given[key] == nil else {
          throw FulcrumError(.usage, "\(name): parameter '\(key)' is given twice")
        }
        given[key] = try ParameterValue.parse(value, as: parameter, strategy: name)
      }
    }
    return StrategySpec(name: name, given: given, text: trimmed)
  }

  public var declaration: StrategyDeclaration { StrategyCatalog.declaration(named: name)! }

  /// Builds the strategy; `firstPass` replaces the default model of `focal`.
  public func makeStrategy(firstPass: FirstPassModel? = nil) throws(FulcrumError) -> any Strategy {
    let declaration = self.declaration
    var values = given
    for parameter in declaration.parameters where values[parameter.name] == nil {
      if let fallback = parameter.defaultValue {
        values[parameter.name] = try ParameterValue.parse(fallback, as: parameter, strategy: name)
      }
    }
    let arguments = StrategyArguments(
      strategy: name, values: values, given: Set(given.keys), firstPass: firstPass)
    return try declaration.build(arguments)
  }
}
