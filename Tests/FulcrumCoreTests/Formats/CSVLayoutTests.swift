import Testing

@testable import FulcrumCore

@Suite("CSV delimiters and headers")
struct CSVLayoutTests {
  @Test(
    "the delimiter is sniffed among comma, semicolon, tab and bar",
    arguments: [",", ";", "\t", "|"])
  func sniffedDelimiter(delimiter: String) throws {
    let text =
      ["x", "note", "label"].joined(separator: delimiter) + "\n"
      + ["1.5", "\"a,b;c|d\"", "yes"].joined(separator: delimiter) + "\n"
      + ["2.5", "e", "no"].joined(separator: delimiter) + "\n"
    let data = try load(text)
    #expect(data.columns.map(\.name) == ["x", "note", "label"])
    #expect(data.column("x").numbers == [1.5, 2.5])
    #expect(data.texts("note") == ["a,b;c|d", "e"])
    #expect(data.format == (delimiter == "\t" ? "tsv" : "csv"))
  }

  @Test("commas inside values do not outvote a consistent semicolon")
  func semicolonWithDecimalCommas() throws {
    let data = try load("a;b;label\n1,5;2;x\n3;4,25;y\n7;8;x\n")
    #expect(data.columns.map(\.name) == ["a", "b", "label"])
    #expect(data.texts("a") == ["1,5", "3", "7"])
  }

  @Test("a first row of numbers is data: columns get generated names and a note")
  func noHeader() throws {
    let data = try load("0,0,5,1\n0,3,2,0\n1,1,1,1\n")
    #expect(data.columns.map(\.name) == ["col1", "col2", "col3", "col4"])
    #expect(data.rowCount == 3)
    #expect(data.labelName == "col4")
    #expect(data.notes.contains("no header row; columns named col1…col4"))
  }

  @Test("scikit-learn's count line is not a header and names the classes")
  func countLine() throws {
    let data = try load("3,2,setosa,versicolor\n5.1,3.5,0\n4.9,3.0,1\n4.7,3.2,0\n")
    #expect(data.columns.map(\.name) == ["col1", "col2", "col3"])
    #expect(data.rowCount == 3)
    #expect(data.classNames == ["setosa", "versicolor"])
    #expect(data.labelCodes == [0, 1, 0])
    #expect(data.column("col1").numbers == [5.1, 4.9, 4.7])
  }

  @Test("a count line as wide as the rows (iris) is recognised too")
  func countLineSameWidth() throws {
    let data = try load("2,2,a,b,c\n1,2,0\n3,4,2\n")
    #expect(data.rowCount == 2)
    #expect(data.classNames == ["a", "b", "c"])
  }

  @Test("an all-text table whose first row recurs below has no header")
  func allTextWithoutHeader() throws {
    let data = try load("f,t,won\nt,t,won\nf,f,nowin\n")
    #expect(data.rowCount == 3)
    #expect(data.columns[0].name == "col1")
  }

  @Test("an all-text table with distinct names above is a header")
  func allTextWithHeader() throws {
    let data = try load("colour,shape,label\nred,round,a\nblue,square,b\n")
    #expect(data.columns.map(\.name) == ["colour", "shape", "label"])
    #expect(data.rowCount == 2)
  }

  @Test("empty and repeated header names are made unique")
  func headerNames() throws {
    let data = try load(",x,x,label\n1,2,3,a\n2,3,4,b\n")
    #expect(data.columns.map(\.name) == ["col1", "x", "x_2", "label"])
  }

  @Test("the header and delimiter can be given instead of guessed")
  func forcedLayout() throws {
    let options = LoadOptions(delimiter: UInt8(ascii: ";"), header: false)
    let data = try load("a,b;c\nd;e\n", options: options)
    #expect(data.columns.map(\.name) == ["col1", "col2"])
    #expect(data.texts("col1") == ["a,b", "d"])
  }
}
