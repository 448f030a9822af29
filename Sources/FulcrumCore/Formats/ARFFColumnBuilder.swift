/// Collects the values of one ARFF attribute, typed as declared.
struct ARFFColumnBuilder {
  let attribute: ARFFAttribute
  private var numbers: [Double] = []
  private var codes: [UInt32] = []
  private var lookup: [String: UInt32] = [:]
  // Categorical from the start, so it never holds numbers that would need releasing.
  private var text = ColumnBuilder(categorical: true)

  init(_ attribute: ARFFAttribute) {
    self.attribute = attribute
    if case .nominal(let levels) = attribute.kind {
      for (code, level) in levels.enumerated() where lookup[level] == nil {
        lookup[level] = UInt32(code)
      }
    }
  }

  /// Appends one value; `nil` is missing. Returns what was expected when it does not fit.
  mutating func append(_ value: String?) -> String? {
    switch attribute.kind {
    case .numeric:
      guard let value else {
        numbers.append(.nan)
        return nil
      }
      guard let number = NumberParser.parse(value) else {
        return "expected a number for '\(attribute.name)', found '\(value)'"
      }
      numbers.append(number)
    case .nominal(let levels):
      guard let value else {
        codes.append(Column.missingCode)
        return nil
      }
      guard let code = lookup[value] else {
        let declared = levels.joined(separator: ",")
        return "'\(value)' is not a declared value of '\(attribute.name)'; expected one of "
          + "{\(declared)}"
      }
      codes.append(code)
    case .string, .date:
      if let value {
        _ = text.appendCategory(value)
      } else {
        text.appendMissing()
      }
    }
    return nil
  }

  /// Appends the value a sparse row leaves out: 0, the first declared value, or missing
  /// for text.
  mutating func appendOmitted() {
    switch attribute.kind {
    case .numeric: numbers.append(0)
    case .nominal: codes.append(0)
    case .string, .date: text.appendMissing()
    }
  }

  /// The finished column; nominal levels keep their declared order.
  mutating func column() -> Column {
    switch attribute.kind {
    case .numeric:
      return Column(name: attribute.name, storage: .numeric(numbers))
    case .nominal(let levels):
      return Column(name: attribute.name, storage: .categorical(codes: codes, levels: levels))
    case .string, .date:
      return text.finish(named: attribute.name)
    }
  }
}
