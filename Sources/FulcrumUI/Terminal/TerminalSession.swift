import CNcursesw
import Foundation
import FulcrumCore

/// The terminal device in curses mode: opened on `/dev/tty` (so standard output stays
/// free for results), with a wake pipe for background jobs and signals, and restored
/// exactly as it was found when closed.
final class TerminalSession {
  let surface: CursesSurface
  let depth: ColorDepth
  let charset: Charset
  /// Read and write ends of the pipe that wakes the event loop.
  let wakeRead: Int32
  let wakeWrite: Int32
  private let tty: UnsafeMutablePointer<FILE>
  private let descriptor: Int32
  private let screen: OpaquePointer
  private var savedModes = termios()
  private var closed = false

  /// Opens the terminal; the error says in one line why it cannot be used.
  init(noColor: Bool) throws(FulcrumUIError) {
    setlocale(LC_CTYPE, "")
    let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
    charset =
      codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
      ? .unicode : .ascii
    let environment = ProcessInfo.processInfo.environment
    guard let term = environment["TERM"], !term.isEmpty else {
      throw FulcrumUIError("TERM is not set; run fulcrum in a terminal, or use fulcrum report")
    }
    if term == "dumb" {
      throw FulcrumUIError(
        "the terminal (TERM=dumb) cannot draw a dashboard; use fulcrum report instead")
    }
    guard let tty = fopen("/dev/tty", "r+") else {
      throw FulcrumUIError(
        "cannot open the terminal (/dev/tty); run fulcrum in a terminal, or use fulcrum report")
    }
    let descriptor = fileno(tty)
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else {
      fclose(tty)
      throw FulcrumUIError("cannot create a pipe: \(String(cString: strerror(errno)))")
    }
    for end in pipeEnds { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
    _ = tcgetattr(descriptor, &savedModes)
    TerminalSession.unblockTerminalSignals()
    CrashRestore.install(descriptor: descriptor)
    guard let screen = newterm(nil, tty, tty) else {
      CrashRestore.uninstall()
      fclose(tty)
      Glibc.close(pipeEnds[0])
      Glibc.close(pipeEnds[1])
      throw FulcrumUIError(
        "unknown terminal type TERM=\(DisplayText.sanitize(term)); try TERM=xterm-256color")
    }
    self.tty = tty
    self.descriptor = descriptor
    self.screen = screen
    wakeRead = pipeEnds[0]
    wakeWrite = pipeEnds[1]
    _ = set_term(screen)
    let window = fulcrum_stdscr()!
    _ = cbreak()
    _ = noecho()
    _ = nonl()
    _ = keypad(window, true)
    _ = nodelay(window, true)
    _ = set_escdelay(25)
    _ = curs_set(0)
    // COLORS is only known once start_color has run.
    var colorsReady = false
    if !noColor, has_colors(), start_color() == OK {
      _ = use_default_colors()
      colorsReady = true
    }
    let detected = ColorDepth.detect(
      hasColors: colorsReady, colors: Int(fulcrum_colors()), noColor: noColor)
    depth = detected
    surface = CursesSurface(window: window, charset: charset)
  }

  /// A parent may have started us with SIGWINCH or the job-control signals blocked; curses
  /// needs them to notice resizes and to suspend cleanly.
  private static func unblockTerminalSignals() {
    var signals = sigset_t()
    sigemptyset(&signals)
    for number in [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&signals, number) }
    _ = pthread_sigmask(SIG_UNBLOCK, &signals, nil)
  }

  /// The file descriptor curses reads keys from.
  var inputDescriptor: Int32 { descriptor }

  /// Shows what was drawn since the last call.
  func present() {
    _ = wnoutrefresh(fulcrum_stdscr())
    _ = doupdate()
  }

  /// Clears the screen on the next `present` (after a resize, so no stale cells remain).
  func invalidate() {
    _ = clearok(fulcrum_stdscr(), true)
  }

  /// Keys typed since the last call.
  func readKeys() -> [Key] {
    var keys: [Key] = []
    while true {
      var value: wint_t = 0
      let status = wget_wch(fulcrum_stdscr(), &value)
      if status == ERR { break }
      if status == KEY_CODE_YES, Int32(value) == KEY_MOUSE {
        var event = MEVENT()
        if getmouse(&event) == OK,
          let key = KeyDecoder.decodeMouse(
            event.bstate, row: Int(event.y), col: Int(event.x))
        {
          keys.append(key)
        }
        continue
      }
      if let key = KeyDecoder.decode(UInt32(value), isKeyCode: status == KEY_CODE_YES) {
        keys.append(key)
      }
    }
    return keys
  }

  /// Waits until a key arrives, the wake pipe is written, or `timeout` milliseconds pass
  /// (-1 waits for ever). A signal (such as SIGWINCH) also ends the wait.
  func wait(timeout: Int32) {
    var descriptors = [
      pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
      pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
    ]
    _ = poll(&descriptors, 2, timeout)
    var sink = [UInt8](repeating: 0, count: 64)
    while read(wakeRead, &sink, sink.count) > 0 {}
  }

  /// Asks the terminal to report button presses and the wheel (`--mouse`).
  func enableMouse() {
    let wanted =
      fulcrum_button1_pressed() | fulcrum_button4_pressed()
      | fulcrum_button5_pressed()
    _ = mousemask(wanted, nil)
    // Raw presses, no click detection: a click is answered at once, not after a delay.
    _ = mouseinterval(0)
  }

  /// Leaves curses and puts the terminal modes back exactly as they were.
  func close() {
    guard !closed else { return }
    closed = true
    // Mouse reporting off first, so the shell never receives mouse escape sequences.
    _ = mousemask(0, nil)
    _ = endwin()
    _ = tcsetattr(descriptor, TCSADRAIN, &savedModes)
    CrashRestore.uninstall()
    delscreen(screen)
    fclose(tty)
    // The wake pipe stays open: a signal source or job finishing late may still write
    // to it, and a closed descriptor number could by then belong to another file.
  }
}
