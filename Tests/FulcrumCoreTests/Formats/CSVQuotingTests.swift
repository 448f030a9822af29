import Testing

@testable import FulcrumCore

@Suite("CSV quoting and line endings")
struct CSVQuotingTests {
  @Test("doubled quotes inside quotes stand for one quote")
  func doubledQuotes() throws {
    let data = try load("name,label\n\"say \"\"hi\"\"\",a\n\"plain\",b\n")
    #expect(data.texts("name") == ["say \"hi\"", "plain"])
  }

  @Test("a quoted field keeps its delimiter and line breaks")
  func embeddedDelimiterAndNewline() throws {
    let data = try load("note,label\n\"one, two\",a\n\"line 1\nline 2\",b\n")
    #expect(data.texts("note") == ["one, two", "line 1\nline 2"])
    #expect(data.rowCount == 2)
  }

  @Test("line numbers count the line breaks inside quoted fields")
  func lineNumbersAfterEmbeddedNewline() {
    let error = loadError("a,b\n\"x\ny\",1\n2\n")
    #expect(error?.message == "table.csv:4: expected 2 fields, found 1")
  }

  @Test("CRLF and lone CR end records")
  func crlf() throws {
    let data = try load("x,label\r\n1.5,a\r\n2.5,b\r\n")
    #expect(data.column("x").numbers == [1.5, 2.5])
    #expect(data.classNames == ["a", "b"])
    let oldMac = try load("x,label\r1,a\r2,b\r")
    #expect(oldMac.column("x").numbers == [1, 2])
  }

  @Test("a UTF-8 byte-order mark is skipped")
  func byteOrderMark() throws {
    let data = try load("\u{FEFF}name,label\nx,a\ny,b\n")
    #expect(data.columns[0].name == "name")
  }

  @Test("spaces around values and quotes are ignored, inside quotes kept")
  func padding() throws {
    let data = try load("x , name,label\n 1 , \" a \" ,p\n2,b,q\n")
    #expect(data.column("x").numbers == [1, 2])
    #expect(data.texts("name") == [" a ", "b"])
  }

  @Test("a last line without a line break is read")
  func noFinalNewline() throws {
    let data = try load("x,label\n1,a\n2,b")
    #expect(data.rowCount == 2)
  }

  @Test("blank lines are skipped")
  func blankLines() throws {
    let data = try load("x,label\n\n1,a\n\n2,b\n\n")
    #expect(data.column("x").numbers == [1, 2])
  }

  @Test("records that straddle the read window give the same table")
  func smallWindow() throws {
    let text = "id,\"long\nname\",label\r\n1,\"a \"\"b\"\"\nc\",x\r\n2,plain,y\r\n3,\"\",x\r\n"
    let source = InputSource(bytes: Array(text.utf8), name: "t.csv")
    let wide = try CSVReader.read(source, options: LoadOptions())
    for window in [1, 2, 3, 5, 8] {
      let narrow = try CSVReader.read(source, options: LoadOptions(), window: window)
      #expect(narrow.columns == wide.columns, "window \(window)")
    }
    #expect(wide.columns[1].name == "long\nname")
    #expect(wide.columns[1].text(at: 0) == "a \"b\"\nc")
    #expect(wide.columns[1].isMissing(2))
  }
}
