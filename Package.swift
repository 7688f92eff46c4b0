// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "salesctl",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "salesctl", targets: ["salesctl"]),
        // For Fuzz/ (libFuzzer targets), which depends on this package by path.
        .library(name: "SalesKit", targets: ["SalesKit"]),
        .library(name: "SalesctlCLI", targets: ["SalesctlCLI"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2")
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The system SQLite, for `export --sqlite` (as libyaml: no wrapper package for a writer
        // of a few tables).
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .target(
            name: "SalesKit",
            dependencies: ["CLibYAML", "CSQLite"]
        ),
        // The git commit of `salesctl --version`: a C define given at build time by
        // scripts/install (Swift has no valued defines); empty in a plain `swift build`.
        .target(name: "CBuildInfo"),
        // The command tree: parse, call SalesKit, render, print. A library so Fuzz/ can parse
        // arguments; the executable below only calls it.
        .target(
            name: "SalesctlCLI",
            dependencies: [
                "SalesKit",
                "CBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Subprocess", package: "swift-subprocess")
            ]
        ),
        .executableTarget(
            name: "salesctl",
            dependencies: ["SalesctlCLI"]
        ),
        .testTarget(
            name: "SalesKitTests",
            dependencies: ["SalesKit", "CSQLite"]
        ),
        // In-process tests of the command tree: parsing, option hoisting, validation.
        .testTarget(
            name: "SalesctlCLITests",
            dependencies: ["SalesKit", "SalesctlCLI"]
        ),
        .testTarget(
            name: "SalesctlTests",
            dependencies: ["SalesKit", "SalesctlCLI", "salesctl"]
        )
    ]
)
