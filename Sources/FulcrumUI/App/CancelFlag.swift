import Synchronization

/// A flag a background job polls to learn that its result is no longer wanted.
public final class CancelFlag: Sendable {
  private let raised = Atomic<Bool>(false)

  public init() {}

  public func cancel() { raised.store(true, ordering: .relaxed) }

  public var isCancelled: Bool { raised.load(ordering: .relaxed) }
}
