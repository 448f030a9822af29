/// Which classes a sampling or pooling strategy changes and to what size, with
/// imbalanced-learn's meanings.
public enum SamplingTarget: Sendable, Equatable {
  /// Over-samplers: `notMajority`; under-samplers and cleaners: `notMinority`.
  case auto
  case minority
  case majority
  case notMajority
  case notMinority
  case all
  /// Binary only: the minority/majority size ratio wanted afterwards.
  case ratio(Double)
  /// Explicit row counts wanted afterwards, by class name (or index).
  case counts([ClassCount])

  /// A wanted row count for one class, named as the user wrote it.
  public struct ClassCount: Sendable, Equatable {
    public var className: String
    public var count: Int

    public init(className: String, count: Int) {
      self.className = className
      self.count = count
    }
  }

  /// What a strategy does to the classes it targets.
  enum Direction {
    /// Adds rows: resolved values are the number of rows to add.
    case over
    /// Removes rows down to a count: resolved values are the number of rows to keep.
    case under
    /// Removes rows that fail a rule: only the set of classes matters.
    case clean
  }

  /// Parses the text of a `target=` value.
  static func parse(_ text: String) -> SamplingTarget? {
    switch text {
    case "auto": return .auto
    case "minority": return .minority
    case "majority": return .majority
    case "not-majority": return .notMajority
    case "not-minority": return .notMinority
    case "all": return .all
    default: break
    }
    if let value = Double(text), value.isFinite { return .ratio(value) }
    var counts: [ClassCount] = []
    for entry in text.split(separator: ";", omittingEmptySubsequences: false) {
      guard let colon = entry.lastIndex(of: ":") else { return nil }
      let name = String(entry[..<colon]).trimmingSpaces
      guard !name.isEmpty, let count = Int(entry[entry.index(after: colon)...].trimmingSpaces),
        count >= 0
      else { return nil }
      counts.append(ClassCount(className: name, count: count))
    }
    return counts.isEmpty ? nil : .counts(counts)
  }

  /// The text that parses back to this target.
  var text: String {
    switch self {
    case .auto: "auto"
    case .minority: "minority"
    case .majority: "majority"
    case .notMajority: "not-majority"
    case .notMinority: "not-minority"
    case .all: "all"
    case .ratio(let value): "\(value)"
    case .counts(let counts): counts.map { "\($0.className):\($0.count)" }.joined(separator: ";")
    }
  }

  /// Resolves the target against class counts: class index → rows to add (`.over`) or
  /// rows to keep (`.under`, `.clean`). Classes left out are not touched.
  ///
  /// The majority and minority are the largest and smallest classes present, the lower
  /// class index winning a tie.
  func resolve(
    classCounts: [Int], classNames: [String], direction: Direction, strategy: String
  ) throws(FulcrumError) -> [Int: Int] {
    let present = classCounts.indices.filter { classCounts[$0] > 0 }
    guard let majority = present.max(by: { classCounts[$0] < classCounts[$1] }),
      let minority = present.min(by: { classCounts[$0] < classCounts[$1] })
    else { return [:] }
    // `max(by:)` returns the last of equal elements; imbalanced-learn takes the first.
    let largest = present.first { classCounts[$0] == classCounts[majority] }!
    let smallest = present.first { classCounts[$0] == classCounts[minority] }!
    let nMajority = classCounts[largest]
    let nMinority = classCounts[smallest]

    func plan(_ classes: [Int]) -> [Int: Int] {
      var result: [Int: Int] = [:]
      for label in classes {
        result[label] = direction == .over ? nMajority - classCounts[label] : nMinority
      }
      return result
    }

    switch self {
    case .auto:
      return plan(present.filter { $0 != (direction == .over ? largest : smallest) })
    case .minority:
      guard direction == .over else {
        throw FulcrumError(
          .usage,
          "\(strategy): target=minority would shrink the smallest class; "
            + "use majority, not-minority, not-majority, all or auto")
      }
      return plan([smallest])
    case .majority:
      guard direction != .over else {
        throw FulcrumError(
          .usage,
          "\(strategy): target=majority would grow the largest class; "
            + "use minority, not-minority, not-majority, all or auto")
      }
      return plan([largest])
    case .notMajority:
      return plan(present.filter { $0 != largest })
    case .notMinority:
      return plan(present.filter { $0 != smallest })
    case .all:
      return plan(present)
    case .ratio(let ratio):
      return try resolveRatio(
        ratio, classCounts: classCounts, classNames: classNames, present: present, largest: largest,
        smallest: smallest, direction: direction, strategy: strategy)
    case .counts(let counts):
      return try resolveCounts(
        counts, classCounts: classCounts, classNames: classNames, direction: direction,
        strategy: strategy)
    }
  }

