import Testing

@testable import FulcrumCore

@Suite("Label column")
struct LabelDetectionTests {
  @Test("--label picks the named column, exactly or ignoring case")
  func requested() throws {
    let text = "sex,risk,age\nm,good,30\nf,bad,40\n"
    #expect(try load(text, options: LoadOptions(label: "sex")).labelName == "sex")
    #expect(try load(text, options: LoadOptions(label: "RISK")).labelName == "risk")
  }

  @Test("a missing --label column is an error listing the columns")
  func requestedMissing() {
    let error = loadError("sex,risk\nm,good\nf,bad\n", options: LoadOptions(label: "income"))
    #expect(error?.kind == .dataError)
    #expect(
      error?.message == "table.csv: no column named 'income' for --label; columns: sex, risk")
  }

  @Test(
    "a conventional name wins over the last column, ignoring case",
    arguments: ["label", "Class", "TARGET", "y", "Outcome"])
  func conventional(name: String) throws {
    let data = try load("a,\(name),b\n1,p,x\n2,q,y\n")
    #expect(data.labelName == name)
  }

  @Test("the earlier conventional name wins when several are present")
  func conventionalOrder() throws {
    #expect(try load("y,class,z\n1,p,x\n2,q,y\n").labelName == "class")
  }

  @Test("without a conventional name the last column is the label")
  func lastColumn() throws {
    #expect(try load("a,b,survived\n1,2,0\n3,4,1\n").labelName == "survived")
  }

  @Test("a numeric label becomes classes named like integers, in numeric order")
  func numericLabel() throws {
    let data = try load("x,label\n1,10\n2,2\n3,0\n4,2.0\n5,1.5\n")
    #expect(data.classNames == ["0", "1.5", "2", "10"])
    #expect(data.labelCodes == [3, 2, 0, 2, 1])
  }

  @Test("rows without a label are dropped with a note")
  func missingLabelRows() throws {
    let data = try load("x,label\n1,a\n2,\n3,b\n4,NA\n")
    #expect(data.rowCount == 2)
    #expect(data.column("x").numbers == [1, 3])
    #expect(data.notes.contains("dropped 2 rows with no 'label' value"))
  }

  @Test("a label with one class is an error")
  func oneClass() {
    let error = loadError("x,label\n1,a\n2,a\n3,\n")
    #expect(error?.kind == .dataError)
    #expect(
      error?.message == "table.csv: the label column 'label' has only one class ('a'); "
        + "expected at least two classes (choose another with --label)")
  }
}
