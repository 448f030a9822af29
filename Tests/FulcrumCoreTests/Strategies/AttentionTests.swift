import Foundation
import Testing

@testable import FulcrumCore

@Suite("Attention strategies")
struct AttentionTests {
  @Test("class-weight gives n / (K·n_c): 0×6, 1×3, 2×1 → 0.555556, 1.111111, 3.333333")
  func classWeights() throws {
    let set = makeSet((0..<10).map { [Double($0)] }, [0, 0, 0, 0, 0, 0, 1, 1, 1, 2])
    let outcome = try run("class-weight", on: set)
    let weights = try #require(outcome.weights)
    #expect(abs(weights[0] - 10.0 / 18) < 1e-12)
    #expect(abs(weights[6] - 10.0 / 9) < 1e-12)
    #expect(abs(weights[9] - 10.0 / 3) < 1e-12)
    #expect(outcome.trainingSet.features == set.features)
  }

  @Test("class-weight power tempers the weights and multiplies existing ones")
  func classWeightPower() throws {
    let set = makeSet([[0], [1], [2], [3]], [0, 0, 0, 1], weights: [1, 1, 2, 1])
    let outcome = try run("class-weight:power=0.5", on: set)
    let weights = try #require(outcome.weights)
    #expect(abs(weights[0] - (4.0 / 6).squareRoot()) < 1e-12)
    #expect(abs(weights[2] - 2 * (4.0 / 6).squareRoot()) < 1e-12)
    #expect(abs(weights[3] - 2.0.squareRoot()) < 1e-12)
  }

  @Test("reweigh gives P(g)·P(y)/P(g,y) per cell (reference example)")
  func reweigh() throws {
    let labels = [1, 1, 1, 1, 0, 0, 1, 0, 0, 0]
    let set = makeSet(labels.map { [Double($0)] }, labels, groups: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
    let weights = try #require(try run("reweigh", on: set).weights)
    let expected = [0.75, 0.75, 0.75, 0.75, 1.5, 1.5, 2.0, 2.0 / 3, 2.0 / 3, 2.0 / 3]
    for (got, want) in zip(weights, expected) { #expect(abs(got - want) < 1e-12) }
    #expect(abs(weights.reduce(0, +) - 10) < 1e-12)
    // Each group's weighted base rate becomes the overall 0.5.
    let rateP = (0..<6).reduce(0.0) { $0 + weights[$1] * Double(labels[$1]) } / 6
    #expect(abs(rateP - 0.5) < 1e-12)
  }

  @Test("reweigh without a sensitive column is a clear error")
  func reweighNeedsGroups() {
    let error = failure("reweigh", on: sizedSet([3, 2]))
    #expect(error?.kind == .usage)
    #expect(error?.message.contains("--sensitive") == true)
  }

  @Test("focal weights are (1 − p_true)^gamma from the first-pass model, mean 1")
  func focalInjected() throws {
    let set = makeSet([[0], [1], [2], [3]], [0, 0, 1, 1])
    let model: FirstPassModel = { _ in [[0.9, 0.1], [0.5, 0.5], [0.2, 0.8], [0.6, 0.4]] }
    var generator = SeededGenerator(seed: 1)
    let outcome = try FocalWeighting(gamma: 2, firstPass: model).apply(to: set, using: &generator)
    // Raw: 0.01, 0.25, 0.04, 0.36; mean 0.165.
    let raw: [Double] = [0.01, 0.25, 0.04, 0.36]
    let expected = raw.map { $0 / 0.165 }
    let weights = try #require(outcome.weights)
    for (got, want) in zip(weights, expected) { #expect(abs(got - want) < 1e-12) }
  }

  @Test("focal with the default model weighs a row among the other class most")
  func focalDefault() throws {
    let set = makeSet(
      [[0], [0.2], [0.4], [0.3], [5], [5.2], [5.4], [0.1]], [0, 0, 0, 0, 1, 1, 1, 1])
    let weights = try #require(try run("focal", on: set).weights)
    #expect(weights.indices.max { weights[$0] < weights[$1] } == 7)
  }

  @Test("feature-attention scales the informative feature up and the noise down")
  func featureAttention() throws {
    // Feature 0 separates the classes; feature 1 does not.
    let rows: [[Double]] = (0..<20).map { (index: Int) -> [Double] in
      let position: Int = index < 10 ? index : index + 10
      return [Double(position), Double(index % 2)]
    }
    let set = makeSet(rows, (0..<20).map { $0 < 10 ? 0 : 1 })
    let outcome = try run("feature-attention:temperature=0.5,bins=2", on: set)
    guard case .scale(let factors) = outcome.featureTransform else {
      Issue.record("no scale transform")
      return
    }
    // With two bins the NMIs are 1 and 0: factors softmax(2, 0) · 2.
    let expected0 = 2 * exp(2.0) / (exp(2.0) + 1)
    #expect(abs(factors[0] - expected0) < 1e-9)
    #expect(abs(factors[0] + factors[1] - 2) < 1e-12)
    #expect(outcome.trainingSet.features[2] == 1 * factors[0])
  }

  @Test("baseline changes nothing and says so")
  func baseline() throws {
    let set = sizedSet([3, 2])
    let outcome = try run("baseline", on: set)
    #expect(outcome.trainingSet == set)
    #expect(outcome.notes == ["baseline: training rows left unchanged"])
  }
}
