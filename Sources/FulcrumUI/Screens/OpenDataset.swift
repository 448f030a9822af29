/// The open dataset, once it has loaded, for the screens that show or analyse it.
struct OpenDataset {
  var entry: DatasetEntry
  var loaded: LoadedDataset

  /// The open, loaded dataset; otherwise draws what the user should know instead (nothing
  /// is open, it is still loading, or it failed to load) and returns nil.
  static func require(_ state: DashboardState, on surface: Surface, clock: Double)
    -> OpenDataset?
  {
    guard let entry = state.currentEntry else {
      surface.put("No dataset is open.", row: 1, col: 2, role: .title)
      surface.put(
        "Press 1 for the Datasets screen and Enter to load one.", row: 3, col: 2,
        role: .muted)
      return nil
    }
    guard let loaded = entry.loaded else {
      OverviewScreen.drawPending(entry, on: surface, clock: clock)
      return nil
    }
    return OpenDataset(entry: entry, loaded: loaded)
  }
}
