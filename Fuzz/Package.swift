// swift-tools-version: 6.1
// libFuzzer targets for salesctl's parsers (issue 13) and the merge driver's three-way merge (issue 19). Build and run from this directory:
//   swift build -c release --sanitize fuzzer --sanitize address
//   .build/release/FuzzDeal corpus/deal -max_total_time=60
// scripts/fuzz-smoke runs every target for a share of 60 s; see docs/SAFETY.md.
import PackageDescription

let fuzzerFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "salesctl-fuzz",
    dependencies: [.package(name: "salesctl", path: "..")],
    targets: ["FuzzDeal", "FuzzReport", "FuzzConfig", "FuzzValues", "FuzzCSV", "FuzzMerge"].map { name in
        .executableTarget(
            name: name,
            dependencies: [.product(name: "SalesKit", package: "salesctl")],
            swiftSettings: fuzzerFlags
        )
    } + [
        // The command line, through the whole ArgumentParser command tree.
        .executableTarget(
            name: "FuzzArguments",
            dependencies: [.product(name: "SalesctlCLI", package: "salesctl")],
            swiftSettings: fuzzerFlags
        )
    ]
)
