import Foundation
import FulcrumCore
import Synchronization

/// A result posted by a background job for the main thread to apply.
public enum JobEvent: Sendable {
  case loaded(entry: Int, LoadedDataset)
  case failed(entry: Int, message: String)
  /// Another fold of evaluation `id` finished.
  case evaluationProgress(id: Int, completedFolds: Int)
  case evaluated(id: Int, CrossValidationResult)
  case evaluationFailed(id: Int, message: String)
  /// Evaluation `id` stopped because it was cancelled.
  case evaluationCancelled(id: Int)
  /// Lab or Compare run `id` moved on to another step.
  case comparisonProgress(id: Int, RunProgress)
  case compared(id: Int, ComparisonOutcome)
  case comparisonFailed(id: Int, message: String)
  case comparisonCancelled(id: Int)
}

/// The hand-over point between background jobs and the UI thread: jobs append events
/// under a lock and write one byte to a wake pipe that the event loop polls.
public final class JobQueue: Sendable {
  private let events = Mutex<[JobEvent]>([])
  /// Write end of the event loop's wake pipe, or -1 when nobody polls (tests, or after
  /// the loop ended while a job was still running).
  private let wakeDescriptor: Mutex<Int32>

  public init(wakeDescriptor: Int32 = -1) {
    self.wakeDescriptor = Mutex(wakeDescriptor)
  }

  public func post(_ event: JobEvent) {
    events.withLock { $0.append(event) }
    wakeDescriptor.withLock { descriptor in
      guard descriptor >= 0 else { return }
      var byte: UInt8 = 1
      _ = write(descriptor, &byte, 1)
    }
  }

  /// Stops waking the event loop; jobs still running finish quietly.
  public func detach() {
    wakeDescriptor.withLock { $0 = -1 }
  }

  /// Takes every event posted so far, oldest first.
  public func drain() -> [JobEvent] {
    events.withLock { pending in
      let taken = pending
      pending.removeAll()
      return taken
    }
  }

  /// Loads `path` on a background queue and posts the outcome for `entry`.
  public func startLoading(entry: Int, path: String, label: String?) {
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      do throws(FulcrumError) {
        let dataset = try DatasetLoader.load(path: path, options: LoadOptions(label: label))
        post(.loaded(entry: entry, LoadedDataset(dataset)))
      } catch {
        post(.failed(entry: entry, message: error.message))
      }
    }
  }
}
