import Testing

@testable import FulcrumCore

@Suite("Fold notes")
struct FoldNotesTests {
  @Test("notes that differ only in figures become one note with ranges")
  func ranges() {
    let merged = FoldNotes.merge([
      ["tomek: 57 Tomek links; removed 57 rows", "weights range 0.002–5.384"],
      ["tomek: 68 Tomek links; removed 68 rows", "weights range 0.004–5.1"],
      ["tomek: 61 Tomek links; removed 61 rows", "weights range 0.002–5.658"],
    ])
    #expect(
      merged == [
        "tomek: 57…68 Tomek links; removed 57…68 rows", "weights range 0.002…0.004–5.1…5.658",
      ])
  }

  @Test("identical notes stay as they are; a note only some folds made names its fold")
  func partial() {
    let merged = FoldNotes.merge([
      ["smote: added 320 rows at k=5"],
      ["smote: added 320 rows at k=5", "no borderline rows in class 'a'"],
    ])
    #expect(merged == ["smote: added 320 rows at k=5", "no borderline rows in class 'a' (fold 2)"])
  }
}
