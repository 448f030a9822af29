import FulcrumCore

/// A confusion matrix drawn as a heatmap: rows are true classes, columns predicted ones,
/// and every cell shows its number on a shade of the theme's heat scale.
///
/// ```
///        bad good
/// bad     93  207
/// good    74  626
/// ```
///
/// With more classes than fit, a window of consecutive classes (the same for rows and
/// columns, starting at `first`) is shown; `visibleClasses(width:height:)` says how many.
public struct ConfusionHeatmap: Sendable {
  public var labels: [String]
  /// `counts[truth][predicted]`.
  public var counts: [[Int]]
  /// Show each row as percentages of its total instead of counts.
  public var normalised: Bool
  /// The true class whose row label is highlighted, if any.
  public var selected: Int?
  /// First class of the window shown when not every class fits.
  public var first: Int
  /// The widest a row label may get before it is cut.
  public var maximumLabelWidth: Int

  /// Column headings longer than this are cut rather than widening every cell.
  public static let maximumHeadingWidth = 6
  /// The heat roles from faintest to strongest.
  public static let heatRoles: [Role] = [.heat1, .heat2, .heat3, .heat4, .heat5]

  public init(
    labels: [String], counts: [[Int]], normalised: Bool = false, selected: Int? = nil,
    first: Int = 0, maximumLabelWidth: Int = 12
  ) {
    precondition(counts.count == labels.count, "one row of counts per label")
    self.labels = labels
    self.counts = counts
    self.normalised = normalised
    self.selected = selected
    self.first = first
    self.maximumLabelWidth = maximumLabelWidth
  }

  /// The text of one cell: a count, or a row percentage (`<1` for a small non-zero share,
  /// `—` for a row with no rows at all).
  public func text(truth: Int, predicted: Int, charset: Charset) -> String {
    let count = counts[truth][predicted]
    guard normalised else { return String(count) }
    let total = counts[truth].reduce(0, +)
    guard total > 0 else { return charset == .unicode ? "—" : "-" }
    let percent = Double(count) * 100 / Double(total)
    if count > 0, percent < 0.5 { return "<1" }
    return String(Int(percent.rounded()))
  }

  /// The heat role of a cell, or `.muted` for an empty one.
  public func role(truth: Int, predicted: Int) -> Role {
    let count = counts[truth][predicted]
    guard count > 0 else { return .muted }
    let scale: Int
    if normalised {
      scale = counts[truth].reduce(0, +)
    } else {
      scale = counts.map { $0.max() ?? 0 }.max() ?? 0
    }
    guard scale > 0 else { return .muted }
    let steps = ConfusionHeatmap.heatRoles.count
    let level = Int((Double(count) / Double(scale) * Double(steps)).rounded(.up))
    return ConfusionHeatmap.heatRoles[min(steps, max(1, level)) - 1]
  }

  /// Width of the row-label column.
  public func labelWidth(charset: Charset) -> Int {
    let widest = labels.map { DisplayText.width($0, charset: charset) }.max() ?? 1
    return max(1, min(widest, maximumLabelWidth))
  }

  /// Width of every cell: the widest number or class name (names cut at
  /// `maximumHeadingWidth`) plus one column of separation, and at least 4.
  public func cellWidth(charset: Charset) -> Int {
    let headings = labels.map { DisplayText.width($0, charset: charset) }.max() ?? 0
    var widest = max(3, min(headings, ConfusionHeatmap.maximumHeadingWidth))
    for truth in labels.indices {
      for predicted in labels.indices {
        let text = self.text(truth: truth, predicted: predicted, charset: charset)
        widest = max(widest, DisplayText.width(text, charset: charset))
      }
    }
    return widest + 1
  }

  /// How many classes fit on a `width` × `height` surface (the heading row included).
  public func visibleClasses(width: Int, height: Int, charset: Charset) -> Int {
    let across = (width - labelWidth(charset: charset)) / cellWidth(charset: charset)
    return max(0, min(labels.count, across, height - 1))
  }

  /// The width the heatmap needs to show every class.
  public func naturalWidth(charset: Charset) -> Int {
    labelWidth(charset: charset) + labels.count * cellWidth(charset: charset)
  }

  public func draw(on surface: Surface) {
    let charset = surface.charset
    let shown = visibleClasses(width: surface.width, height: surface.height, charset: charset)
    guard shown > 0 else { return }
    let start = max(0, min(first, labels.count - shown))
    let window = start..<(start + shown)
    let labelWidth = self.labelWidth(charset: charset)
    let cellWidth = self.cellWidth(charset: charset)
    for (offset, predicted) in window.enumerated() {
      surface.put(
        labels[predicted], row: 0, col: labelWidth + offset * cellWidth + 1,
        width: cellWidth - 1, align: .right, role: .header)
    }
    for (line, truth) in window.enumerated() {
      let row = line + 1
      surface.put(
        labels[truth], row: row, col: 0, width: labelWidth, align: .left,
        role: truth == selected ? .selection : .header)
      for (offset, predicted) in window.enumerated() {
        surface.put(
          text(truth: truth, predicted: predicted, charset: charset), row: row,
          col: labelWidth + offset * cellWidth, width: cellWidth, align: .right,
          role: role(truth: truth, predicted: predicted))
      }
    }
  }
}
