import Testing

@testable import FulcrumCore

/// Six rows: sex, race (one missing), age (one missing) and a yes/no label.
private func people() -> Dataset {
  let missing = Column.missingCode
  return Dataset(
    path: "people.csv", format: "csv",
    columns: [
      Column(name: "sex", storage: .categorical(codes: [0, 0, 1, 1, 0, 1], levels: ["M", "F"])),
      Column(
        name: "race",
        storage: .categorical(codes: [0, 1, 0, 0, 1, missing], levels: ["x", "y"])),
      Column(name: "age", storage: .numeric([18, 25, 30, 60, 70, .nan])),
      Column(
        name: "income", storage: .categorical(codes: [0, 1, 0, 1, 1, 0], levels: ["no", "yes"])),
    ], labelIndex: 3)
}

@Suite("Sensitive groups")
struct SensitiveGroupsTests {
  @Test("several columns give every combination, empty ones included, first column slowest")
  func intersectional() throws {
    let dataset = people()
    let groups = try SensitiveGroups(dataset: dataset, arguments: ["sex", "race"])
    #expect(
      groups.groups.map(\.name) == [
        "M, x", "M, y", "M, (missing)", "F, x", "F, y", "F, (missing)",
      ])
    #expect(groups.groups[4].levels == ["F", "y"])
    #expect(groups.rowGroups == [0, 1, 3, 3, 1, 5])
    #expect(groups.sizes == [1, 2, 0, 2, 0, 1])
    #expect(groups.attributes.map(\.levels) == [["M", "F"], ["x", "y", "(missing)"]])
  }

  @Test("an empty combination is listed with size 0 and every rate undefined")
  func emptyCombinationInResult() throws {
    let dataset = people()
    let groups = try SensitiveGroups(dataset: dataset, arguments: ["sex", "race"])
    let truth = dataset.labelCodes.map { Int($0) }
    let result = try FairnessAnalysis.evaluate(
      truth: truth, predicted: truth, classNames: dataset.classNames, groups: groups)
    let empty = result.outcomes[0].groups[4]
    #expect(empty.name == "F, y" && empty.size == 0 && empty.weightedSize == 0)
    #expect(empty.selectionRate.value == nil && empty.selectionRate.undefinedReason == "no rows")
    #expect(empty.accuracy.value == nil && empty.ratioToReference.selectionRate.value == nil)
    #expect(result.notes.contains("group F, y has no rows: every rate undefined"))
    #expect(result.notes.contains("group M, (missing) has no rows: every rate undefined"))
    // Ties for largest (M, y and F, x have two rows each) go to the first.
    #expect(result.referenceGroup == "M, y")
  }

  @Test("a missing sensitive value forms a visible (missing) group")
  func missingValue() throws {
    let groups = try SensitiveGroups(dataset: people(), arguments: ["race"])
    #expect(groups.groups.map(\.name) == ["x", "y", "(missing)"])
    #expect(groups.rowGroups == [0, 1, 0, 0, 1, 2])
  }

  @Test("cut points give left-closed bins <c1, c1–c2, ≥c2 and a (missing) group")
  func cutPoints() throws {
    let groups = try SensitiveGroups(dataset: people(), arguments: ["age:25,60"])
    #expect(groups.groups.map(\.name) == ["<25", "25–60", "≥60", "(missing)"])
    #expect(groups.rowGroups == [0, 1, 1, 2, 2, 3])
    #expect(groups.attributes[0].grouping == .cutPoints)
    #expect(groups.attributes[0].edges == [25, 60])
  }

  @Test("one cut point splits in two; a bin no row falls in is still listed")
  func singleCutAndEmptyBin() {
    let result = NumericBinning.cutPoints([25]).apply(to: [30, 40])
    #expect(result.labels == ["<25", "≥25"])
    #expect(result.bins == [1, 1])
  }

  @Test("quartiles follow qcut with repeated edges dropped, right-closed bins")
  func quartiles() {
    let result = NumericBinning.quartiles.apply(to: [19, 22, 25, 25, 25, 30, 41, 50, 67, 75])
    #expect(result.edges == [19, 25, 27.5, 47.75, 75])
    #expect(result.labels == ["[19, 25]", "(25, 27.5]", "(27.5, 47.75]", "(47.75, 75]"])
    #expect(result.bins == [0, 0, 0, 0, 0, 2, 2, 3, 3, 3])
    let tied = NumericBinning.quartiles.apply(to: [1, 1, 1, 1, 1, 2, 3, .nan])
    #expect(tied.edges == [1, 1.5, 3])
    #expect(tied.labels == ["[1, 1.5]", "(1.5, 3]"])
    #expect(tied.bins == [0, 0, 0, 0, 0, 1, 1, nil])
    let constant = NumericBinning.quartiles.apply(to: [4, 4])
    #expect(constant.labels == ["[4, 4]"] && constant.bins == [0, 0])
  }

  @Test("a numeric column without cut points is split at its quartiles")
  func quartilesFromDataset() throws {
    let groups = try SensitiveGroups(dataset: people(), arguments: ["age"])
    #expect(groups.attributes[0].grouping == .quartiles)
    #expect(
      groups.groups.map(\.name) == ["[18, 25]", "(25, 30]", "(30, 60]", "(60, 70]", "(missing)"])
    #expect(groups.rowGroups == [0, 0, 1, 2, 3, 4])
  }

  @Test("--reference matches ASCII spellings of the en dash and ≥")
  func lenientGroupName() throws {
    let groups = try SensitiveGroups(dataset: people(), arguments: ["age:25,60"])
    #expect(groups.groupIndex(named: "25-60") == 1)
    #expect(groups.groupIndex(named: ">=60") == 2)
    #expect(groups.groupIndex(named: "(MISSING)") == 3)
    #expect(groups.groupIndex(named: "60") == nil)
  }
}

@Suite("Sensitive group subsets")
struct SensitiveGroupSubsetTests {
  @Test("selecting rows keeps every group, even one the subset leaves empty")
  func selecting() {
    let groups = SensitiveGroups(column: "g", values: ["A", "B", "A", nil])
    let subset = groups.selecting(rows: [0, 2, 3])
    #expect(subset.groups.map(\.name) == ["A", "B", "(missing)"])
    #expect(subset.rowGroups == [0, 0, 2])
    #expect(subset.sizes == [2, 0, 1])
  }
}
