/// Writes records as comma-separated text (RFC 4180): a field is quoted when it holds a
/// comma, a quote, a line break or surrounding spaces, or is empty text rather than
/// missing; quotes inside are doubled. A missing value is an empty field.
public enum CSVWriter {
  /// One record and its line ending.
  public static func line(_ fields: [String?]) -> String {
    fields.map(field).joined(separator: ",") + "\n"
  }

  static func field(_ value: String?) -> String {
    guard let value else { return "" }
    let needsQuotes =
      value.isEmpty || value.first == " " || value.last == " "
      || value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
