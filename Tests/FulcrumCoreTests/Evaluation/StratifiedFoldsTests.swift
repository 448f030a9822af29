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

  @Test("the folds of seed 0 are pinned so shuffling never changes silently")
  func pinned() throws {
    // Worked out independently from the SplitMix64 and Fisher–Yates definitions.
    let folds = try StratifiedFolds(
      labels: [0, 0, 0, 0, 1, 1, 1, 1], classNames: ["a", "b"], folds: 2, seed: 0)
    #expect(folds.testRows == [[1, 2, 4, 5], [0, 3, 6, 7]])
  }

  @Test("the fold generator reproduces the published SplitMix64 sequence")
  func generator() {
    var generator = SplitMix64(seed: 1_234_567)
    #expect(generator.next() == 6_457_827_717_110_365_317)
    #expect(generator.next() == 3_203_168_211_198_807_973)
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
