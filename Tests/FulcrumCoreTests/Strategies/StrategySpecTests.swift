import Testing

@testable import FulcrumCore

@Suite("Strategy specs and the listing")
struct StrategySpecTests {
  @Test("a spec parses its name and typed parameters")
  func parse() throws {
    let spec = try StrategySpec.parse(" smote:k=3, target=0:4;1:5 ")
    #expect(spec.name == "smote")
    #expect(spec.given["k"] == .integer(3))
    #expect(
      spec.given["target"]
        == .target(.counts([.init(className: "0", count: 4), .init(className: "1", count: 5)])))
    #expect(
      try StrategySpec.parse("feature-pool:shape=8x8").given["shape"]
        == .gridShape(GridShape(rows: 8, columns: 8)))
  }

  @Test("every declared strategy builds from its bare name with defaults")
  func defaultsBuild() throws {
    for declaration in StrategyCatalog.declarations {
      _ = try StrategySpec.parse(declaration.name).makeStrategy()
    }
  }

  @Test("an unknown strategy is an error listing the valid ones")
  func unknownStrategy() {
    #expect(throws: FulcrumError.self) { try StrategySpec.parse("smoot") }
    do {
      _ = try StrategySpec.parse("smoot:k=3")
    } catch {
      #expect(error.message.hasPrefix("unknown strategy 'smoot'; valid strategies: baseline, "))
      #expect(error.message.contains("reweigh"))
      #expect(error.kind == .usage)
    }
  }

  @Test("an unknown parameter is an error listing the valid ones")
  func unknownParameter() {
    do {
      _ = try StrategySpec.parse("smote:kk=3")
      Issue.record("no error")
    } catch {
      #expect(error.message == "smote has no parameter 'kk'; valid parameters: k, target, ratio")
    }
    do {
      _ = try StrategySpec.parse("baseline:x=1")
      Issue.record("no error")
    } catch {
      #expect(error.message == "baseline has no parameter 'x'; it takes none")
    }
  }

  @Test(
    "bad values name the parameter and what it accepts",
    arguments: [
      ("smote:k=0", "smote: k must be an integer ≥ 1, got '0'"),
      ("near-miss:version=4", "near-miss: version must be an integer 1–3, got '4'"),
      ("enn:kind=some", "enn: kind must be all|mode, got 'some'"),
      ("random-under:ratio=1.5", "random-under: ratio must be a number > 0 and ≤ 1, got '1.5'"),
      ("smote:k", "smote: expected key=value, got 'k' in 'smote:k'"),
      ("smote:k=2,k=3", "smote: parameter 'k' is given twice"),
      (
        "random-under:target=minority",
        "random-under: target must be auto|majority|not-minority|not-majority|all|RATIO|"
          + "CLASS:COUNT;…, got 'minority'"
      ),
      (
        "smote:target=majority",
        "smote: target must be auto|minority|not-minority|not-majority|all|RATIO|"
          + "CLASS:COUNT;…, got 'majority'"
      ),
    ])
  func badValues(spec: String, message: String) {
    do {
      _ = try StrategySpec.parse(spec)
      Issue.record("no error for \(spec)")
    } catch {
      #expect(error.message == message)
    }
  }

  @Test("the listing shows every strategy by family with parameters and defaults")
  func listing() {
    let text = StrategyListing.render()
    for declaration in StrategyCatalog.declarations {
      #expect(text.contains("  \(declaration.name)  "))
      #expect(text.contains(declaration.summary))
    }
    let families = ["baseline\n", "\nsampling\n", "\npooling\n", "\nattention\n"]
    let positions = families.map { text.range(of: $0)?.lowerBound }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    #expect(text.contains("      k=5  "))
    #expect(text.contains("      kind=all  "))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 })
    #expect(
      text.contains("[auto|minority|not-minority|not-majority|all|RATIO|CLASS:COUNT;…]"))
  }
}
