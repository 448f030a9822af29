import FulcrumCore

/// The dashboard's screens, in tab order.
public enum ScreenID: Int, CaseIterable, Sendable {
  case datasets = 1
  case overview = 2
  case data = 3
  case model = 4
  case fairness = 5
  case lab = 6
  case compare = 7

  public var title: String {
    switch self {
    case .datasets: "Datasets"
    case .overview: "Overview"
    case .data: "Data"
    case .model: "Model"
    case .fairness: "Fairness"
    case .lab: "Lab"
    case .compare: "Compare"
    }
  }

  /// The tab labels of every screen on a terminal `width` columns wide: `3 Data`, or just
  /// `3` for screens not shown when the full titles do not fit.
  public static func tabLabels(active: ScreenID, width: Int) -> [String] {
    let full = allCases.map { " \($0.rawValue) \($0.title) " }
    let needed = full.reduce(1) { $0 + DisplayText.width($1) + 1 }
    if needed <= width { return full }
    return allCases.map { $0 == active ? " \($0.rawValue) \($0.title) " : " \($0.rawValue) " }
  }

  /// The screen after this one, wrapping around.
  public var next: ScreenID {
    ScreenID(rawValue: rawValue % ScreenID.allCases.count + 1) ?? .datasets
  }

  public var previous: ScreenID {
    let count = ScreenID.allCases.count
    return ScreenID(rawValue: (rawValue + count - 2) % count + 1) ?? .datasets
  }
}
