import Foundation
import Testing

@Suite("Help, version and samples")
struct HelpAndSamplesTests {
  @Test("--version prints the version")
  func version() throws {
    let run = try Binary.run(["--version"])
    #expect(run.status == 0)
    #expect(run.standardOutput == "fulcrum 0.1.0\n")
  }

  @Test("fulcrum --help lists the commands and the dashboard options")
  func overview() throws {
    let run = try Binary.run(["--help"])
    #expect(run.status == 0)
    let text = run.standardOutput
    #expect(text.contains("fulcrum [FILE…] [options]"))
    #expect(text.contains("fulcrum report FILE [options]"))
    #expect(text.contains("fulcrum samples [options]"))
    #expect(text.contains("--no-color"))
  }

  @Test("every command answers --help with its own options", arguments: ["report", "samples"])
  func commandHelp(command: String) throws {
    let run = try Binary.run([command, "--help"])
    #expect(run.status == 0)
    #expect(run.standardOutput.hasPrefix("usage: fulcrum \(command) "))
    #expect(run.standardOutput.contains("-h, --help"))
  }

  @Test("report --help shows the accepted formats")
  func reportHelp() throws {
    let run = try Binary.run(["report", "-h"])
    #expect(run.standardOutput.contains("--format text|json|markdown"))
    #expect(run.standardOutput.contains("-o, --output PATH"))
  }

  @Test("samples lists the bundled files, found from any working directory")
  func samples() throws {
    let folder = try Binary.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try Binary.run(["samples"], in: folder)
    #expect(run.status == 0)
    let lines = run.standardOutput.split(separator: "\n")
    let samplesFolder = Binary.packageRoot.appendingPathComponent("samples").path
    #expect(lines.first == "Samples in \(samplesFolder):")
    for name in ["german-credit.csv", "digits-imbalanced.csv", "kr-vs-kp.arff", "iris.csv"] {
      #expect(lines.contains { $0.hasPrefix("  \(name) ") })
    }
    #expect(!lines.contains { $0.contains("README") || $0.contains("LICENSE") })
  }

  @Test("samples exits 66 when FULCRUM_SAMPLES names a missing folder")
  func samplesMissing() throws {
    let run = try Binary.run(["samples"], environment: ["FULCRUM_SAMPLES": "/nonexistent"])
    #expect(run.status == 66)
    #expect(run.errorLines.count == 1)
    #expect(run.standardError.contains("FULCRUM_SAMPLES"))
  }
}
