import Testing

@testable import FulcrumCore

@Suite("Sensitive column arguments")
struct SensitiveSpecTests {
  @Test("COL and COL:cut,cut parse; a column named with a colon is taken whole")
  func parses() throws {
    #expect(try SensitiveSpec.parse("sex") == SensitiveSpec(column: "sex"))
    #expect(
      try SensitiveSpec.parse("age:25, 60.5")
        == SensitiveSpec(column: "age", cutPoints: [25, 60.5]))
    #expect(
      try SensitiveSpec.parse("a:b", columnNames: ["a:b"]) == SensitiveSpec(column: "a:b"))
    #expect(
      try SensitiveSpec.parse("a:b:3") == SensitiveSpec(column: "a:b", cutPoints: [3]))
  }

  @Test("bad cut points are usage errors that name the argument")
  func badCuts() {
    #expect(throws: FulcrumError(.usage, "--sensitive age:25,x: cut point 'x' is not a number")) {
      try SensitiveSpec.parse("age:25,x")
    }
    #expect(
      throws: FulcrumError(
        .usage, "--sensitive age:60,25: cut points must be strictly increasing (25 after 60)")
    ) {
      try SensitiveSpec.parse("age:60,25")
    }
    #expect(
      throws: FulcrumError(
        .usage, "--sensitive age:: no cut points after ':' (write e.g. age:25,60)")
    ) {
      try SensitiveSpec.parse("age:")
    }
  }

  @Test("column problems are usage errors: unknown (listing columns), label, twice, categorical")
  func columnProblems() {
    let dataset = Dataset(
      path: "t.csv", format: "csv",
      columns: [
        Column(name: "age", storage: .numeric([30])),
        Column(name: "sex", storage: .categorical(codes: [0], levels: ["F"])),
        Column(name: "y", storage: .categorical(codes: [0], levels: ["no"])),
      ], labelIndex: 2)
    #expect(
      throws: FulcrumError(.usage, "--sensitive: no column 'agee'; columns are: age, sex, y")
    ) {
      try SensitiveGroups(dataset: dataset, arguments: ["agee"])
    }
    #expect(
      throws: FulcrumError(.usage, "--sensitive: 'y' is the label column; name another column")
    ) {
      try SensitiveGroups(dataset: dataset, arguments: ["y"])
    }
    #expect(throws: FulcrumError(.usage, "--sensitive: column 'age' is given twice")) {
      try SensitiveGroups(dataset: dataset, arguments: ["age", "AGE:3"])
    }
    #expect(
      throws: FulcrumError(
        .usage, "--sensitive sex:1: cut points need a numeric column, 'sex' is categorical")
    ) {
      try SensitiveGroups(dataset: dataset, arguments: ["sex:1"])
    }
  }
}
