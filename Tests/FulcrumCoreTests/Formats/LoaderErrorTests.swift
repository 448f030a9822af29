import Foundation
import Testing

@testable import FulcrumCore

@Suite("Loader errors")
struct LoaderErrorTests {
  @Test("an empty file is a data error")
  func emptyFile() {
    let error = loadError("")
    #expect(error == FulcrumError(.dataError, "table.csv: the file is empty; expected a table"))
  }

  @Test("a header without rows is a data error")
  func headerOnly() {
    let error = loadError("a,b,label\n")
    #expect(error?.message == "table.csv: no data rows; expected rows below the header")
  }

  @Test("a short row names its line and suspects the delimiter")
  func raggedShort() {
    let text = "a;b;label\n1;2;x\n3;4;y\n5,6;z\n"
    let message = loadError(text)?.message
    #expect(message == "table.csv:4: expected 3 fields, found 2 (is the delimiter ','?)")
  }

  @Test("a long row suggests quoting")
  func raggedLong() {
    let error = loadError("a,b,label\n1,2,x\n3,4,y,z\n")
    #expect(
      error?.message
        == "table.csv:3: expected 3 fields, found 4 (a value that holds ',' must be quoted)")
  }

  @Test("an unterminated quote names where it opened")
  func unterminatedQuote() {
    let error = loadError("a,b,label\n1,2,x\n3,\"oops,y\n4,5,z\n")
    #expect(error?.kind == .dataError)
    #expect(error?.message == "table.csv:3:3: the quoted field never ends; expected a closing \"")
  }

  @Test("text after a closing quote is an error")
  func textAfterQuote() {
    let error = loadError("a,label\n\"x\"y,p\n")
    #expect(error?.message.hasPrefix("table.csv:2:4: text after a closing quote") == true)
  }

  @Test("invalid UTF-8 names line and column")
  func invalidUTF8() {
    var bytes = Array("name,label\nok,a\nd".utf8)
    bytes += [0xE9]
    bytes += Array("j,b\n".utf8)
    let error = loadError(bytes)
    #expect(error?.kind == .dataError)
    #expect(error?.message.hasPrefix("table.csv:3:1: invalid UTF-8; expected UTF-8 text") == true)
  }

  @Test("a binary file is rejected")
  func binary() {
    let error = loadError([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00], name: "prog")
    #expect(error?.kind == .dataError)
    #expect(error?.message == "prog:1:8: binary data (a NUL byte); expected a text table")
  }

  @Test("UTF-16 text is rejected with a hint")
  func utf16() {
    let error = loadError([0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00])
    #expect(error?.message.contains("UTF-16 text; expected UTF-8") == true)
  }

  @Test("a file that cannot be opened is .noInput (exit 66)")
  func missingFile() {
    do {
      _ = try DatasetLoader.load(path: "/nonexistent/fulcrum/none.csv")
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .noInput)
      #expect(error.exitCode == 66)
      #expect(error.message.hasPrefix("/nonexistent/fulcrum/none.csv: cannot open the file"))
    }
  }

  @Test("a directory is .noInput")
  func directory() {
    #expect(throws: FulcrumError.self) { try DatasetLoader.load(path: NSTemporaryDirectory()) }
    do {
      _ = try DatasetLoader.load(path: NSTemporaryDirectory())
    } catch {
      #expect(error.kind == .noInput)
    }
  }

  @Test("data errors map to exit code 65")
  func exitCode() {
    #expect(loadError("")?.exitCode == 65)
  }
}
