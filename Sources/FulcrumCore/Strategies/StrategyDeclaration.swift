/// The family a strategy belongs to, as the listing groups them.
public enum StrategyFamily: String, Sendable, CaseIterable {
  case baseline
  case sampling
  case pooling
  case attention
}

/// One parameter a strategy accepts: the parser checks values against it and the
/// `strategies` listing prints it.
public struct ParameterDeclaration: Sendable {
  /// What values a parameter takes.
  public enum Kind: Sendable, Equatable {
    case integer(ClosedRange<Int>)
    /// A finite number above `minimum` (or equal to it when `includesMinimum`), at most
    /// `maximum` when there is one.
    case real(minimum: Double, includesMinimum: Bool, maximum: Double?)
    case choice([String])
    /// Which classes to change and to what size, for a strategy that grows, shrinks or
    /// cleans classes (cleaning takes only the named class selections).
    case target(TargetUse)
    /// A grid `ROWSxCOLUMNS`, or `auto`.
    case gridShape
  }

  public let name: String
  public let kind: Kind
  /// The value used when the spec leaves the parameter out; `nil` when there is none.
  public let defaultValue: String?
  public let help: String

  public init(name: String, kind: Kind, defaultValue: String?, help: String) {
    self.name = name
    self.kind = kind
    self.defaultValue = defaultValue
    self.help = help
  }

  /// The accepted values in words, for errors and the listing.
  public var accepted: String {
    switch kind {
    case .integer(let range):
      return range.upperBound == Int.max
        ? "an integer ≥ \(range.lowerBound)" : "an integer \(range.lowerBound)–\(range.upperBound)"
    case .real(let minimum, let includesMinimum, let maximum):
      let low = "\(includesMinimum ? "≥" : ">") \(compact(minimum))"
      return maximum.map { "a number \(low) and ≤ \(compact($0))" } ?? "a number \(low)"
    case .choice(let options):
      return options.joined(separator: "|")
    case .target(let use):
      return use.keywords.joined(separator: "|") + (use == .cleaning ? "" : "|RATIO|CLASS:COUNT;…")
    case .gridShape:
      return "auto|ROWSxCOLUMNS"
    }
  }
}

/// What a strategy does with the classes its target selects.
public enum TargetUse: Sendable, Equatable {
  case growing
  case shrinking
  case cleaning

  /// The named selections that make sense for this use.
  var keywords: [String] {
    switch self {
    case .growing: ["auto", "minority", "not-minority", "not-majority", "all"]
    case .shrinking, .cleaning: ["auto", "majority", "not-minority", "not-majority", "all"]
    }
  }
}

/// A number without a trailing ".0".
func compact(_ value: Double) -> String {
  value == value.rounded() && abs(value) < 1e15 ? "\(Int(value))" : "\(value)"
}

/// Everything known about one strategy: its name, family, a one-line summary, its
/// parameters and how to build it from parsed values.
public struct StrategyDeclaration: Sendable {
  public let name: String
  public let family: StrategyFamily
  public let summary: String
  public let parameters: [ParameterDeclaration]
  let build: @Sendable (StrategyArguments) throws(FulcrumError) -> any Strategy

  init(
    _ name: String, _ family: StrategyFamily, _ summary: String,
    _ parameters: [ParameterDeclaration],
    build: @escaping @Sendable (StrategyArguments) throws(FulcrumError) -> any Strategy
  ) {
    self.name = name
    self.family = family
    self.summary = summary
    self.parameters = parameters
    self.build = build
  }

  public func parameter(named name: String) -> ParameterDeclaration? {
    parameters.first { $0.name == name }
  }
}
