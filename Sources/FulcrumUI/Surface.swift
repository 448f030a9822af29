import FulcrumCore

/// A rectangle of character cells that screens draw onto.
public protocol Surface {
  var width: Int { get }
  var height: Int { get }
}
