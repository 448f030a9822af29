/// A class taken as the positive (favourable) outcome in group metrics.
public struct PositiveClass: Sendable, Equatable, Codable {
  /// Why this class is the positive one.
  public enum Source: String, Sendable, Equatable, Codable {
    /// Named with `--positive`.
    case given
    /// The binary task's smaller class (by row count in the truth; ties → first class).
    case minority
    /// One of the classes of a multiclass task, each taken in turn against the rest.
    case oneVsRest
  }

  /// Index into the class names.
  public var index: Int
  public var name: String
  public var source: Source

  public init(index: Int, name: String, source: Source) {
    self.index = index
    self.name = name
    self.source = source
  }

  /// The positive classes to assess.
  ///
  /// With `requested` that class alone (matched by name, exactly first, then ignoring case).
  /// Otherwise, with two classes or fewer, the minority class among those present in
  /// `truth` (ties → the first in class order); with more, every class one-vs-rest.
  /// - Throws: `FulcrumError(.usage, …)` listing the classes when `requested` matches none.
  public static func choose(
    classNames: [String], truth: [Int], requested: String?
  ) throws(FulcrumError) -> [PositiveClass] {
    precondition(!classNames.isEmpty, "there must be at least one class")
    if let requested {
      let index =
        classNames.firstIndex(of: requested)
        ?? classNames.firstIndex { $0.lowercased() == requested.lowercased() }
      guard let index else {
        let names = classNames.map { "'\($0)'" }.joined(separator: ", ")
        throw FulcrumError(
          .usage, "--positive: no class '\(requested)'; the classes are \(names)")
      }
      return [PositiveClass(index: index, name: classNames[index], source: .given)]
    }
    guard classNames.count <= 2 else {
      return classNames.indices.map {
        PositiveClass(index: $0, name: classNames[$0], source: .oneVsRest)
      }
    }
    var counts = [Int](repeating: 0, count: classNames.count)
    for label in truth { counts[label] += 1 }
    let present = counts.indices.filter { counts[$0] > 0 }
    let candidates = present.isEmpty ? Array(counts.indices) : present
    // min(by:) keeps the first of equal elements, so ties go to the earlier class.
    let index = candidates.min { counts[$0] < counts[$1] }!
    return [PositiveClass(index: index, name: classNames[index], source: .minority)]
  }
}
