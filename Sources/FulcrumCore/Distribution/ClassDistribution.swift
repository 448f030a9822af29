import Foundation

/// How many rows each class has, and how unevenly they are spread.
public struct ClassDistribution: Sendable, Equatable {
  /// One class: its name and row count.
  public struct Entry: Sendable, Equatable {
    public var name: String
    public var count: Int

    public init(name: String, count: Int) {
      self.name = name
      self.count = count
    }
  }

  /// Classes in code order (rows with a missing label are not counted).
  public var classes: [Entry]

  public init(classes: [Entry]) {
    self.classes = classes
  }

  /// Counts the label codes of `dataset`.
  public init(_ dataset: Dataset) {
    let names = dataset.classNames
    var counts = [Int](repeating: 0, count: names.count)
    for code in dataset.labelCodes where code != Column.missingCode {
      counts[Int(code)] += 1
    }
    classes = zip(names, counts).map { Entry(name: $0, count: $1) }
  }

  public var total: Int { classes.reduce(0) { $0 + $1.count } }

  /// Share of each class in `classes` order (0 when there are no rows).
  public var proportions: [Double] {
    let total = Double(self.total)
    return classes.map { total > 0 ? Double($0.count) / total : 0 }
  }

  /// Largest class count over smallest non-empty class count; nil without two classes.
  public var imbalanceRatio: Double? {
    let present = classes.map(\.count).filter { $0 > 0 }
    guard present.count >= 2, let largest = present.max(), let smallest = present.min() else {
      return nil
    }
    return Double(largest) / Double(smallest)
  }

  /// Shannon entropy of the class shares divided by log K: 1 is perfectly balanced.
  /// Nil with fewer than two classes.
  public var entropyBalance: Double? {
    guard classes.count >= 2 else { return nil }
    let entropy = proportions.filter { $0 > 0 }.reduce(0.0) { $0 - $1 * log($1) }
    return entropy / log(Double(classes.count))
  }
}
