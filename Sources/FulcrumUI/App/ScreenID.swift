/// The dashboard's screens, in tab order.
public enum ScreenID: Int, CaseIterable, Sendable {
  case datasets = 1
  case overview = 2
  case data = 3
  case model = 4
  case fairness = 5

  public var title: String {
    switch self {
    case .datasets: "Datasets"
    case .overview: "Overview"
    case .data: "Data"
    case .model: "Model"
    case .fairness: "Fairness"
    }
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
