/// One `@attribute` declaration of an ARFF file.
struct ARFFAttribute {
  enum Kind: Equatable {
    /// `numeric`, `real` or `integer`.
    case numeric
    /// `{a, b, …}`: the declared values, in order.
    case nominal([String])
    /// `string`.
    case string
    /// `date [format]`: kept as text.
    case date
  }

  var name: String
  var kind: Kind

  /// Parses the tokens after `@attribute`; returns a message on failure.
  static func parse(_ tokens: ArraySlice<ARFFToken>) -> Result<ARFFAttribute, ARFFLineError> {
    guard let nameToken = tokens.first, nameToken.kind != .symbol else {
      return .failure(ARFFLineError(column: nil, message: "expected an attribute name"))
    }
    let rest = tokens.dropFirst()
    guard let type = rest.first else {
      return .failure(
        ARFFLineError(column: nil, message: "expected a type after '\(nameToken.text)'"))
    }
    if type.isSymbol("{") {
      var values: [String] = []
      var current: [String] = []
      for token in rest.dropFirst() {
        if token.isSymbol(",") || token.isSymbol("}") {
          if !current.isEmpty { values.append(current.joined(separator: " ")) }
          current = []
          if token.isSymbol("}") {
            return .success(ARFFAttribute(name: nameToken.text, kind: .nominal(values)))
          }
        } else {
          current.append(token.text)
        }
      }
      return .failure(
        ARFFLineError(column: type.column, message: "the value list never ends; expected '}'"))
    }
    switch type.text.lowercased() {
    case "numeric", "real", "integer":
      return .success(ARFFAttribute(name: nameToken.text, kind: .numeric))
    case "string":
      return .success(ARFFAttribute(name: nameToken.text, kind: .string))
    case "date":
      return .success(ARFFAttribute(name: nameToken.text, kind: .date))
    default:
      return .failure(
        ARFFLineError(
          column: type.column,
          message: "unsupported type '\(type.text)'; expected numeric, real, integer, string, "
            + "date or {…}"))
    }
  }
}

/// A problem on one ARFF line: the column where it is (if known) and what was expected.
struct ARFFLineError: Error {
  var column: Int?
  var message: String
}