  private func resolveRatio(
    _ ratio: Double, classCounts: [Int], classNames: [String], present: [Int], largest: Int,
    smallest: Int, direction: Direction, strategy: String
  ) throws(FulcrumError) -> [Int: Int] {
    guard direction != .clean else {
      throw FulcrumError(
        .usage, "\(strategy): ratio does not apply to a cleaning strategy; use target=auto or all")
    }
    guard present.count == 2 else {
      throw FulcrumError(
        .usage,
        "\(strategy): ratio=\(ratio) needs exactly two classes, the data has \(present.count); "
          + "give per-class counts instead (target=name:count;name:count)")
    }
    guard ratio > 0, ratio <= 1 else {
      throw FulcrumError(.usage, "\(strategy): ratio must be in (0, 1], got \(ratio)")
    }
    if direction == .over {
      // Truncation toward zero, as imbalanced-learn's int() does.
      let wanted = Int(Double(classCounts[largest]) * ratio - Double(classCounts[smallest]))
      if Double(classCounts[largest]) * ratio - Double(classCounts[smallest]) < 0 {
        throw FulcrumError(
          .usage,
          "\(strategy): ratio=\(ratio) asks class '\(classNames[smallest])' for "
            + "\(Int(Double(classCounts[largest]) * ratio)) rows but it has "
            + "\(classCounts[smallest]); an over-sampler cannot remove rows, raise ratio")
      }
      return [smallest: wanted]
    }
    let keep = Int(Double(classCounts[smallest]) / ratio)
    if keep > classCounts[largest] {
      throw FulcrumError(
        .usage,
        "\(strategy): ratio=\(ratio) asks class '\(classNames[largest])' for \(keep) rows "
          + "but it has \(classCounts[largest]); an under-sampler cannot add rows, raise ratio")
    }
    return [largest: keep]
  }

  private func resolveCounts(
    _ counts: [ClassCount], classCounts: [Int], classNames: [String], direction: Direction,
    strategy: String
  ) throws(FulcrumError) -> [Int: Int] {
    guard direction != .clean else {
      throw FulcrumError(
        .usage,
        "\(strategy): per-class counts do not apply to a cleaning strategy; "
          + "use target=auto, all, majority, not-minority or not-majority")
    }
    var result: [Int: Int] = [:]
    for entry in counts {
      guard let label = Self.classIndex(named: entry.className, in: classNames) else {
        throw FulcrumError(
          .usage,
          "\(strategy): target names class '\(entry.className)', which is not in the training "
            + "data; classes are \(classNames.joined(separator: ", "))")
      }
      guard result[label] == nil else {
        throw FulcrumError(.usage, "\(strategy): target names class '\(entry.className)' twice")
      }
      let have = classCounts[label]
      switch direction {
      case .over:
        guard entry.count >= have else {
          throw FulcrumError(
            .usage,
            "\(strategy): target asks class '\(classNames[label])' for \(entry.count) rows but it "
              + "has \(have); an over-sampler cannot remove rows")
        }
        result[label] = entry.count - have
      case .under, .clean:
        guard entry.count <= have else {
          throw FulcrumError(
            .usage,
            "\(strategy): target asks class '\(classNames[label])' for \(entry.count) rows but it "
              + "has \(have); an under-sampler cannot add rows")
        }
        result[label] = entry.count
      }
    }
    return result
  }

  /// A class by its name, or by its index when no class has that name.
  static func classIndex(named name: String, in classNames: [String]) -> Int? {
    if let exact = classNames.firstIndex(of: name) { return exact }
    if let index = Int(name), classNames.indices.contains(index) { return index }
    return nil
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    var slice = self[...]
    while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
    return String(slice)
  }
}
