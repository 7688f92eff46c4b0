// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "salesctl",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "salesctl", targets: ["salesctl"]),
        // For Fuzz/ (libFuzzer targets), which depends on this package by path.
        .library(name: "SalesKit", targets: ["SalesKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "SalesKit",
            dependencies: ["CLibYAML"]
        ),
        .executableTarget(
            name: "salesctl",
            dependencies: [
                "SalesKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]
        ),
        .testTarget(
            name: "SalesKitTests",
            dependencies: ["SalesKit"]
        ),
        .testTarget(
            name: "SalesctlTests",
            dependencies: ["SalesKit", "salesctl"]
        ),
    ]
)
