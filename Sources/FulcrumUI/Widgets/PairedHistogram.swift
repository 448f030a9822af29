import FulcrumCore

/// Two bars per class on one scale, such as a training set before and after a strategy.
///
/// ```
/// bad   before ███████▌          240
///       after  ██████████████▉   480
/// good  before ████████████████  560
///       after  ████████████████  560
/// ```
public struct PairedHistogram: Sendable {
  public var labels: [String]
  public var first: [Double]
  public var second: [Double]
  public var firstName: String
  public var secondName: String

  public init(
    labels: [String], first: [Double], second: [Double], firstName: String = "before",
    secondName: String = "after"
  ) {
    precondition(first.count == labels.count && second.count == labels.count, "one per label")
    self.labels = labels
    self.first = first
    self.second = second
    self.firstName = firstName
    self.secondName = secondName
  }

  /// Rows needed to show every pair.
  public var naturalHeight: Int { labels.count * 2 }

  /// A count as an integer when it is one, else with one decimal (weights, fold means).
  public static func amount(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15
      ? String(Int(value)) : Formatting.fixed(value, digits: 1)
  }

  public func draw(on surface: Surface) {
    guard surface.width > 0, surface.height > 0, !labels.isEmpty else { return }
    let charset = surface.charset
    let largest = max(first.max() ?? 0, second.max() ?? 0)
    let labelWidth = min(
      labels.map { DisplayText.width($0, charset: charset) }.max() ?? 0, 12,
      max(1, surface.width / 4))
    let nameWidth = max(firstName.count, secondName.count)
    let amountWidth = (first + second).map { PairedHistogram.amount($0).count }.max() ?? 1
    let barWidth = surface.width - labelWidth - nameWidth - amountWidth - 3
    let pairs = min(labels.count, surface.height / 2)
    for index in 0..<pairs {
      let row = index * 2
      surface.put(labels[index], row: row, col: 0, width: labelWidth, align: .left)
      for (offset, (name, values, role)) in [
        (firstName, first, Role.barAlt), (secondName, second, Role.bar),
      ].enumerated() {
        let value = values[index]
        var col = labelWidth + 1
        col += surface.put(name, row: row + offset, col: col, role: .muted)
        col = labelWidth + nameWidth + 2
        if barWidth > 0 {
          // Eighths of a cell, so a scale shared by both bars keeps small differences visible.
          let scaled = Int((value * 1000).rounded())
          let glyphs = Histogram.barGlyphs(
            count: scaled, largest: Int((largest * 1000).rounded()), width: barWidth,
            charset: charset)
          surface.put(glyphs, row: row + offset, col: col, role: role, maxWidth: barWidth)
          col += barWidth + 1
        }
        surface.put(
          PairedHistogram.amount(value), row: row + offset, col: col, width: amountWidth,
          align: .right)
      }
    }
    if pairs < labels.count, surface.height > pairs * 2 {
      let hidden = labels.count - pairs
      surface.put(
        "\(charset.ellipsis) \(hidden) more", row: pairs * 2, col: 0, role: .muted)
    }
  }
}
