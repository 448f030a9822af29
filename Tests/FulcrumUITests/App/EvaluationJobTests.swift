import Foundation
import FulcrumCore
import Testing

@testable import FulcrumUI

@Suite("Evaluation jobs")
struct EvaluationJobTests {
  /// Events posted until one of them ends job `id`, or ten seconds pass.
  static func events(_ jobs: JobQueue, until id: Int) -> [JobEvent] {
    var seen: [JobEvent] = []
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline {
      seen += jobs.drain()
      let ended = seen.contains { event in
        switch event {
        case .evaluated(let job, _), .evaluationCancelled(let job),
          .evaluationFailed(let job, _):
          job == id
        default: false
        }
      }
      if ended { return seen }
      usleep(5_000)
    }
    return seen
  }

  @Test("a job cancelled before it starts posts only its cancellation; the next one its result")
  func cancelledThenReplaced() {
    let jobs = JobQueue()
    let first = CancelFlag()
    first.cancel()
    let validation = CrossValidation(model: .naiveBayes, folds: 3, seed: 0)
    jobs.startEvaluation(
      id: 1, dataset: ModelScreenTests.separable, validation: validation, cancel: first)
    jobs.startEvaluation(
      id: 2, dataset: ModelScreenTests.separable, validation: validation, cancel: CancelFlag())
    let events = Self.events(jobs, until: 2)
    var progress: [Int] = []
    var outcome: [String] = []
    for event in events {
      switch event {
      case .evaluationProgress(let id, let folds):
        #expect(id == 2)
        progress.append(folds)
      case .evaluationCancelled(let id): outcome.append("cancelled \(id)")
      case .evaluated(let id, let result):
        outcome.append("evaluated \(id)")
        #expect(result.evaluation.confusionMatrix.total == 12)
      default: outcome.append("other")
      }
    }
    #expect(outcome == ["cancelled 1", "evaluated 2"])
    #expect(progress.sorted() == [1, 2, 3])
  }
}
