/// A parsed parameter value.
public enum ParameterValue: Sendable, Equatable {
  case integer(Int)
  case real(Double)
  case choice(String)
  case target(SamplingTarget)
  /// `nil` for `auto`.
  case gridShape(GridShape?)

  /// Parses `text` as a value of `declaration`, or explains what it accepts.
  static func parse(
    _ text: String, as declaration: ParameterDeclaration, strategy: String
  ) throws(FulcrumError) -> ParameterValue {
    let problem = FulcrumError(
      .usage,
      "\(strategy): \(declaration.name) must be \(declaration.accepted), got '\(text)'")
    switch declaration.kind {
    case .integer(let range):
      guard let value = Int(text), range.contains(value) else { throw problem }
      return .integer(value)
    case .real(let minimum, let includesMinimum, let maximum):
      guard let value = Double(text), value.isFinite,
        includesMinimum ? value >= minimum : value > minimum,
        maximum.map({ value <= $0 }) ?? true
      else { throw problem }
      return .real(value)
    case .choice(let options):
      guard options.contains(text) else { throw problem }
      return .choice(text)
    case .target(let use):
      guard let target = SamplingTarget.parse(text) else { throw problem }
      switch target {
      case .ratio, .counts:
        if use == .cleaning { throw problem }
      default:
        if !use.keywords.contains(text) { throw problem }
      }
      if case .ratio(let ratio) = target, !(ratio > 0 && ratio <= 1) {
        throw FulcrumError(.usage, "\(strategy): a ratio target must be in (0, 1], got '\(text)'")
      }
      return .target(target)
    case .gridShape:
      if text == "auto" { return .gridShape(nil) }
      let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
      guard parts.count == 2, let rows = Int(parts[0]), let columns = Int(parts[1]), rows > 0,
        columns > 0
      else { throw problem }
      return .gridShape(GridShape(rows: rows, columns: columns))
    }
  }
}

/// The layout of numeric features as an image grid.
public struct GridShape: Sendable, Equatable {
  public var rows: Int
  public var columns: Int

  public init(rows: Int, columns: Int) {
    self.rows = rows
    self.columns = columns
  }
}
