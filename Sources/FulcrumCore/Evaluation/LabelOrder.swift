/// The order of class labels in confusion matrices and reports.
///
/// When every label reads as a number they sort numerically (so `2` comes before `10`),
/// otherwise by their Unicode scalars, which is the same on every machine.
public enum LabelOrder {
  /// `labels` in display order.
  public static func sorted(_ labels: [String]) -> [String] {
    let numbers = labels.map { Double($0) }
    if numbers.allSatisfy({ $0 != nil }) {
      return zip(labels, numbers).sorted { left, right in
        left.1! != right.1! ? left.1! < right.1! : scalarsPrecede(left.0, right.0)
      }.map(\.0)
    }
    return labels.sorted(by: scalarsPrecede)
  }

  private static func scalarsPrecede(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
  }
}
