import FulcrumCore
import Testing

@Suite("Markdown report")
struct MarkdownReportRendererTests {
  @Test("renders the class and column tables")
  func credit() {
    let text = MarkdownReportRenderer(barWidth: 4).render(
      Report(describing: ReportFixtures.credit))
    let expected = """
      # credit.csv

      4 rows · 3 columns · csv · label `risk`

      ## Classes

      | class | rows | share | |
      |---|---:|---:|---|
      | bad | 1 | 25.0% | `█▍  ` |
      | good | 3 | 75.0% | `████` |

      Imbalance ratio 3.00, entropy balance 0.81.

      ## Columns

      | name | type | missing | distinct | min | mean | max | top levels |
      |---|---|---:|---:|---:|---:|---:|---|
      | sex | categorical | 0 | 2 |  |  |  | male 3, female 1 |
      | age | numeric | 1 | 3 | 22 | 32.83 | 41 |  |
      | risk | categorical | 0 | 2 |  |  |  | good 3, bad 1 |

      """
    #expect(text == expected)
  }

  @Test("escapes pipes in data so the table keeps its columns")
  func pipes() {
    let dataset = Dataset(
      path: "p.csv", format: "csv",
      columns: [Column(name: "y", storage: .categorical(codes: [0, 1], levels: ["a|b", "c"]))],
      labelIndex: 0)
    let text = MarkdownReportRenderer().render(Report(describing: dataset))
    #expect(text.contains("| a\\|b | 1 | 50.0% |"))
  }
}
