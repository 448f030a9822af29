import Testing

@testable import FulcrumCore

@Suite("ARFF reader")
struct ARFFReaderTests {
  static let dense = """
    % a comment line
    @RELATION 'weather data'

    @Attribute outlook {sunny, overcast, 'light rain'}
    @attribute "temp °C" REAL
    @ATTRIBUTE humidity integer % trailing comment
    @attribute note string
    @attribute day date 'yyyy-MM-dd'
    @attribute play {yes,no}
    @data
    sunny,  21.5, 85, 'it\\'s hot', 2024-06-01, no
    'light rain',?,90,"wet \\"day\\"",?,yes
    % a comment between rows
    overcast,18,?,?,2024-06-03,yes

    """

  @Test("dense rows read with declared types, quotes and missing values")
  func denseRows() throws {
    let data = try load(Self.dense, name: "weather.arff")
    #expect(data.format == "arff")
    #expect(data.columns.map(\.name) == ["outlook", "temp °C", "humidity", "note", "day", "play"])
    #expect(data.rowCount == 3)
    #expect(data.texts("outlook") == ["sunny", "light rain", "overcast"])
    let temperature = try #require(data.column("temp °C").numbers)
    #expect(temperature[0] == 21.5 && temperature[1].isNaN && temperature[2] == 18)
    #expect(data.texts("note") == ["it's hot", "wet \"day\"", nil])
    #expect(data.texts("day") == ["2024-06-01", nil, "2024-06-03"])
    #expect(data.labelName == "play")
  }

  @Test("nominal attributes keep their declared level order")
  func declaredOrder() throws {
    let data = try load(Self.dense, name: "weather.arff")
    #expect(data.column("outlook").categories?.levels == ["sunny", "overcast", "light rain"])
    #expect(data.classNames == ["yes", "no"])
    #expect(data.labelCodes == [1, 0, 0])
  }

  @Test("sparse rows fill left-out values with 0 or the first declared value")
  func sparseRows() throws {
    let text = """
      @relation sparse
      @attribute a numeric
      @attribute b numeric
      @attribute colour {red,green}
      @attribute class {pos,neg}
      @data
      {0 1.5, 3 neg}
      {1 2, 2 green, 3 pos}
      {}
      """
    let data = try load(text, name: "s.arff")
    #expect(data.column("a").numbers == [1.5, 0, 0])
    #expect(data.column("b").numbers == [0, 2, 0])
    #expect(data.texts("colour") == ["red", "green", "red"])
    #expect(data.texts("class") == ["neg", "pos", "pos"])
  }

  @Test("ARFF is recognised by its @relation line whatever the file name")
  func sniffed() throws {
    let data = try load("@relation r\n@attribute x numeric\n@attribute y {a,b}\n@data\n1,a\n2,b\n")
    #expect(data.format == "arff")
  }

  @Test("a value outside the declared set is an error with line and column")
  func undeclaredValue() {
    let text = "@relation r\n@attribute x numeric\n@attribute y {a,b}\n@data\n1,a\n2,c\n"
    let error = loadError(text, name: "r.arff")
    #expect(error?.kind == .dataError)
    #expect(
      error?.message == "r.arff:6:3: 'c' is not a declared value of 'y'; expected one of {a,b}")
  }

  @Test("a row with the wrong number of values is an error")
  func wrongCount() {
    let text = "@relation r\n@attribute x numeric\n@attribute y {a,b}\n@data\n1,a\n2\n"
    #expect(loadError(text, name: "r.arff")?.message == "r.arff:6: expected 2 values, found 1")
  }

  @Test("a non-number in a numeric attribute is an error")
  func badNumber() {
    let text = "@relation r\n@attribute x numeric\n@attribute y {a,b}\n@data\nten,a\n"
    #expect(
      loadError(text, name: "r.arff")?.message
        == "r.arff:5:1: expected a number for 'x', found 'ten'")
  }

  @Test("an unknown attribute type is an error")
  func unknownType() {
    let text = "@relation r\n@attribute x relational\n@data\n"
    #expect(
      loadError(text, name: "r.arff")?.message.hasPrefix("r.arff:2:14: unsupported type") == true)
  }

  @Test("an attribute name declared twice is an error naming it")
  func duplicateName() {
    let text = "@relation r\n@attribute x numeric\n@attribute 'x' real\n@attribute y {a,b}\n@data\n"
    #expect(
      loadError(text, name: "r.arff")?.message
        == "r.arff:3:12: attribute 'x' is declared twice; expected unique names")
  }

  @Test("a header without @data is an error")
  func noData() {
    let error = loadError("@relation r\n@attribute x numeric\n", name: "r.arff")
    #expect(error?.message == "r.arff: no @data line; expected the header to end with @data")
  }
}
