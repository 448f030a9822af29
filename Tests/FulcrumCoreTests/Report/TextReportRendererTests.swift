import FulcrumCore
import Testing

@Suite("Text report")
struct TextReportRendererTests {
  @Test("renders the summary, an eighth-block histogram and an aligned column table")
  func credit() {
    let text = TextReportRenderer(barWidth: 8).render(Report(describing: ReportFixtures.credit))
    let expected = """
      credit.csv
        4 rows · 3 columns · csv · label risk

      Classes (2)
        bad   ██▋      1  25.0%
        good  ████████ 3  75.0%
        imbalance ratio 3.00 · entropy balance 0.81

      Columns (3)
        name  type         missing  distinct  min   mean  max  top levels
        sex   categorical        0         2                   male 3, female 1
        age   numeric            1         3   22  32.83   41
        risk  categorical        0         2                   good 3, bad 1

      """
    #expect(text == expected)
  }

  @Test("shows undefined ratios and statistics as a dash")
  func undefined() {
    let text = TextReportRenderer(barWidth: 4).render(Report(describing: ReportFixtures.oneClass))
    let expected = """
      same.csv
        3 rows · 2 columns · csv · label y

      Classes (1)
        yes  ████ 3 100.0%
        imbalance ratio — · entropy balance —

      Columns (2)
        name  type         missing  distinct  min  mean  max  top levels
        x     numeric            3         0    —     —    —
        y     categorical        0         1                  yes 3

      """
    #expect(text == expected)
  }

  @Test("lists the notes made while loading")
  func notes() {
    var dataset = ReportFixtures.credit
    dataset.notes = ["line 7: dropped an empty row"]
    let text = TextReportRenderer().render(Report(describing: dataset))
    #expect(text.hasSuffix("\nNotes\n  - line 7: dropped an empty row\n"))
  }

  @Test("aligns wide class names by display width and shows control characters as escapes")
  func wideNames() {
    let dataset = Dataset(
      path: "x\u{1B}[2J.csv", format: "csv",
      columns: [
        Column(name: "y", storage: .categorical(codes: [0, 1, 1], levels: ["猫", "dog"]))
      ],
      labelIndex: 0)
    let lines = TextReportRenderer(barWidth: 2).render(Report(describing: dataset))
      .split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == #"x\x1b[2J.csv"#)
    #expect(lines[4] == "  猫   █  1  33.3%")
    #expect(lines[5] == "  dog  ██ 2  66.7%")
  }
}
