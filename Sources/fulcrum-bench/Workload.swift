import FulcrumCore

/// One benchmark: a line of help and a function that takes the arguments after its name.
struct Workload: Sendable {
  var summary: String
  var run: @Sendable ([String]) throws(FulcrumError) -> Void
}
