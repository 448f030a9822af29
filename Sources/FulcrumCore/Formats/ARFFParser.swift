/// The state of an ARFF file read line by line: header first, then data rows.
struct ARFFParser {
  private let name: String
  private var attributes: [ARFFAttribute] = []
  private var builders: [ARFFColumnBuilder] = []
  private var inData = false
  private var rows = 0

  init(name: String) {
    self.name = name
  }

  /// Takes one line (without its line feed).
  mutating func take(_ line: ArraySlice<UInt8>) throws(ARFFLineError) {
    let tokens: [ARFFToken]
    switch ARFFTokenizer.tokens(line) {
    case .success(let found): tokens = found
    case .failure(let error): throw ARFFLineError(column: error.column, message: error.message)
    }
    guard let first = tokens.first else { return }
    if inData {
      try takeRow(tokens)
      return
    }
    let keyword = first.kind == .word ? first.text.lowercased() : ""
    switch keyword {
    case "@relation":
      return
    case "@attribute":
      switch ARFFAttribute.parse(tokens.dropFirst()) {
      case .success(let attribute):
        // Weka refuses a repeated name too; two columns answering to one name would make
        // --label and --sensitive ambiguous.
        if attributes.contains(where: { $0.name == attribute.name }) {
          throw ARFFLineError(
            column: tokens.dropFirst().first?.column,
            message: "attribute '\(attribute.name)' is declared twice; expected unique names")
        }
        attributes.append(attribute)
        builders.append(ARFFColumnBuilder(attribute))
      case .failure(let error): throw error
      }
    case "@data":
      guard !attributes.isEmpty else {
        throw ARFFLineError(column: nil, message: "@data before any @attribute")
      }
      inData = true
    default:
      throw ARFFLineError(
        column: first.column, message: "expected @relation, @attribute or @data")
    }
  }

  /// The columns read.
  mutating func finish() throws(FulcrumError) -> ParsedTable {
    guard inData else {
      throw FulcrumError(
        .dataError, "\(name): no @data line; expected the header to end with @data")
    }
    guard rows > 0 else {
      throw FulcrumError(.dataError, "\(name): no data rows after @data")
    }
    let columns = builders.indices.map { builders[$0].column() }
    return ParsedTable(columns: columns, format: "arff")
  }

  private mutating func takeRow(_ tokens: [ARFFToken]) throws(ARFFLineError) {
    if tokens[0].isSymbol("{") {
      try takeSparseRow(tokens)
    } else {
      let values = Self.values(tokens[...])
      guard values.count == attributes.count else {
        throw ARFFLineError(
          column: nil, message: "expected \(attributes.count) values, found \(values.count)")
      }
      for (index, value) in values.enumerated() {
        if let problem = builders[index].append(value.text) {
          throw ARFFLineError(column: value.column, message: problem)
        }
      }
    }
    rows += 1
  }

  private mutating func takeSparseRow(_ tokens: [ARFFToken]) throws(ARFFLineError) {
    guard let close = tokens.firstIndex(where: { $0.isSymbol("}") }) else {
      throw ARFFLineError(
        column: tokens[0].column, message: "the sparse row never ends; expected '}'")
    }
    var given: [Int: (text: String?, column: Int)] = [:]
    for entry in Self.entries(tokens[1..<close]) {
      guard let index = Int(entry.first!.text), attributes.indices.contains(index) else {
        throw ARFFLineError(
          column: entry.first!.column,
          message: "expected an attribute index from 0 to \(attributes.count - 1)")
      }
      let value = Self.values(entry.dropFirst())
      guard value.count == 1 else {
        throw ARFFLineError(column: entry.first!.column, message: "expected 'index value'")
      }
      given[index] = (value[0].text, value[0].column)
    }
    for index in attributes.indices {
      guard let value = given[index] else {
        builders[index].appendOmitted()
        continue
      }
      if let problem = builders[index].append(value.text) {
        throw ARFFLineError(column: value.column, message: problem)
      }
    }
  }

  /// Comma-separated groups of tokens.
  private static func entries(_ tokens: ArraySlice<ARFFToken>) -> [ArraySlice<ARFFToken>] {
    tokens.split(whereSeparator: { $0.isSymbol(",") })
  }

  /// The comma-separated values of `tokens`: nil for missing (`?` or nothing), words of
  /// one value joined by a space.
  private static func values(_ tokens: ArraySlice<ARFFToken>) -> [(text: String?, column: Int)] {
    var values: [(text: String?, column: Int)] = []
    var current: [ARFFToken] = []
    var column = tokens.first?.column ?? 1
    func close() {
      let quoted = current.count == 1 && current[0].kind == .quoted
      let text = current.map(\.text).joined(separator: " ")
      values.append((quoted || !(text.isEmpty || text == "?") ? text : nil, column))
      current = []
    }
    for token in tokens {
      if token.isSymbol(",") {
        close()
        column = token.column + 1
      } else {
        if current.isEmpty { column = token.column }
        current.append(token)
      }
    }
    close()
    return values
  }
}
