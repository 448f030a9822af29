/// A group's rate as a ratio to the reference group's, drawn as a bar on a 0–2 scale with
/// the four-fifths band [0.8, 1.25] shaded behind it, followed by the ratio.
///
/// ```
/// ████████░░   0.83      inside the band
/// █████        0.52 !    outside: the bar and the flag take the `bad` role
/// ```
public struct DisparityBar: Sendable {
  /// The ratio the full width stands for.
  public static let scale = 2.0
  /// Columns taken by the number and flag after the bar.
  public static let numberWidth = 7

  /// The ratio, or nil when undefined.
  public var ratio: Double?
  public var band: ClosedRange<Double>
  public var outsideBand: Bool

  public init(ratio: Double?, band: ClosedRange<Double>, outsideBand: Bool) {
    self.ratio = ratio
    self.band = band
    self.outsideBand = outsideBand
  }

  /// Draws on the first row of `surface`, using its whole width.
  public func draw(on surface: Surface) {
    let charset = surface.charset
    let barWidth = surface.width - DisparityBar.numberWidth
    guard barWidth > 0 else { return }
    let shade = charset == .unicode ? "░" : ":"
    for cell in 0..<barWidth {
      let middle = (Double(cell) + 0.5) / Double(barWidth) * DisparityBar.scale
      if let ratio, middle <= ratio {
        surface.put(charset.fullBlock, row: 0, col: cell, role: outsideBand ? .bad : .good)
      } else if band.contains(middle) {
        surface.put(shade, row: 0, col: cell, role: .muted)
      }
    }
    guard let ratio else {
      surface.put(
        charset == .unicode ? "—" : "-", row: 0, col: barWidth, width: 5, align: .right,
        role: .muted)
      return
    }
    surface.put(
      Formatting.fixed(ratio, digits: 2), row: 0, col: barWidth, width: 5, align: .right,
      role: outsideBand ? .bad : .text)
    if outsideBand { surface.put("!", row: 0, col: barWidth + 6, role: .bad) }
  }
}
