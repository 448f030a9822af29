import Foundation

/// The output formats a report can be written in.
public enum ReportFormat: String, CaseIterable, Sendable {
  case text
  case json
  case markdown

  /// `report` in this format, ending with a newline.
  public func render(_ report: Report) -> String {
    switch self {
    case .text: TextReportRenderer().render(report)
    case .json: JSONReportRenderer.render(report)
    case .markdown: MarkdownReportRenderer().render(report)
    }
  }
}

/// Renders a report as JSON: camelCase keys in sorted order, `null` for undefined values.
public enum JSONReportRenderer {
  public static func render(_ report: Report) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Undefined values are nil and encode as null; a stray non-finite number is written as
    // a string instead of failing, so encoding a report cannot throw.
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    let data = try! encoder.encode(report)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
