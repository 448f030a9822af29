/// The columns a reader produced, before the label is chosen.
struct ParsedTable {
  var columns: [Column]
  /// `csv`, `tsv` or `arff`.
  var format: String
  var notes: [String] = []
  /// Class names the file itself gives for integer labels 0, 1, … (scikit-learn's count line).
  var classNames: [String]? = nil
}
