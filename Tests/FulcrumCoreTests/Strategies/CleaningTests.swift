import Testing

@testable import FulcrumCore

@Suite("Tomek links, edited nearest neighbours and NearMiss")
struct CleaningTests {
  @Test("tomek removes the majority row of each mutual-nearest pair of different classes")
  func tomekLinks() throws {
    // Row 3 (class 1) and row 2 (class 0) are each other's nearest: a link.
    let set = makeSet([[0], [1], [2], [2.4], [10], [11]], [0, 0, 0, 1, 1, 0])
    let outcome = try run("tomek", on: set)
    // Rows 4 and 5 are a link too: class 0 is the majority, so rows 2 and 5 go.
    #expect(outcome.trainingSet.features == [0, 1, 2.4, 10])
    #expect(outcome.origins == [.original(0), .original(1), .original(3), .original(4)])
    #expect(outcome.notes == ["tomek: 2 Tomek links; removed 2 rows"])
  }

  @Test("tomek counts an exact duplicate of another class as a link at distance 0")
  func tomekDuplicates() throws {
    let set = makeSet([[0], [5], [5], [9], [30]], [0, 0, 1, 0, 1])
    let outcome = try run("tomek", on: set)
    // Rows 1 and 2 are identical with different classes: row 1 (majority) is removed.
    #expect(outcome.trainingSet.features == [0, 5, 9, 30])
    #expect(outcome.trainingSet.labels == [0, 1, 0, 1])
  }

  @Test("tomek with target=all removes both rows of a link")
  func tomekAll() throws {
    let set = makeSet([[0], [5], [5], [9]], [0, 0, 1, 0])
    let outcome = try run("tomek:target=all", on: set)
    #expect(outcome.trainingSet.features == [0, 9])
  }

  @Test("tomek says so when there are no links")
  func tomekNone() throws {
    let outcome = try run("tomek", on: makeSet([[0], [1], [10], [11]], [0, 0, 1, 1]))
    #expect(outcome.trainingSet.rowCount == 4)
    #expect(outcome.notes == ["tomek: no Tomek links found; nothing removed"])
  }

  @Test("enn removes majority rows whose neighbours disagree, duplicates included")
  func ennDuplicates() throws {
    // Row 4 (class 0) duplicates row 5 (class 1); with k=1 its neighbour disagrees.
    let set = makeSet([[0], [0.5], [1], [1.5], [7], [7], [7.2], [20]], [0, 0, 0, 0, 0, 1, 1, 0])
    let outcome = try run("enn:k=1", on: set)
    #expect(outcome.trainingSet.features == [0, 0.5, 1, 1.5, 7, 7.2])
    #expect(outcome.trainingSet.labels == [0, 0, 0, 0, 1, 1])
  }

  @Test("enn kind=all removes on any disagreement, kind=mode only on a majority")
  func ennKinds() throws {
    // Row 3 (class 0) at 3.0 has neighbours 2.5 (0), 3.4 (1), 3.5 (1): mode says 1.
    // Row 2 at 2.5 has neighbours 2.0 (0), 3.0 (0), 3.4 (1): all removes it, mode keeps it.
    let set = makeSet(
      [[1.5], [2], [2.5], [3], [3.4], [3.5], [3.6], [3.7]], [0, 0, 0, 0, 1, 1, 1, 0],
      classes: 2)
    let all = try run("enn:k=3,kind=all", on: set)
    let mode = try run("enn:k=3,kind=mode", on: set)
    #expect(all.trainingSet.features.count < mode.trainingSet.features.count)
    #expect(!mode.trainingSet.features.contains(3.0))
    #expect(mode.trainingSet.features.contains(2.5))
    #expect(!all.trainingSet.features.contains(2.5))
    // Minority rows are never removed by default.
    #expect(all.trainingSet.classCounts[1] == 3)
  }

  @Test("near-miss version 1 keeps the majority rows nearest the minority")
  func nearMiss1() throws {
    let set = makeSet(
      [[0], [1], [2], [3], [10], [11], [5], [6]], [0, 0, 0, 0, 0, 0, 1, 1])
    let outcome = try run("near-miss:version=1,k=2", on: set)
    #expect(outcome.trainingSet.classCounts == [2, 2])
    // Mean distance to the two nearest minority rows: 0→5.5, 1→4.5, 2→3.5, 3→2.5,
    // 10→4.5, 11→5.5.
    #expect(outcome.trainingSet.features == [2, 3, 5, 6])
  }

  @Test("near-miss version 2 scores by the farthest minority rows")
  func nearMiss2() throws {
    let set = makeSet([[0], [4], [9], [10], [5], [6]], [0, 0, 0, 0, 1, 1])
    let outcome = try run("near-miss:version=2,k=1", on: set)
    // Distance to the farthest minority row: 0→6, 4→2, 9→4, 10→5.
    #expect(outcome.trainingSet.features == [4, 9, 5, 6])
  }

  @Test("near-miss version 3 says so when it finds fewer candidates than asked")
  func nearMiss3() throws {
    let set = makeSet(
      [[0], [1], [2], [3], [20], [21], [22], [23], [24], [25], [10], [10.5], [11]],
      Array(repeating: 0, count: 10) + [1, 1, 1])
    let outcome = try run("near-miss:version=3,k=1", on: set)
    // Every minority row's single nearest majority row is 3: one candidate for three.
    #expect(outcome.trainingSet.classCounts == [1, 3])
    #expect(outcome.trainingSet.features == [3, 10, 10.5, 11])
    #expect(outcome.notes.contains { $0.contains("found only 1") })
  }

  @Test("a cleaning strategy refuses per-class counts")
  func cleaningCounts() {
    let error = failure("tomek:target=0:3", on: sizedSet([5, 3]))
    #expect(error?.message.contains("tomek: target must be") == true)
  }
}
