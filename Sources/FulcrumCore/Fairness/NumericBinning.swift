import Foundation

/// How a numeric sensitive column is split into groups.
///
/// - `quartiles`: edges at the 0, 25, 50, 75 and 100 % quantiles of the non-missing values
///   (linear interpolation between order statistics, as NumPy's default), with repeated edges
///   dropped — so tied values never straddle two bins and fewer than four bins may remain. Bins
///   are closed on the right, the first also on the left: `[e0, e1]`, `(e1, e2]`, … — the same
///   rows pandas' `qcut(…, 4, duplicates="drop")` puts together. A column with a single
///   distinct value gives one bin `[v, v]`.
/// - `cutPoints`: bins closed on the left and open on the right: `<c1` is x < c1, `c1–c2` is
///   c1 ≤ x < c2, and `≥ck` is x ≥ ck. Every bin is listed, even one no row falls in.
///
/// Missing values (NaN) fall in no bin; `SensitiveGroups` gives them a `(missing)` group.
public enum NumericBinning: Sendable, Equatable {
  case quartiles
  case cutPoints([Double])

  /// The bins of one column: a label per bin and, per row, its bin or nil when missing.
  public struct Result: Sendable, Equatable {
    /// Bin labels in increasing order of value.
    public var labels: [String]
    /// The bin edges (quantiles after dropping repeats) or the cut points.
    public var edges: [Double]
    /// The bin of each row; nil for a missing value.
    public var bins: [Int?]
  }

  /// Assigns every value to its bin.
  /// - Complexity: O(n log n) for quartiles (a sort), O(n log k) for k cut points.
  public func apply(to values: [Double]) -> Result {
    switch self {
    case .cutPoints(let cuts):
      precondition(!cuts.isEmpty, "cut points must not be empty")
      var labels = ["<" + Self.label(cuts[0])]
      for index in 1..<cuts.count {
        labels.append(Self.label(cuts[index - 1]) + "–" + Self.label(cuts[index]))
      }
      labels.append("≥" + Self.label(cuts[cuts.count - 1]))
      // Bin = number of cut points at or below the value: left-closed bins.
      let bins = values.map { value -> Int? in
        value.isNaN ? nil : Self.countAtOrBelow(value, in: cuts)
      }
      return Result(labels: labels, edges: cuts, bins: bins)
    case .quartiles:
      let edges = Self.quartileEdges(of: values)
      guard !edges.isEmpty else {
        return Result(labels: [], edges: [], bins: values.map { _ in nil })
      }
      if edges.count == 1 {
        let only = Self.label(edges[0])
        return Result(
          labels: ["[\(only), \(only)]"], edges: edges, bins: values.map { $0.isNaN ? nil : 0 })
      }
      var labels: [String] = []
      for index in 1..<edges.count {
        let open = index == 1 ? "[" : "("
        labels.append("\(open)\(Self.label(edges[index - 1])), \(Self.label(edges[index]))]")
      }
      // Right-closed bins: the bin of x is the first edge at or above x, less one; the lowest
      // edge itself belongs to the first bin.
      let inner = Array(edges.dropFirst())
      let bins = values.map { value -> Int? in
        value.isNaN ? nil : Self.countBelow(value, in: inner)
      }
      return Result(labels: labels, edges: edges, bins: bins)
    }
  }

  /// Quantile edges at 0, ¼, ½, ¾ and 1 with repeats removed; empty without values.
  static func quartileEdges(of values: [Double]) -> [Double] {
    let sorted = values.filter { !$0.isNaN }.sorted()
    guard !sorted.isEmpty else { return [] }
    var edges: [Double] = []
    for quarter in 0...4 {
      let position = Double(sorted.count - 1) * Double(quarter) / 4
      let lower = Int(position.rounded(.down))
      let upper = min(lower + 1, sorted.count - 1)
      let fraction = position - Double(lower)
      let edge = sorted[lower] + fraction * (sorted[upper] - sorted[lower])
      if edges.last != edge { edges.append(edge) }
    }
    return edges
  }

  /// How many of the increasing `edges` are ≤ `value`.
  private static func countAtOrBelow(_ value: Double, in edges: [Double]) -> Int {
    var low = 0
    var high = edges.count
    while low < high {
      let middle = (low + high) / 2
      if edges[middle] <= value { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// How many of the increasing `edges` are < `value`, capped at the last bin.
  private static func countBelow(_ value: Double, in edges: [Double]) -> Int {
    var low = 0
    var high = edges.count
    while low < high {
      let middle = (low + high) / 2
      if edges[middle] < value { low = middle + 1 } else { high = middle }
    }
    return min(low, edges.count - 1)
  }

  /// A number for a bin label: exact for integers, six significant digits otherwise.
  static func label(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return formatNumber(value) }
    return formatNumber(Double(String(format: "%.6g", value)) ?? value)
  }
}
