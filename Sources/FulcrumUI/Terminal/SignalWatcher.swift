import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns SIGINT, SIGTERM and SIGHUP into a flag and a byte on the wake pipe, so the UI
/// thread leaves its loop and restores the terminal itself (curses must not be called
/// from a signal handler).
final class SignalWatcher {
  static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// The number of the last signal seen, 0 for none; written from a dispatch queue.
  private final class Flag: Sendable {
    let value = Atomic<Int32>(0)
  }

  private let received = Flag()
  private var sources: [any DispatchSourceSignal] = []

  /// Starts watching; `wakeDescriptor` is the write end of the event loop's wake pipe.
  init(wakeDescriptor: Int32) {
    var created: [any DispatchSourceSignal] = []
    for number in SignalWatcher.watched {
      // Ignoring first stops the default action (and keeps curses from installing its
      // own handler); the dispatch source still sees the signal.
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [received] in
        received.value.store(number, ordering: .sequentiallyConsistent)
        var byte: UInt8 = 2
        _ = write(wakeDescriptor, &byte, 1)
      }
      source.resume()
      created.append(source)
    }
    sources = created
  }

  /// The signal that arrived, or nil.
  var signalReceived: Int32? {
    let value = received.value.load(ordering: .sequentiallyConsistent)
    return value == 0 ? nil : value
  }

  /// Stops watching and gives the signals their default action back.
  func stop() {
    for source in sources { source.cancel() }
    sources.removeAll()
    for number in SignalWatcher.watched { signal(number, SIG_DFL) }
  }
}
