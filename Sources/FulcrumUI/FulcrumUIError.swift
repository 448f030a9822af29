/// A problem the dashboard reports to the user in one line (a bad theme file, a terminal
/// it cannot drive).
public struct FulcrumUIError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
