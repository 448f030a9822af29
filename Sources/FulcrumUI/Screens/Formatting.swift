import FulcrumCore

/// Short renderings of numbers and sizes shared by the screens.
enum Formatting {
  /// A number with `digits` decimals (no locale: always a dot).
  static func fixed(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "-" : (value > 0 ? "inf" : "-inf") }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    // Beyond what an Int holds, Swift's own shortest form (with an exponent) is clearer.
    if scaled >= 1e18 { return "\(value)" }
    let whole = Int(scaled / scale)
    let fraction = Int(scaled) - whole * Int(scale)
    let sign = value < 0 && scaled > 0 ? "-" : ""
    guard digits > 0 else { return sign + String(whole) }
    let fractionText = String(fraction)
    return sign + "\(whole)."
      + String(repeating: "0", count: digits - fractionText.count) + fractionText
  }

  /// A summary statistic: integers as such, others with up to 4 significant decimals.
  static func statistic(_ value: Double?) -> String {
    guard let value else { return "" }
    if value == value.rounded(), abs(value) < 1e15 { return formatNumber(value) }
    return abs(value) >= 1000 ? fixed(value, digits: 1) : fixed(value, digits: 3)
  }

  /// A byte count as B, KB, MB or GB.
  static func bytes(_ count: Int?) -> String {
    guard let count else { return "" }
    let units = ["B", "KB", "MB", "GB"]
    var value = Double(count)
    var unit = 0
    while value >= 1024, unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    return unit == 0 ? "\(count) B" : fixed(value, digits: value < 10 ? 1 : 0) + " " + units[unit]
  }

  /// Seconds as `0.4 s` or `12 s`.
  static func seconds(_ value: Double) -> String {
    value < 10 ? fixed(value, digits: 1) + " s" : fixed(value, digits: 0) + " s"
  }

  /// `rows × columns`, with an ASCII `x` when the terminal cannot show `×`.
  static func shape(rows: Int, columns: Int, charset: Charset) -> String {
    "\(rows) \(charset == .unicode ? "×" : "x") \(columns)"
  }
}
