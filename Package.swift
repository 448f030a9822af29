// swift-tools-version:6.0
import PackageDescription

let optimize: [SwiftSetting] = [
  .unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))
]

let package = Package(
  name: "Fulcrum",
  products: [
    .executable(name: "fulcrum", targets: ["fulcrum"]),
    .executable(name: "fulcrum-bench", targets: ["fulcrum-bench"]),
  ],
  targets: [
    .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
    .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
    .target(name: "FulcrumCore", dependencies: ["CZlib"], swiftSettings: optimize),
    .target(
      name: "FulcrumUI", dependencies: ["FulcrumCore", "CNcursesw"], swiftSettings: optimize),
    .executableTarget(name: "fulcrum", dependencies: ["FulcrumCore", "FulcrumUI"]),
    .executableTarget(name: "fulcrum-bench", dependencies: ["FulcrumCore"]),
    .testTarget(name: "FulcrumCoreTests", dependencies: ["FulcrumCore"]),
    .testTarget(name: "FulcrumUITests", dependencies: ["FulcrumUI", "FulcrumCore"]),
    .testTarget(name: "EndToEndTests", dependencies: ["fulcrum"]),
  ],
  swiftLanguageModes: [.v6]
)
