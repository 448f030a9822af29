import FulcrumCore

/// One strategy's small multiple: its training classes after the strategy, the confusion
/// matrix and key metrics (mean ± std over the folds), and a fairness line when there is one.
public struct StrategyPanel {
  public var run: StrategyRun
  public var isSelected: Bool

  /// Metrics shown in a panel, with short names.
  public static let metrics: [(title: String, name: String)] = [
    ("bal.acc", "balancedAccuracy"), ("F1", "macroF1"), ("G-mean", "gMean"), ("MCC", "mcc"),
  ]

  public init(run: StrategyRun, isSelected: Bool) {
    self.run = run
    self.isSelected = isSelected
  }

  /// Width of the metrics block beside (or under) the heatmap.
  static let metricWidth = 20

  /// Rows a panel `width` columns wide needs for `classes` classes, frame included: the
  /// metrics sit beside the heatmap when both fit across, else under it.
  public static func height(
    matrix: ConfusionMatrix, fairness: Bool, width: Int, charset: Charset
  ) -> Int {
    let shown = min(matrix.labels.count, 6)
    let fairnessRows = fairness ? 1 : 0
    if besideHeatmap(matrix, width: width - 2, charset: charset) {
      return 2 + shown + max(shown + 1, metrics.count) + fairnessRows
    }
    return 2 + shown + shown + 1 + metrics.count + fairnessRows
  }

  /// Whether the heatmap of `matrix` and the metrics fit side by side in `width`, with
  /// room for a cell as large as the whole matrix, so every strategy's panel agrees.
  static func besideHeatmap(_ matrix: ConfusionMatrix, width: Int, charset: Charset) -> Bool {
    let largest = matrix.labels.map { _ in matrix.labels.map { _ in matrix.total } }
    let heatmap = ConfusionHeatmap(
      labels: matrix.labels, counts: largest, maximumLabelWidth: 6)
    return heatmap.naturalWidth(charset: charset) + 1 + metricWidth <= width
  }

  /// `0.712±0.031` (or with `+-` where `±` cannot be shown).
  public static func meanAndSpread(_ run: StrategyRun, _ name: String, charset: Charset) -> String {
    guard let mean = run.mean(name) else { return Glyphs.undefined(charset) }
    var text = Formatting.fixed(mean, digits: 3)
    if let deviation = run.deviation(name) {
      text += Glyphs.plusMinus(charset) + Formatting.fixed(deviation, digits: 3)
    }
    return text
  }

  public func draw(on surface: Surface, rect: Rect) {
    let marker = isSelected ? (surface.charset == .unicode ? "▸ " : "> ") : ""
    let inside = Panel.draw(on: surface, rect: rect, title: marker + run.spec)
    if isSelected {
      surface.put(
        marker + run.spec, row: rect.row, col: rect.col + 3, role: .selection,
        maxWidth: max(0, rect.width - 6))
    }
    guard inside.width > 0, inside.height > 0 else { return }
    let charset = inside.charset
    let classes = run.classNames
    let shown = min(classes.count, 6)
    let histogram = Histogram(
      bars: zip(classes, run.trainingAfter).map {
        Histogram.Bar(label: $0, count: Int($1.rounded()))
      }, maximumLabelWidth: 8)
    histogram.draw(on: inside.region(Rect(row: 0, col: 0, height: shown, width: inside.width)))
    let matrix = run.evaluation.confusionMatrix
    let heatmap = ConfusionHeatmap(
      labels: matrix.labels, counts: matrix.counts, maximumLabelWidth: 6)
    let beside = StrategyPanel.besideHeatmap(matrix, width: inside.width, charset: charset)
    let heatWidth = min(
      heatmap.naturalWidth(charset: charset),
      beside ? inside.width - StrategyPanel.metricWidth - 1 : inside.width)
    heatmap.draw(
      on: inside.region(Rect(row: shown, col: 0, height: shown + 1, width: heatWidth)))
    let metricsRow = beside ? shown : shown + shown + 1
    let metricsCol = beside ? heatWidth + 1 : 0
    for (line, metric) in StrategyPanel.metrics.enumerated() {
      inside.put(metric.title, row: metricsRow + line, col: metricsCol, role: .muted)
      inside.put(
        StrategyPanel.meanAndSpread(run, metric.name, charset: charset), row: metricsRow + line,
        col: metricsCol + 8, maxWidth: inside.width - metricsCol - 8)
    }
    let heatRows =
      beside ? max(shown + 1, StrategyPanel.metrics.count) : shown + 1 + StrategyPanel.metrics.count
    if let fairness = run.fairness {
      inside.put(
        fairness, row: shown + heatRows, col: 0, role: .accent, maxWidth: inside.width)
    }
  }
}
