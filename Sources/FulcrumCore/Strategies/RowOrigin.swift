/// Where one row of a strategy's output came from.
public enum RowOrigin: Sendable, Equatable {
  /// Input row `index`, unchanged, in its first appearance.
  case original(Int)
  /// A repeat of input row `index` (a bootstrap draw).
  case copy(of: Int)
  /// A row the strategy made: an interpolation, a perturbed copy or a centroid.
  case synthetic
}
