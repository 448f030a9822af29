import FulcrumCore

/// Symbols the Model and Fairness screens write, with ASCII stand-ins for terminals whose
/// locale cannot show them.
enum Glyphs {
  /// Marks an undefined value (0/0).
  static func undefined(_ charset: Charset) -> String { charset == .unicode ? "—" : "-" }

  static func plusMinus(_ charset: Charset) -> String { charset == .unicode ? "±" : "+-" }

  static func kappa(_ charset: Charset) -> String { charset == .unicode ? "κ" : "kappa" }

  static func divide(_ charset: Charset) -> String { charset == .unicode ? "÷" : "/" }
}
