import Foundation
import FulcrumCore

/// Shows how far cross-validation has got on one line of standard error, redrawn in place.
///
/// Only when standard error is a terminal: in a pipe or a log file the line would be noise,
/// and standard output is kept for the report alone.
final class FoldProgress: Sendable {
  /// A progress line for a terminal, or nil when standard error is not one.
  static func make() -> FoldProgress? {
    isatty(STDERR_FILENO) == 1 ? FoldProgress() : nil
  }

  private init() {}

  /// Redraws the line after a fold finishes (called from worker threads).
  func show(_ progress: CrossValidationProgress) {
    write("\rcross-validation: fold \(progress.completedFolds)/\(progress.totalFolds) done")
  }

  /// Clears the line so the terminal is as it was.
  func finish() {
    write("\r\u{1B}[K")
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
