import Foundation
import Testing

@testable import SalesctlCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs command lines in this process, through `Salesctl.run` as `main` does: stdout and stderr
/// are caught in files, the working directory is a fresh copy of `examples/basic`, and the
/// environment is fixed (English, a known author and today, no colour).
enum InProcess {
    struct Run: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let environment = [
        "SALESCTL_LANG": "en", "SALESCTL_AUTHOR": "佐藤 健", "SALESCTL_TODAY": "2026-11-20", "NO_COLOR": "1"
    ]

    /// A fresh copy of examples/basic in a temporary directory.
    static func store() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("salesctl-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let target = root.appendingPathComponent("basic")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("examples/basic"), to: target)
        return target.path
    }

    /// Runs `arguments` in `directory` (default: a fresh store) and returns the exit code and output.
    static func run(_ arguments: [String], in directory: String? = nil, environment extra: [String: String] = [:])
        async throws -> Run
    {
        let directory = try directory ?? store()
        let outPath = directory + "/../stdout-\(UUID().uuidString)"
        let errPath = directory + "/../stderr-\(UUID().uuidString)"
        let out = open(outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let err = open(errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(out >= 0 && err >= 0)
        let context = Context(
            workingDirectory: directory, environment: environment.merging(extra) { $1 },
            output: Output(standardOutput: out, standardError: err))
        let status = await Salesctl.run(arguments, context: context)
        close(out)
        close(err)
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        return Run(
            status: status, stdout: try String(contentsOfFile: outPath, encoding: .utf8),
            stderr: try String(contentsOfFile: errPath, encoding: .utf8))
    }

    /// Checks that `arguments` is refused as malformed: exit code 2 exactly, nothing on stdout,
    /// and stderr starting with the line(s) `message`.
    static func expectMalformed(
        _ arguments: [String], _ message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let run = try await run(arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, "\(arguments)", sourceLocation: sourceLocation)
        #expect(
            run.stderr.hasPrefix(message + "\n"), "\(arguments): \(run.stderr)", sourceLocation: sourceLocation)
    }

    /// ArgumentParser's refusal of a `--format` value, with the values the command accepts.
    static func badFormat(_ value: String, oneOf values: [String]) -> String {
        let list =
            values.count == 2
            ? "'\(values[0])' and '\(values[1])'"
            : values.dropLast().map { "'\($0)'" }.joined(separator: ", ") + " or '\(values.last!)'"
        return "salesctl: the value '\(value)' is invalid for '--format <format>'. Please provide one of \(list)."
    }

    /// The same for the list formats, which ArgumentParser lists one a line.
    static func badListFormat(_ value: String) -> String {
        "salesctl: the value '\(value)' is invalid for '--format <format>'. Please provide one of the following:\n"
            + ["table", "json", "ndjson", "csv", "tsv", "excel", "markdown"].map { "  - \($0)" }.joined(separator: "\n")
    }
}
