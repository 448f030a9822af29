import Foundation
import FulcrumCore

/// Shows how far cross-validation has got on one line of standard error, redrawn in place.
///
/// Only when standard error is a terminal: in a pipe or a log file the line would be noise,
/// and standard output is kept for the report alone.
final class FoldProgress: Sendable {
  /// A progress line for a cross-validation of `folds` folds, shown at once, or nil when
  /// standard error is not a terminal.
  static func start(folds: Int, title: String = "cross-validation") -> FoldProgress? {
    guard isatty(STDERR_FILENO) == 1 else { return nil }
    let progress = FoldProgress(title: title)
    progress.draw(completed: 0, of: folds)
    return progress
  }

  /// What the line counts, e.g. `cross-validation`.
  private let title: String

  private init(title: String) {
    self.title = title
  }

  /// Redraws the line after a fold finishes (called from worker threads).
  func show(_ progress: CrossValidationProgress) {
    draw(completed: progress.completedFolds, of: progress.totalFolds)
  }

  /// Redraws the line after a fold of a comparison finishes (called from worker threads);
  /// `names` are the strategies, baseline first.
  func show(_ progress: ComparisonProgress, names: [String]) {
    write(
      "\r\(title): \(progress.completed) of \(progress.total) folds done"
        + " (strategy \(progress.strategy + 1) of \(progress.strategyCount),"
        + " \(names[progress.strategy]): fold \(progress.fold + 1) of \(progress.folds))\u{1B}[K")
  }

  private func draw(completed: Int, of total: Int) {
    write("\r\(title): \(completed) of \(total) folds done")
  }

  /// Clears the line so the terminal is as it was.
  func finish() {
    write("\r\u{1B}[K")
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
