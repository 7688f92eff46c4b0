import SalesKit
import Subprocess

/// git, run in a directory, for the commands that read or change a clone's setup.
enum Git {
    struct Result {
        var status: Int32
        var output: String
        var error: String
        var ok: Bool { status == 0 }
        /// Output lines, without the last newline.
        var lines: [String] {
            output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        }
    }

    /// `git -C directory arguments...`; nil when git cannot be run at all.
    static func run(_ arguments: [String], in directory: String) async -> Result? {
        guard
            let result = try? await Subprocess.run(
                .name("git"), arguments: Arguments(["-C", directory] + arguments),
                output: .string(limit: 1 << 20), error: .string(limit: 1 << 16))
        else { return nil }
        guard case .exited(let code) = result.terminationStatus else {
            return Result(status: 128, output: "", error: result.standardError)
        }
        return Result(status: Int32(code), output: result.standardOutput, error: result.standardError)
    }

    /// A config value as git resolves it (every scope), nil when unset.
    static func config(_ key: String, in directory: String) async -> String? {
        guard let result = await run(["config", "--get", key], in: directory), result.ok else { return nil }
        return result.lines.first
    }

    /// `check`'s warning: the store is in a git work tree (found without running git) and deal
    /// files would merge line by line, because the clone names no merge driver or
    /// .gitattributes does not route deal files to it.
    static func mergeDriverWarning(root: String) async -> String? {
        guard GitSetup.workTreePrefix(of: root) != nil else { return nil }
        guard await config(GitSetup.driverKey, in: root) != nil else {
            return Message.warnNoMergeDriver.text()
        }
        guard let attr = await run(["check-attr", "merge", "--", "deals/x.yaml"], in: root), attr.ok else { return nil }
        if attr.output.hasSuffix(": merge: salesctl\n") { return nil }
        return Message.warnAttributes.text()
    }
}
