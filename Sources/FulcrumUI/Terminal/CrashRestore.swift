#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// State read by the crash handler. It is written once before curses starts and only read
// afterwards, from a signal handler that must not allocate or take locks.
nonisolated(unsafe) private var restoreDescriptor: Int32 = -1
nonisolated(unsafe) private var savedTerminalModes = termios()
nonisolated(unsafe) private var previousActions: UnsafeMutablePointer<sigaction>? = nil
/// Mouse reporting off (every mode curses may have turned on), leave the alternate
/// screen, show the cursor, reset colours.
private let restoreSequence: StaticString =
  "\u{1B}[?1006l\u{1B}[?1003l\u{1B}[?1002l\u{1B}[?1000l\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m"
private let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]

/// Puts the terminal back when the process dies of a crash signal.
///
/// curses cannot be called from a signal handler, so the handler only writes fixed bytes
/// and restores the saved terminal modes, then hands the signal to whoever handled it
/// before (Swift's backtracer), so the crash report still prints on a sane terminal.
enum CrashRestore {
  /// Remembers `descriptor`'s current modes and installs the handlers.
  static func install(descriptor: Int32) {
    guard previousActions == nil else { return }
    restoreDescriptor = descriptor
    _ = tcgetattr(descriptor, &savedTerminalModes)
    let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    previous.initialize(repeating: sigaction(), count: 65)
    previousActions = previous
    for signal in crashSignals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { signal in
        if restoreDescriptor >= 0 {
          _ = write(
            restoreDescriptor, restoreSequence.utf8Start, restoreSequence.utf8CodeUnitCount)
          _ = tcsetattr(restoreDescriptor, TCSANOW, &savedTerminalModes)
        }
        if let previousActions {
          _ = sigaction(signal, previousActions + Int(signal), nil)
        }
        // Blocked until this handler returns, then delivered to the previous handler.
        _ = raise(signal)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      _ = sigaction(signal, &action, previous + Int(signal))
    }
  }

  /// Puts back the handlers that were there before `install`.
  static func uninstall() {
    guard let previous = previousActions else { return }
    for signal in crashSignals { _ = sigaction(signal, previous + Int(signal), nil) }
    restoreDescriptor = -1
  }
}
