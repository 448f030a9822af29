/// Text attributes a terminal can show without colour.
public struct TextAttributes: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = TextAttributes(rawValue: 1)
  public static let dim = TextAttributes(rawValue: 2)
  public static let underline = TextAttributes(rawValue: 4)
  public static let reverse = TextAttributes(rawValue: 8)

  /// The names used in theme files.
  public static let byName: [String: TextAttributes] = [
    "bold": .bold, "dim": .dim, "underline": .underline, "reverse": .reverse,
  ]
}
