/// An error a user can act on: one line of text and the process exit code it maps to.
public struct FulcrumError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Exit codes, as `sysexits.h` names them.
  public enum Kind: Int32, Sendable {
    /// A requested check failed.
    case checkFailed = 1
    /// The command line was wrong.
    case usage = 2
    /// The input data is malformed.
    case dataError = 65
    /// The input could not be found or opened.
    case noInput = 66
    /// An output could not be written.
    case cannotCreate = 73
  }

  public var kind: Kind
  public var message: String

  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public var exitCode: Int32 { kind.rawValue }
  public var description: String { message }
}
