extension SensitiveGroups {
  /// The most groups an intersection may produce before it is refused as unreadable.
  public static let maximumGroupCount = 10_000

  /// Groups from `--sensitive` arguments (`COL` or `COL:cut,cut…`, see `SensitiveSpec`).
  /// - Throws: `FulcrumError(.usage, …)` for a malformed argument or a column problem.
  public init(dataset: Dataset, arguments: [String]) throws(FulcrumError) {
    let names = dataset.columns.map(\.name)
    var specs: [SensitiveSpec] = []
    for argument in arguments {
      specs.append(try SensitiveSpec.parse(argument, columnNames: names))
    }
    try self.init(dataset: dataset, specs: specs)
  }

  /// Groups from parsed sensitive specs.
  /// - Throws: `FulcrumError(.usage, …)` for an unknown column (listing the columns), the
  ///   label column, a column named twice, cut points on a categorical column, or an
  ///   intersection with more than `maximumGroupCount` groups.
  public init(dataset: Dataset, specs: [SensitiveSpec]) throws(FulcrumError) {
    precondition(!specs.isEmpty, "at least one sensitive column is needed")
    var attributes: [SensitiveAttribute] = []
    var rowLevels: [[Int]] = []
    var used: Set<Int> = []
    for spec in specs {
      let (attribute, levels, index) = try Self.levels(of: spec, in: dataset)
      guard used.insert(index).inserted else {
        throw FulcrumError(.usage, "--sensitive: column '\(attribute.column)' is given twice")
      }
      attributes.append(attribute)
      rowLevels.append(levels)
    }
    var total = 1
    for attribute in attributes {
      total *= attribute.levels.count
      guard total <= Self.maximumGroupCount else {
        throw FulcrumError(
          .usage,
          "--sensitive: these columns combine into more than \(Self.maximumGroupCount) groups; "
            + "use fewer columns or coarser cut points")
      }
    }
    // Mixed-radix numbering: the first column varies slowest.
    var groups: [Group] = []
    groups.reserveCapacity(total)
    for number in 0..<total {
      var remainder = number
      var levels = [String](repeating: "", count: attributes.count)
      for position in attributes.indices.reversed() {
        let count = attributes[position].levels.count
        levels[position] = attributes[position].levels[remainder % count]
        remainder /= count
      }
      groups.append(Group(name: levels.joined(separator: Self.separator), levels: levels))
    }
    var rowGroups = [Int](repeating: 0, count: dataset.rowCount)
    for position in attributes.indices {
      let radix = attributes[position].levels.count
      let levels = rowLevels[position]
      for row in rowGroups.indices {
        rowGroups[row] = rowGroups[row] * radix + levels[row]
      }
    }
    self.init(attributes: attributes, groups: groups, rowGroups: rowGroups)
  }

  /// One column's attribute description, each row's level index and the column index.
  private static func levels(
    of spec: SensitiveSpec, in dataset: Dataset
  ) throws(FulcrumError) -> (SensitiveAttribute, [Int], Int) {
    guard let index = dataset.columnIndex(named: spec.column) else {
      let names = dataset.columns.map(\.name).joined(separator: ", ")
      throw FulcrumError(
        .usage, "--sensitive: no column '\(spec.column)'; columns are: \(names)")
    }
    let column = dataset.columns[index]
    guard index != dataset.labelIndex else {
      throw FulcrumError(
        .usage, "--sensitive: '\(column.name)' is the label column; name another column")
    }
    switch column.storage {
    case .categorical(let codes, let levels):
      if spec.cutPoints != nil {
        throw FulcrumError(
          .usage,
          "--sensitive \(spec.argument): cut points need a numeric column, "
            + "'\(column.name)' is categorical")
      }
      let hasMissing = codes.contains(Column.missingCode)
      let missing = levels.count
      let attribute = SensitiveAttribute(
        column: column.name, grouping: .categories,
        levels: hasMissing ? levels + [missingLevel] : levels)
      let rows = codes.map { $0 == Column.missingCode ? missing : Int($0) }
      return (attribute, rows, index)
    case .numeric(let values):
      let binning: NumericBinning = spec.cutPoints.map { .cutPoints($0) } ?? .quartiles
      let result = binning.apply(to: values)
      let hasMissing = result.bins.contains(nil)
      let missing = result.labels.count
      let attribute = SensitiveAttribute(
        column: column.name, grouping: spec.cutPoints == nil ? .quartiles : .cutPoints,
        edges: result.edges,
        levels: hasMissing ? result.labels + [missingLevel] : result.labels)
      return (attribute, result.bins.map { $0 ?? missing }, index)
    }
  }
}
