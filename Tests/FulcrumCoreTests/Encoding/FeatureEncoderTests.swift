import Testing

@testable import FulcrumCore

@Suite("Feature encoding")
struct FeatureEncoderTests {
  /// Five rows: a numeric column with one missing value, a colour, a constant and the label.
  let dataset = Dataset(
    path: "test", format: "csv",
    columns: [
      Column(name: "size", storage: .numeric([1, 3, .nan, 100, 5])),
      Column(
        name: "colour",
        storage: .categorical(
          codes: [0, 1, Column.missingCode, 2, 0], levels: ["red", "blue", "green"])),
      Column(name: "flat", storage: .numeric([4, 4, 4, 4, 4])),
      Column(name: "class", storage: .categorical(codes: [0, 1, 0, 1, 0], levels: ["no", "yes"])),
    ],
    labelIndex: 3)

  @Test("numeric columns are imputed and standardised with training rows only")
  func standardise() throws {
    let selection = try FeatureSelection(dataset: dataset)
    let encoder = FeatureEncoder(fitting: dataset, selection: selection, rows: [0, 1, 2])
    #expect(encoder.names == ["size", "colour=red", "colour=blue", "colour=(missing)", "flat"])
    // Training sizes 1, 3 and a missing one: mean 2; deviations ±1 and 0 after imputation.
    let scale = (2.0 / 3).squareRoot()
    let train = encoder.transform(dataset, rows: [0, 1, 2])
    #expect(abs(train[0, 0] + 1 / scale) < 1e-12)
    #expect(abs(train[1, 0] - 1 / scale) < 1e-12)
    #expect(train[2, 0] == 0)
    // The test row's 100 is scaled with the training figures, not absorbed into them.
    let test = encoder.transform(dataset, rows: [3])
    #expect(abs(test[0, 0] - 98 / scale) < 1e-9)
  }

  @Test("a test-fold value never shifts the training mean")
  func noLeak() throws {
    var changed = dataset
    changed.columns[0].storage = .numeric([1, 3, .nan, -5000, 5])
    let selection = try FeatureSelection(dataset: dataset)
    let original = FeatureEncoder(fitting: dataset, selection: selection, rows: [0, 1, 2])
    let altered = FeatureEncoder(fitting: changed, selection: selection, rows: [0, 1, 2])
    #expect(
      original.transform(dataset, rows: [0, 1, 2, 4])
        == altered.transform(changed, rows: [0, 1, 2, 4]))
  }

  @Test("one-hot columns cover training levels; unseen levels encode as zeros")
  func oneHot() throws {
    let selection = try FeatureSelection(dataset: dataset)
    let encoder = FeatureEncoder(fitting: dataset, selection: selection, rows: [0, 1, 2])
    let rows = encoder.transform(dataset, rows: [0, 1, 2, 3])
    #expect(Array(rows.row(0)[1...3]) == [1, 0, 0])
    #expect(Array(rows.row(1)[1...3]) == [0, 1, 0])
    #expect(Array(rows.row(2)[1...3]) == [0, 0, 1])
    #expect(Array(rows.row(3)[1...3]) == [0, 0, 0])
  }

  @Test("a missing value unseen in training encodes as zeros")
  func missingUnseen() throws {
    let selection = try FeatureSelection(dataset: dataset)
    let encoder = FeatureEncoder(fitting: dataset, selection: selection, rows: [0, 1, 3])
    #expect(!encoder.names.contains("colour=(missing)"))
    let row = encoder.transform(dataset, rows: [2])
    #expect(Array(row.row(0)[1...3]) == [0, 0, 0])
    // A missing numeric value is the training mean, which standardises to 0.
    #expect(row[0, 0] == 0)
  }

  @Test("an infinite value is treated as missing")
  func infinite() throws {
    var table = dataset
    table.columns[0].storage = .numeric([1, 3, .infinity, 100, -.infinity])
    let selection = try FeatureSelection(dataset: table)
    let encoder = FeatureEncoder(fitting: table, selection: selection, rows: [0, 1, 2])
    let rows = encoder.transform(table, rows: [0, 2, 4])
    #expect(rows[1, 0] == 0 && rows[2, 0] == 0)
    #expect(abs(rows[0, 0] + 1 / (2.0 / 3).squareRoot()) < 1e-12)
  }

  @Test("a constant column keeps scale 1")
  func constant() throws {
    let selection = try FeatureSelection(dataset: dataset)
    let encoder = FeatureEncoder(fitting: dataset, selection: selection, rows: [0, 1, 3, 4])
    let rows = encoder.transform(dataset, rows: [0, 1])
    #expect(rows[0, 4] == 0 && rows[1, 4] == 0)
  }

  @Test("the label and excluded columns are never features")
  func exclusions() throws {
    let selection = try FeatureSelection(dataset: dataset, excluding: ["COLOUR"])
    #expect(selection.columns == [0, 2])
    #expect(throws: FulcrumError.self) {
      try FeatureSelection(dataset: dataset, excluding: ["nope"])
    }
  }

  @Test("a text column with mostly distinct values is left out and named")
  func freeText() throws {
    let count = 300
    let names = (0..<count).map { "person \($0)" }
    let few = (0..<count).map { UInt32($0 % 150) }
    let table = Dataset(
      path: "test", format: "csv",
      columns: [
        Column(
          name: "name",
          storage: .categorical(codes: (0..<count).map { UInt32($0) }, levels: names)),
        Column(name: "town", storage: .categorical(codes: few, levels: Array(names[0..<150]))),
        Column(
          name: "y",
          storage: .categorical(codes: Array(repeating: 0, count: count), levels: ["a"])),
      ],
      labelIndex: 2)
    let selection = try FeatureSelection(dataset: table)
    #expect(selection.leftOut == ["name"])
    #expect(selection.columns == [1])
  }
}
