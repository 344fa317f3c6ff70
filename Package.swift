// swift-tools-version:6.1
import PackageDescription

// Dependencies point one way (see Docs/architecture.md): Core ← Store; Core ← Reports ← UI ← Terminal; all ← teczka.
// UI reaches the store only through protocols in Core, so screens are tested without disk or terminal.
let package = Package(
    name: "Teczka",
    products: [
        .executable(name: "teczka", targets: ["teczka"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // Spreadsheets (report --format xlsx): Debian's libxlsxwriter, a plain C library (see Docs/architecture.md).
        .systemLibrary(name: "CXlsxWriter", path: "Sources/CXlsxWriter"),
        .target(
            name: "TeczkaCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(
            name: "TeczkaStore",
            dependencies: [
                "TeczkaCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]),
        .target(name: "TeczkaReports", dependencies: ["TeczkaCore", "CXlsxWriter"]),
        .target(name: "TeczkaUI", dependencies: ["TeczkaCore", "TeczkaReports"]),
        .target(name: "TeczkaTerminal", dependencies: ["TeczkaUI", "CNcurses"]),
        .executableTarget(
            name: "teczka",
            dependencies: [
                "TeczkaCore", "TeczkaStore", "TeczkaReports", "TeczkaUI", "TeczkaTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Test helper: saves in a loop until killed (the store's crash test).
        .executableTarget(name: "teczka-crash-helper", dependencies: ["TeczkaCore", "TeczkaStore"]),
        // Shared by the test targets: temporary folders and the built executables' paths.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Shared by the tests of Core, Reports, UI and Store: accounts with test signing keys.
        .target(name: "CoreTestSupport", dependencies: ["TeczkaCore"], path: "Tests/CoreTestSupport"),
        .testTarget(name: "TeczkaCoreTests", dependencies: ["TeczkaCore", "CoreTestSupport"]),
        .testTarget(name: "TeczkaStoreTests", dependencies: ["TeczkaStore", "TeczkaCore", "TestSupport", "CoreTestSupport",
                                                          .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "TeczkaUITests", dependencies: ["TeczkaUI", "TeczkaCore", "CoreTestSupport"]),
        .testTarget(name: "TeczkaReportsTests", dependencies: ["TeczkaReports", "TeczkaCore", "CoreTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TeczkaCore", "TeczkaStore", "TestSupport", "CoreTestSupport",
                                                       // To delete a row from a store file, as an attacker would.
                                                       .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
