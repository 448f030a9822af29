import Foundation
import FulcrumCore

extension JobQueue {
  /// Lab and Compare runs go one after another: a replaced run still finishing its step
  /// never competes for the cores with the run that replaced it.
  static let comparisonQueue = DispatchQueue(label: "fulcrum.comparison", qos: .userInitiated)

  /// Runs `request` on `dataset` in the background with `runner`, posting progress and
  /// then the outcome, the error or the cancellation, all tagged with `id`.
  public func startComparison(
    id: Int, dataset: Dataset, request: ComparisonRequest, runner: @escaping ComparisonRunner,
    cancel: CancelFlag
  ) {
    JobQueue.comparisonQueue.async { [self] in
      guard !cancel.isCancelled else {
        post(.comparisonCancelled(id: id))
        return
      }
      do throws(FulcrumError) {
        let outcome = try runner(
          dataset, request,
          { [self] progress in
            guard !cancel.isCancelled else { return }
            post(.comparisonProgress(id: id, progress))
          },
          { cancel.isCancelled })
        if let outcome, !cancel.isCancelled {
          post(.compared(id: id, outcome))
        } else {
          post(.comparisonCancelled(id: id))
        }
      } catch {
        post(.comparisonFailed(id: id, message: error.message))
      }
    }
  }
}
