import Testing

@testable import FulcrumCore

@Suite("Stratified folds")
struct StratifiedFoldsTests {
  /// 23 rows of class 0, 11 of class 1 and 6 of class 2, interleaved.
  let labels: [Int?] = (0..<40).map { $0 % 7 == 3 ? 2 : ($0 % 3 == 0 ? 1 : 0) }
  let names = ["a", "b", "c"]

  @Test("every row is tested exactly once")
  func partition() throws {
    let folds = try StratifiedFolds(labels: labels, classNames: names, folds: 5, seed: 7)
    #expect(folds.count == 5)
    #expect(folds.testRows.flatMap { $0 }.sorted() == Array(0..<40))
    #expect(folds.warnings.isEmpty)
  }

  @Test("each class is spread over the folds as evenly as possible")
  func stratified() throws {
    let folds = try StratifiedFolds(labels: labels, classNames: names, folds: 5, seed: 3)
    for label in 0..<3 {
      let perFold = folds.testRows.map { rows in rows.filter { labels[$0] == label }.count }
      #expect(perFold.max()! - perFold.min()! <= 1, "class \(label): \(perFold)")
    }
    let sizes = folds.testRows.map(\.count)
    #expect(sizes.max()! - sizes.min()! <= 1)
  }

  @Test("the same seed gives the same folds; another seed gives others")
  func determinism() throws {
    let first = try StratifiedFolds(labels: labels, classNames: names, folds: 4, seed: 11)
    let again = try StratifiedFolds(labels: labels, classNames: names, folds: 4, seed: 11)
    let other = try StratifiedFolds(labels: labels, classNames: names, folds: 4, seed: 12)
    #expect(first.testRows == again.testRows)
    #expect(first.testRows != other.testRows)
  }

  /// Labels 2, 0, 1 appear in that order, so classes are numbered unlike their indices.
  static let mixed = [2, 0, 0, 1, 0, 2, 1, 0, 0, 1, 2, 0, 0, 1, 0, 2, 2, 0, 1, 0, 0, 0, 1, 2, 0]

  @Test(
    "folds equal scikit-learn's StratifiedKFold(5, shuffle=True) for the same seed",
    arguments: [
      (
        UInt64(0),
        [
          [7, 10, 14, 16, 22], [2, 5, 18, 20, 21], [6, 15, 17, 19, 24], [1, 9, 11, 12, 23],
          [0, 3, 4, 8, 13],
        ]
      ),
      (
        UInt64(42),
        [
          [0, 1, 2, 3, 5], [7, 15, 17, 18, 21], [4, 6, 11, 20, 23], [12, 13, 14, 16, 19],
          [8, 9, 10, 22, 24],
        ]
      ),
      (
        UInt64(4_294_967_303),
        [
          [14, 15, 16, 18, 19], [0, 11, 12, 20, 22], [7, 9, 10, 17, 24], [2, 3, 4, 8, 23],
          [1, 5, 6, 13, 21],
        ]
      ),
    ])
  func matchesScikitLearn(seed: UInt64, expected: [[Int]]) throws {
    let folds = try StratifiedFolds(
      labels: Self.mixed, classNames: ["a", "b", "c"], folds: 5, seed: seed)
    #expect(folds.testRows == expected)
  }

  @Test("rows without a label are left out")
  func unlabelled() throws {
    let folds = try StratifiedFolds(
      labels: [0, nil, 0, 1, 1, nil], classNames: ["a", "b"], folds: 2, seed: 1)
    #expect(folds.testRows.flatMap { $0 }.sorted() == [0, 2, 3, 4])
  }

  @Test("a class with fewer rows than folds is allowed with a warning")
  func smallClass() throws {
    let folds = try StratifiedFolds(
      labels: [0, 0, 0, 0, 0, 1, 1], classNames: ["big", "small"], folds: 5, seed: 1)
    #expect(folds.warnings.count == 1)
    #expect(folds.warnings[0].contains("'small' has 2 rows"))
  }

  @Test("a class with a single row is an error that names it")
  func singleRow() {
    #expect(throws: FulcrumError.self) {
      try StratifiedFolds(labels: [0, 0, 0, 1], classNames: ["x", "lonely"], folds: 2, seed: 1)
    }
    do {
      _ = try StratifiedFolds(
        labels: [0, 0, 0, 1], classNames: ["x", "lonely"], folds: 2, seed: 1)
    } catch {
      #expect(error.kind == .dataError)
      #expect(error.message.contains("'lonely' has a single row"))
    }
  }

  @Test("more folds than rows names the largest fold count that works and --model none")
  func tooManyFoldsAdvice() {
    #expect(
      throws: FulcrumError(
        .usage,
        "--folds 5 is more than the 3 labelled rows; use --folds 3 or fewer, or --model none "
          + "to describe the table without a model")
    ) {
      _ = try StratifiedFolds(labels: [0, 1, 1], classNames: ["a", "b"], folds: 5, seed: 0)
    }
  }

  @Test("fewer than two folds or more folds than rows is a usage error")
  func foldCount() {
    for folds in [1, 9] {
      do {
        _ = try StratifiedFolds(
          labels: [0, 0, 1, 1], classNames: ["a", "b"], folds: folds, seed: 1)
        Issue.record("\(folds) folds accepted")
      } catch {
        #expect(error.kind == .usage)
      }
    }
  }
}
