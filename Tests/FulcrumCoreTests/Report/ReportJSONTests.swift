import Foundation
import FulcrumCore
import Testing

@Suite("JSON report")
struct ReportJSONTests {
  private func object(_ dataset: Dataset) throws -> [String: Any] {
    let text = ReportFormat.json.render(Report(describing: dataset))
    return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test("carries the schema identifier, the dataset shape, classes and an empty results list")
  func shape() throws {
    let json = try object(ReportFixtures.credit)
    #expect(json["schema"] as? String == "fulcrum.report/1")
    #expect((json["results"] as? [Any])?.isEmpty == true)
    let dataset = try #require(json["dataset"] as? [String: Any])
    #expect(dataset["path"] as? String == "credit.csv")
    #expect(dataset["format"] as? String == "csv")
    #expect(dataset["rows"] as? Int == 4)
    #expect(dataset["columns"] as? Int == 3)
    #expect(dataset["label"] as? String == "risk")
    #expect(dataset["imbalanceRatio"] as? Double == 3)
    let classes = try #require(dataset["classes"] as? [[String: Any]])
    #expect(classes.map { $0["name"] as? String } == ["bad", "good"])
    #expect(classes.map { $0["count"] as? Int } == [1, 3])
    let schema = try #require(dataset["schema"] as? [[String: Any]])
    #expect(schema[1]["name"] as? String == "age")
    #expect(schema[1]["type"] as? String == "numeric")
    #expect(schema[1]["missing"] as? Int == 1)
    #expect(schema[1]["max"] as? Double == 41)
  }

  @Test("writes undefined values as null rather than leaving the key out")
  func nulls() throws {
    let json = try object(ReportFixtures.oneClass)
    let dataset = try #require(json["dataset"] as? [String: Any])
    #expect(dataset["imbalanceRatio"] is NSNull)
    #expect(dataset["entropyBalance"] is NSNull)
    let schema = try #require(dataset["schema"] as? [[String: Any]])
    #expect(schema[0]["mean"] is NSNull)
  }

  @Test("reads back into the same report")
  func roundTrip() throws {
    let report = Report(describing: ReportFixtures.credit)
    let text = ReportFormat.json.render(report)
    let decoded = try JSONDecoder().decode(Report.self, from: Data(text.utf8))
    #expect(decoded == report)
  }
}
