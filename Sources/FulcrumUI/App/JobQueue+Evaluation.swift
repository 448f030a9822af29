import Foundation
import FulcrumCore

extension JobQueue {
  /// Cross-validates `dataset` on a background queue, posting progress after each fold
  /// and then the result, the error or the cancellation, all tagged with `id`.
  public func startEvaluation(
    id: Int, dataset: Dataset, validation: CrossValidation, cancel: CancelFlag
  ) {
    DispatchQueue.global(qos: .userInitiated).async { [self] in
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
