/// Renders a fairness block as plain text or Markdown, for appending to a report.
///
/// Both show, per positive class: a group table (size, each rate with its 95 % interval), the
/// ratios to the reference group with `!` marking those outside the four-fifths band, the
/// aggregates, and the notes; then any limit checks. Undefined values print as `—`.
public enum FairnessRenderer {
  /// A rate or aggregate as the tables show it: three decimals, `—` when undefined.
  public static func number(_ value: Double?) -> String { FairnessFormat.number(value) }

  /// The block as aligned plain text.
  public static func text(_ result: FairnessResult, checks: [FairnessLimitCheck] = []) -> String {
    render(result, checks: checks, markdown: false)
  }

  /// The block as Markdown (headings, tables and bullet lists).
  public static func markdown(_ result: FairnessResult, checks: [FairnessLimitCheck] = [])
    -> String
  {
    render(result, checks: checks, markdown: true)
  }

  private static func render(
    _ result: FairnessResult, checks: [FairnessLimitCheck], markdown: Bool
  ) -> String {
    func heading(_ title: String, level: Int) -> String {
      markdown ? String(repeating: "#", count: level + 1) + " " + title : title
    }
    func table(_ table: ReportTable) -> String {
      (markdown ? table.markdown() : table.text(indent: "")).joined(separator: "\n")
    }
    func list(_ items: [String]) -> String {
      items.map { (markdown ? "- " : "  - ") + $0 }.joined(separator: "\n")
    }

    var blocks = [heading("Fairness", level: 1), list(summary(result))]
    for outcome in result.outcomes {
      if result.outcomes.count > 1 {
        blocks.append(heading("Positive label \(outcome.positiveLabel) (one-vs-rest)", level: 2))
      }
      blocks.append(table(groupTable(outcome, weighted: result.weighted)))
      blocks.append(
        "Ratio to reference group \(result.referenceGroup) "
          + "(! = outside the four-fifths band [0.8, 1.25]):")
      blocks.append(table(ratioTable(outcome)))
      blocks.append("Across groups (! = ratio below 0.8):")
      blocks.append(table(aggregateTable(outcome.aggregates)))
      if !outcome.notes.isEmpty { blocks.append("Notes:\n" + list(outcome.notes)) }
    }
    if !result.notes.isEmpty { blocks.append("Groups:\n" + list(result.notes)) }
    if !checks.isEmpty {
      let lines = checks.map { "\($0.status.rawValue): \($0.message)" }
      blocks.append("Limits:\n" + list(lines))
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// Which columns, positive label and reference group, and why each was chosen.
  private static func summary(_ result: FairnessResult) -> [String] {
    let columns = result.sensitive.map { attribute in
      switch attribute.grouping {
      case .categories: attribute.column
      case .quartiles: "\(attribute.column) (quartiles, bins closed on the right)"
      case .cutPoints:
        "\(attribute.column) (cut at "
          + attribute.edges.map(formatNumber).joined(separator: ", ")
          + ", bins closed on the left)"
      }
    }
    let positive: String =
      switch result.positiveLabelSource {
      case .given: "\(result.positiveLabel ?? "?") (given)"
      case .minority: "\(result.positiveLabel ?? "?") (the minority class)"
      case .oneVsRest: "each class against the rest"
      }
    let reference = result.referenceSource == .given ? "given" : "the largest group"
    return [
      "Sensitive: \(columns.joined(separator: " × "))",
      "Positive label: \(positive)",
      "Reference group: \(result.referenceGroup) (\(reference))",
      "Intervals: 95 % Wilson score"
        + (result.weighted ? " over Kish's effective n; rows weighted" : ""),
    ]
  }

  private static func groupTable(_ outcome: FairnessOutcome, weighted: Bool) -> ReportTable {
    ReportTable(
      header: [
        "group", weighted ? "n (weighted)" : "n", "base rate", "selection rate", "TPR", "FPR",
        "precision", "accuracy",
      ],
      rows: outcome.groups.map { group in
        [
          group.name, FairnessFormat.size(group, weighted: weighted),
          FairnessFormat.rate(group.baseRate), FairnessFormat.rate(group.selectionRate),
          FairnessFormat.rate(group.truePositiveRate),
          FairnessFormat.rate(group.falsePositiveRate), FairnessFormat.rate(group.precision),
          FairnessFormat.rate(group.accuracy),
        ]
      })
  }

  private static func ratioTable(_ outcome: FairnessOutcome) -> ReportTable {
    ReportTable(
      header: ["group", "selection rate", "TPR", "FPR"],
      rows: outcome.groups.map { group in
        let ratios = group.ratioToReference
        return [
          group.name, FairnessFormat.ratio(ratios.selectionRate),
          FairnessFormat.ratio(ratios.truePositiveRate),
          FairnessFormat.ratio(ratios.falsePositiveRate),
        ]
      })
  }

  private static func aggregateTable(_ aggregates: FairnessAggregates) -> ReportTable {
    let pairs: [(String, FairnessMeasure, FairnessMeasure)] = [
      ("demographic parity", .demographicParityDifference, .demographicParityRatio),
      ("equalized odds", .equalizedOddsDifference, .equalizedOddsRatio),
      ("equal opportunity", .equalOpportunityDifference, .equalOpportunityRatio),
    ]
    return ReportTable(
      header: ["aggregate", "difference", "ratio"],
      rows: pairs.map { title, difference, ratio in
        [
          title, FairnessFormat.number(aggregates[difference]),
          FairnessFormat.number(aggregates[ratio])
            + (ReferenceRatio(value: aggregates[ratio]).outsideBand == true ? " !" : ""),
        ]
      })
  }
}
