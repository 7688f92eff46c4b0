import Foundation
import Testing

/// Runs the built `salesctl` binary the way a user does, on temporary copies of `examples/`.
enum Harness {
    /// The package root, found from this file's path.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url = url.deletingLastPathComponent()
        }
        return url
    }()

    /// The binary next to the test bundle (`.build/<triple>/debug/salesctl`).
    static let binary: String = {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("salesctl").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/salesctl").path
    }()

    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// Runs salesctl with `arguments` in `directory`, a clean environment (no colour, a fixed
    /// author, no SALESCTL_DIR/TODAY from the caller) plus `environment`.
    @discardableResult
    static func run(
        _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
        stdin: String? = nil
    ) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        for key in ["SALESCTL_DIR", "SALESCTL_TODAY", "SALESCTL_AUTHOR", "NO_COLOR", "GIT_EDITOR", "VISUAL", "EDITOR"] {
            env[key] = nil
        }
        env["SALESCTL_AUTHOR"] = "佐藤 健"
        env["TERM"] = "dumb"
        // English unless a test says otherwise (an empty value): `init` writes `language: ja`.
        env["SALESCTL_LANG"] = "en"
        for (key, value) in environment { env[key] = value }
        return try spawn(binary, arguments, in: directory, environment: env, stdin: stdin)
    }

    /// Runs a command that must be refused, on `directory` (a store): checks it printed nothing
    /// on stdout and left every file of the store as it was (the cache aside); returns the result
    /// for the caller's checks of the status and stderr.
    static func runRefused(
        _ arguments: [String], in directory: String, environment: [String: String] = [:]
    ) throws -> Result {
        let before = try snapshot(directory)
        let result = try run(arguments, in: directory, environment: environment)
        #expect(result.stdout.isEmpty, "\(arguments) printed \(result.stdout)")
        #expect(try snapshot(directory) == before, "\(arguments) changed the store")
        return result
    }

    /// Runs any program with exactly `environment`; stdout and stderr are read fully (both
    /// pipes before waiting, so a large output cannot block the child).
    static func spawn(
        _ executable: String, _ arguments: [String], in directory: String? = nil,
        environment: [String: String], stdin: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            status: process.terminationStatus)
    }

    /// A fresh copy of `examples/<name>` in a temporary directory; returns its path.
    static func copyExample(_ name: String) throws -> String {
        let target = FileManager.default.temporaryDirectory
            .appendingPathComponent("salesctl-e2e-\(UUID().uuidString)").appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("examples/\(name)"), to: target)
        return target.path
    }

    /// An empty temporary directory.
    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("salesctl-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// Every file under `root` with its bytes, to prove a failing command touched nothing.
    static func snapshot(_ root: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = root + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                !path.hasPrefix(".salesctl/")
            {
                result[path] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return result
    }
}
