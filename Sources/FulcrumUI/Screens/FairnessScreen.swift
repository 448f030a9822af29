/// Rates by sensitive group (filled in next).
enum FairnessScreen {
  static func draw(_ app: DashboardApp, on surface: Surface, clock: Double) {}
  static func perform(_ action: Action, app: DashboardApp) -> Bool { false }
}
