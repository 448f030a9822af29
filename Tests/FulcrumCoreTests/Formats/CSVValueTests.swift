import Testing

@testable import FulcrumCore

@Suite("CSV values: missing markers and types")
struct CSVValueTests {
  @Test("empty, NA, N/A, NaN, null and ? are missing in numeric columns")
  func numericMissing() throws {
    let data = try load("x,label\n1,a\n,b\nNA,a\nN/A,b\nNaN,a\nnull,b\n?,a\nna,b\n\"\",a\n")
    let numbers = try #require(data.column("x").numbers)
    #expect(numbers[0] == 1)
    #expect(numbers.dropFirst().allSatisfy { $0.isNaN })
    #expect(numbers.count == 9)
  }

  @Test("missing markers are missing in categorical columns too")
  func categoricalMissing() throws {
    let data = try load("c,label\nred,a\nNA,b\n?,a\n,b\nNULL,a\n")
    #expect(data.texts("c") == ["red", nil, nil, nil, nil])
    #expect(data.column("c").categories?.levels == ["red"])
  }

  @Test("a column is numeric when every present value is a number")
  func numericColumn() throws {
    let data = try load("x,label\n-1.5e3,a\n+2,b\n.5,a\n7.,b\n")
    #expect(data.column("x").numbers == [-1500, 2, 0.5, 7])
  }

  @Test("one non-number makes a column categorical, keeping every original spelling")
  func lateCategorical() throws {
    let data = try load("code,label\n007,a\n1.50,b\n,a\nA1,b\n")
    #expect(data.texts("code") == ["007", "1.50", nil, "A1"])
    #expect(data.column("code").categories?.levels == ["1.50", "007", "A1"])
  }

  @Test("categorical levels are sorted, numbers by value before words")
  func levelOrder() throws {
    let data = try load("c,label\nzeta,a\n10,b\nalpha,a\n2,b\n")
    #expect(data.column("c").categories?.levels == ["2", "10", "alpha", "zeta"])
    #expect(data.texts("c") == ["zeta", "10", "alpha", "2"])
  }

  @Test("words such as inf and hexadecimal stay text")
  func notNumbers() throws {
    let data = try load("v,label\ninf,a\n0x10,b\n1,a\n")
    #expect(data.column("v").isNumeric == false)
  }

  @Test("numeric records cut anywhere by the read window parse the same")
  func numbersAcrossWindows() throws {
    let text = "a,b,label\r\n1.25,-3e2,0\r\n,4,1\n5.5,,0\n6, 7 ,1\n8,NA,0\n9,10,1"
    let source = InputSource(bytes: Array(text.utf8), name: "n.csv")
    let wide = try CSVReader.read(source, options: LoadOptions())
    #expect(wide.columns[0].numbers?.map { $0.isNaN ? -1 : $0 } == [1.25, -1, 5.5, 6, 8, 9])
    #expect(wide.columns[1].numbers?.map { $0.isNaN ? -1 : $0 } == [-300, 4, -1, 7, -1, 10])
    for window in [1, 2, 3, 4, 5, 7, 11] {
      let narrow = try CSVReader.read(source, options: LoadOptions(), window: window)
      let same = zip(narrow.columns, wide.columns).allSatisfy { pair in
        zip(pair.0.numbers ?? [], pair.1.numbers ?? []).allSatisfy {
          $0.bitPattern == $1.bitPattern
        }
      }
      #expect(same && narrow.columns.map(\.count) == wide.columns.map(\.count), "window \(window)")
    }
  }

  @Test("many categories, repeated in any order, keep their spellings")
  func manyCategories() throws {
    var generator = SeededGenerator(seed: 4)
    let names = (0..<300).map { "level-\($0 * 7919 % 1000)" } + ["\"quoted, \"\"x\"\"\"", "é", ""]
    let picks = (0..<3000).map { _ in names[generator.drawIndex(below: names.count)] }
    let text = "c,label\n" + picks.enumerated().map { "\($1),\($0 % 2)" }.joined(separator: "\n")
    let data = try load(text)
    let expected = picks.map { pick -> String? in
      if pick.isEmpty { return nil }
      return pick.hasPrefix("\"") ? "quoted, \"x\"" : pick
    }
    #expect(data.texts("c") == expected)
  }
}
