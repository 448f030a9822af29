import FulcrumCore

/// Horizontal bars, one per class, drawn with ⅛-block precision, each followed by its
/// count and its share of the total.
///
/// ```
/// good  ██████████████████████████▌    700  70.0%
/// bad   ███████████▍                   300  30.0%
/// ```
public struct Histogram: Sendable {
  /// One bar: what it counts and how many.
  public struct Bar: Sendable, Equatable {
    public var label: String
    public var count: Int

    public init(label: String, count: Int) {
      self.label = label
      self.count = count
    }
  }

  public var bars: [Bar]
  /// The widest a label may get before it is cut with an ellipsis.
  public var maximumLabelWidth: Int

  public init(bars: [Bar], maximumLabelWidth: Int = 24) {
    self.bars = bars
    self.maximumLabelWidth = maximumLabelWidth
  }

  /// Rows needed to show every bar.
  public var naturalHeight: Int { bars.count }

  /// Draws the bars from the top of `surface`; when there are more bars than rows, the
  /// last row says how many were left out.
  public func draw(on surface: Surface) {
    guard surface.height > 0, surface.width > 0, !bars.isEmpty else { return }
    let charset = surface.charset
    let total = bars.reduce(0) { $0 + $1.count }
    let largest = bars.map(\.count).max() ?? 0
    let labelWidth = min(
      bars.map { DisplayText.width($0.label, charset: charset) }.max() ?? 0,
      maximumLabelWidth, max(1, surface.width / 3))
    let countWidth = String(largest).count
    let percentWidth = 6
    var barWidth = surface.width - labelWidth - countWidth - percentWidth - 4
    let showPercent = barWidth >= 4
    if !showPercent { barWidth = surface.width - labelWidth - countWidth - 2 }

    let shown = bars.count <= surface.height ? bars.count : surface.height - 1
    for (index, bar) in bars.prefix(shown).enumerated() {
      surface.put(bar.label, row: index, col: 0, width: labelWidth, align: .left)
      var col = labelWidth + 1
      let role: Role = index % 2 == 0 ? .bar : .barAlt
      if barWidth > 0 {
        let glyphs = Histogram.barGlyphs(
          count: bar.count, largest: largest, width: barWidth, charset: charset)
        surface.put(glyphs, row: index, col: col, role: role, maxWidth: barWidth)
        col += barWidth + 1
      }
      surface.put(String(bar.count), row: index, col: col, width: countWidth, align: .right)
      if showPercent {
        let share = total > 0 ? Double(bar.count) / Double(total) : 0
        surface.put(
          Histogram.percent(share), row: index, col: col + countWidth + 1, width: percentWidth,
          align: .right, role: .muted)
      }
    }
    if shown < bars.count {
      let hidden = bars.count - shown
      let more = "\(charset.ellipsis) \(hidden) more \(hidden == 1 ? "class" : "classes")"
      surface.put(more, row: shown, col: 0, role: .muted)
    }
  }

  /// The bar for `count` when `largest` fills `width` columns, to the nearest eighth.
  ///
  /// A non-zero count always shows at least one eighth so it cannot be mistaken for zero.
  public static func barGlyphs(count: Int, largest: Int, width: Int, charset: Charset)
    -> String
  {
    guard largest > 0, count > 0, width > 0 else { return "" }
    let eighths = max(1, Int((Double(count) / Double(largest) * Double(width * 8)).rounded()))
    let glyphs = charset.eighths
    var bar = String(repeating: glyphs[7], count: eighths / 8)
    if eighths % 8 > 0 { bar += glyphs[eighths % 8 - 1] }
    if bar.isEmpty, charset == .ascii { bar = "." }
    return bar
  }

  /// A share as a percentage with one decimal, such as `70.0%`.
  public static func percent(_ share: Double) -> String {
    let tenths = Int((share * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
