/// A horizontal bar drawn with the eight partial blocks `▏▎▍▌▋▊▉█`, so its length is
/// exact to one eighth of a character cell.
public enum EighthBlockBar {
  /// The partial blocks, one eighth to seven eighths.
  static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// A bar for `value` on a scale where `scale` fills `width` cells, padded with spaces
  /// to exactly `width` cells. A positive value never disappears: it gets at least `▏`.
  public static func bar(_ value: Double, of scale: Double, width: Int) -> String {
    precondition(width >= 0, "negative bar width")
    guard scale > 0, value > 0 else { return String(repeating: " ", count: width) }
    let fraction = Swift.min(value / scale, 1)
    let eighths = Swift.max(1, Int((fraction * Double(width * 8)).rounded()))
    var text = String(repeating: "█", count: eighths / 8)
    if eighths % 8 > 0 { text.append(partials[eighths % 8 - 1]) }
    let drawn = (eighths + 7) / 8
    return text + String(repeating: " ", count: Swift.max(0, width - drawn))
  }
}
