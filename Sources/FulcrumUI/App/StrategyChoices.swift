import FulcrumCore

/// The strategies the Lab and Compare screens offer, grouped by family, with the
/// parameter values the user typed for each; specs are built and checked here, through
/// the catalog's own parser, so the screens report the same errors as the command line.
public struct StrategyChoices: Sendable, Equatable {
  /// Families listed, in order; the baseline is always part of a run, never picked.
  public static let families: [StrategyFamily] = [.sampling, .pooling, .attention]

  /// Strategy names in list order, with the list line each one sits on.
  public static let names: [String] = families.flatMap { family in
    StrategyCatalog.declarations.filter { $0.family == family }.map(\.name)
  }

  /// The list: a heading per family followed by its strategies.
  public static let lines: [ListView.Line] = families.flatMap { family in
    [ListView.Line.heading(family.rawValue)]
      + StrategyCatalog.declarations.filter { $0.family == family }.map {
        ListView.Line.item($0.name)
      }
  }

  /// Values typed per strategy and parameter; a parameter not here takes its default.
  public var values: [String: [String: String]] = [:]

  public init() {}

  /// The strategy on list line `line`, or nil for a heading.
  public static func name(atLine line: Int) -> String? {
    guard StrategyChoices.lines.indices.contains(line),
      case .item(let name, _) = StrategyChoices.lines[line]
    else { return nil }
    return name
  }

  /// The first selectable line.
  public static var firstItemLine: Int {
    lines.firstIndex { if case .item = $0 { true } else { false } } ?? 0
  }

  /// The list line of strategy `name`.
  public static func line(of name: String) -> Int? {
    lines.firstIndex { $0 == .item(name) }
  }

  /// The text of parameter `parameter` of `strategy`: as typed, else its default.
  public func value(_ parameter: ParameterDeclaration, of strategy: String) -> String {
    values[strategy]?[parameter.name] ?? parameter.defaultValue ?? ""
  }

  /// The spec the current values make: only values that differ from the default are
  /// written, so untouched strategies read as their bare name.
  public func specText(for strategy: String) -> String {
    guard let declaration = StrategyCatalog.declaration(named: strategy) else { return strategy }
    let given = declaration.parameters.compactMap { parameter -> String? in
      guard let typed = values[strategy]?[parameter.name] else { return nil }
      let trimmed = typed.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed == parameter.defaultValue { return nil }
      return "\(parameter.name)=\(trimmed)"
    }
    return given.isEmpty ? strategy : strategy + ":" + given.joined(separator: ",")
  }

  /// The checked spec of `strategy`, or the parser's one-line error.
  public func spec(for strategy: String) -> Result<StrategySpec, FulcrumError> {
    do throws(FulcrumError) {
      return .success(try StrategySpec.parse(specText(for: strategy)))
    } catch {
      return .failure(error)
    }
  }

  /// Sets every value of `strategy` from a parsed spec (used when undo brings one back).
  public mutating func restore(_ spec: StrategySpec) {
    guard let declaration = StrategyCatalog.declaration(named: spec.name) else { return }
    var typed: [String: String] = [:]
    let pairs = spec.text.split(separator: ":", maxSplits: 1).dropFirst().first
    for item in (pairs ?? "").split(separator: ",") {
      let parts = item.split(separator: "=", maxSplits: 1).map {
        String($0).trimmingCharacters(in: .whitespaces)
      }
      if parts.count == 2, declaration.parameter(named: parts[0]) != nil {
        typed[parts[0]] = parts[1]
      }
    }
    values[spec.name] = typed
  }
}
