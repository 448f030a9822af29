/// Runs the dashboard on a terminal session until the user quits or a signal arrives.
///
/// Everything here runs on the main thread: it is the only code that touches curses.
/// Background jobs and signal sources wake it through the session's pipe.
struct EventLoop {
  let app: DashboardApp
  let session: TerminalSession
  let jobs: JobQueue
  let signals: SignalWatcher

  /// Returns the exit status: 0 after `q`, 128 + the signal number after a signal.
  func run() -> Int32 {
    var needsDraw = true
    var appliedTheme = app.state.theme
    while true {
      if let signal = signals.signalReceived { return 128 + signal }
      if app.state.wantsToQuit { return 0 }
      if app.state.theme != appliedTheme {
        // `t` picked another theme: new colour pairs, and every cell drawn afresh.
        appliedTheme = app.state.theme
        session.surface.apply(theme: appliedTheme, depth: session.depth)
        session.invalidate()
        needsDraw = true
      }
      let events = jobs.drain()
      if !events.isEmpty {
        app.apply(events)
        needsDraw = true
      }
      if needsDraw || app.isBusy {
        app.draw(on: session.surface)
        session.present()
        needsDraw = false
      }
      // While a job runs, wake ten times a second to turn the spinner and update the time.
      session.wait(timeout: app.isBusy ? 100 : -1)
      for key in session.readKeys() {
        if key == .resize { session.invalidate() }
        app.handle(key, width: session.surface.width, height: session.surface.height)
        if app.state.wantsToQuit { break }
        // Drawing (without showing) after each key keeps layout-derived state such as the
        // page size right for the next key typed ahead; only the last frame is shown.
        app.draw(on: session.surface)
        needsDraw = true
      }
    }
  }
}
