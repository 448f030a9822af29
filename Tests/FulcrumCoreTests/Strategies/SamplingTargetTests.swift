import Testing

@testable import FulcrumCore

@Suite("Sampling targets (golden case S1)")
struct SamplingTargetTests {
  @Test(
    "class counts after sampling follow imbalanced-learn, count for count",
    arguments: [
      ("random-under:target=0:4;1:5", [10, 6, 3], [4, 5, 3]),
      ("random-under:target=0:3", [10, 6, 3], [3, 6, 3]),
      ("random-under", [10, 6, 3], [3, 3, 3]),
      ("random-under:target=auto", [10, 6, 3], [3, 3, 3]),
      ("random-under:target=not-majority", [10, 6, 3], [10, 3, 3]),
      ("random-over:target=minority", [10, 6, 3], [10, 6, 10]),
      ("random-over:target=1:8;2:10", [10, 6, 3], [10, 8, 10]),
      ("random-over:ratio=0.5", [10, 3], [10, 5]),
      ("random-under:ratio=0.5", [10, 3], [6, 3]),
      ("random-over:ratio=0.8", [10, 3], [10, 8]),
      ("random-under:ratio=0.8", [10, 3], [3, 3]),
      ("random-over:target=0.5", [10, 3], [10, 5]),
      ("random-over", [10, 6, 3], [10, 10, 10]),
      ("random-over:target=not-minority", [10, 6, 3], [10, 10, 3]),
      ("random-over:target=all", [10, 6, 3], [10, 10, 10]),
      ("random-under:target=majority", [10, 6, 3], [3, 6, 3]),
      ("random-under:target=all", [10, 6, 3], [3, 3, 3]),
      ("random-under:target=not-minority", [10, 6, 3], [3, 3, 3]),
    ])
  func counts(spec: String, before: [Int], after: [Int]) throws {
    let outcome = try run(spec, on: sizedSet(before))
    #expect(outcome.trainingSet.classCounts == after)
  }

  @Test("a ratio asking an over-sampler for fewer minority rows is an error naming them")
  func ratioTooLow() {
    let error = failure("random-over:ratio=0.2", on: sizedSet([10, 3]))
    #expect(error?.kind == .usage)
    #expect(error?.message.contains("class '1'") == true)
    #expect(error?.message.contains("has 3") == true)
    #expect(error?.message.contains("ratio") == true)
  }

  @Test("a ratio on multiclass data is an error")
  func ratioOnMulticlass() {
    let error = failure("random-under:ratio=0.5", on: sizedSet([10, 6, 3]))
    #expect(error?.message.contains("two classes") == true)
    #expect(error?.message.contains("ratio") == true)
  }

  @Test("an under-sampler asked for more rows than exist names the class and count")
  func underAskedForMore() {
    let error = failure("random-under:target=1:7", on: sizedSet([10, 6, 3]))
    #expect(
      error?.message == "random-under: target asks class '1' for 7 rows but it has 6; "
        + "an under-sampler cannot add rows")
  }

  @Test("an over-sampler asked for fewer rows than exist names the class and count")
  func overAskedForFewer() {
    let error = failure("random-over:target=0:9", on: sizedSet([10, 6, 3]))
    #expect(error?.message.contains("class '0' for 9 rows but it has 10") == true)
  }

  @Test("a target naming an unknown class lists the classes")
  func unknownClass() {
    let error = failure("random-over:target=cat:12", on: sizedSet([10, 6, 3]))
    #expect(error?.message.contains("'cat'") == true)
    #expect(error?.message.contains("0, 1, 2") == true)
  }

  @Test("target and ratio together are refused")
  func targetAndRatio() {
    let error = failure("random-over:target=minority,ratio=0.5", on: sizedSet([10, 3]))
    #expect(error?.message.contains("either target or ratio") == true)
  }

  @Test("an under-sampler keeps original rows in input order, unchanged")
  func underKeepsOrder() throws {
    let set = sizedSet([10, 6, 3])
    let outcome = try run("random-under", on: set)
    let sources = outcome.origins.map { origin -> Int in
      guard case .original(let index) = origin else { return -1 }
      return index
    }
    #expect(sources == sources.sorted())
    #expect(!sources.contains(-1))
    for (row, source) in sources.enumerated() {
      #expect(outcome.trainingSet.features[row] == set.features[source])
      #expect(outcome.trainingSet.labels[row] == set.labels[source])
    }
  }

  @Test("a plain bootstrap marks its rows as copies of rows of the grown class")
  func overMarksCopies() throws {
    let set = sizedSet([10, 6, 3])
    let outcome = try run("random-over:target=minority", on: set)
    #expect(Array(outcome.origins[..<19]) == (0..<19).map { RowOrigin.original($0) })
    for (row, origin) in outcome.origins.enumerated().dropFirst(19) {
      guard case .copy(let source) = origin else {
        Issue.record("row \(row) is not a copy")
        continue
      }
      #expect(set.labels[source] == 2)
      #expect(outcome.trainingSet.features[row] == set.features[source])
    }
  }

  @Test("a smoothed bootstrap perturbs the drawn rows and marks them synthetic")
  func smoothedBootstrap() throws {
    let set = sizedSet([10, 6, 3])
    let outcome = try run("random-over:target=minority,shrinkage=1", on: set)
    #expect(outcome.trainingSet.classCounts == [10, 6, 10])
    let added = outcome.trainingSet.features[19...]
    #expect(outcome.origins[19...].allSatisfy { $0 == .synthetic })
    // Minority values are 16, 17, 18; noise moves them off those integers.
    #expect(added.allSatisfy { $0 != $0.rounded() })
    #expect(added.allSatisfy { $0 > 14 && $0 < 20 })
  }

  @Test("a sampler that finds nothing to change says so")
  func nothingToChange() throws {
    let outcome = try run("random-over", on: sizedSet([4, 4]))
    #expect(outcome.trainingSet.rowCount == 8)
    #expect(outcome.notes.contains { $0.contains("nothing added") })
  }
}
