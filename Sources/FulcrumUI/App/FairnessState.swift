import FulcrumCore

/// The Fairness screen's choices: ticked sensitive columns, reference group, positive
/// class and which pane has the cursor.
public struct FairnessState: Sendable {
  /// The pane the cursor keys move in.
  public enum Focus: Sendable {
    case columns
    case groups
  }

  /// Names of the ticked sensitive columns, in the order they were ticked.
  public var ticked: [String] = []
  public var columns = ScrollState()
  public var groups = ScrollState()
  public var focus = Focus.columns
  /// The chosen reference group, or nil for the largest.
  public var reference: String?
  /// The positive class chosen with `p`, or nil for the default (the minority class of a
  /// binary task, the first class of a multiclass one).
  public var positive: String?
  /// The last analysis, with what it was computed from, so drawing does not redo it.
  var cache: FairnessCache?

  public init() {}
}

/// An analysis and the inputs it was computed from.
struct FairnessCache: Sendable {
  var key: EvaluationKey
  var ticked: [String]
  var reference: String?
  var positive: String?
  var outcome: Result<FairnessResult, FulcrumError>
}
