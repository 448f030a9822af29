import Foundation
import FulcrumCore

extension JobQueue {
  /// Evaluations run one after another: a replaced job still finishing its current step
  /// never competes for the cores with the job that replaced it.
  static let evaluationQueue = DispatchQueue(label: "fulcrum.evaluation", qos: .userInitiated)

  /// Cross-validates `dataset` in the background, posting progress after each fold and
  /// then the result, the error or the cancellation, all tagged with `id`.
  public func startEvaluation(
    id: Int, dataset: Dataset, validation: CrossValidation, cancel: CancelFlag
  ) {
    JobQueue.evaluationQueue.async { [self] in
      guard !cancel.isCancelled else {
        post(.evaluationCancelled(id: id))
        return
      }
      do throws(FulcrumError) {
        let result = try validation.run(
          dataset,
          progress: { [self] progress in
            guard !cancel.isCancelled else { return }
            post(.evaluationProgress(id: id, completedFolds: progress.completedFolds))
          },
          isCancelled: { cancel.isCancelled })
        if let result, !cancel.isCancelled {
          post(.evaluated(id: id, result))
        } else {
          post(.evaluationCancelled(id: id))
        }
      } catch {
        post(.evaluationFailed(id: id, message: error.message))
      }
    }
  }
}
