import ArgumentParser
import SalesKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `salesctl git`: the git clone the store lives in.
struct GitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "git",
            help: .git,
            subcommands: [GitSetupCommand.self])
    }
}

struct GitSetupCommand: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "setup",
            help: .gitSetup)
    }

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Also install a pre-commit hook that runs 'salesctl check'.")
    var hook = false

    @Flag(help: "Replace merge.salesctl values that name another command.")
    var force = false

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let clone = try await CloneInfo.read(root: store.root)
        // Everything is decided before anything is written: a refusal changes nothing.
        var current: [String: String] = [:]
        for entry in GitSetup.config { current[entry.key] = await Git.config(entry.key, in: store.root) }
        let config = GitSetup.configChanges(current: current)
        if let conflict = config.conflicts.first, !force {
            throw SalesError.refused(
                "git config \(conflict.key) is \(quoted(conflict.current)), not "
                    + "\(quoted(conflict.wanted)); nothing changed\nhint: rerun with --force to replace it")
        }
        let attributesPath = store.root + "/.gitattributes"
        let oldAttributes = try readText(attributesPath)
        let hookText = GitSetup.hookScript(storePath: clone.prefix)
        let hookPlan = hook ? GitSetup.hookPlan(existing: try readText(clone.hookPath), wanted: hookText) : nil
        if hookPlan == .foreign {
            throw SalesError.refused(
                "\(quoted(clone.hookShown)) exists and was not written by salesctl; nothing changed\n"
                    + "hint: add 'salesctl check' to that hook yourself, or use the pre-commit framework (docs/GIT.md)")
        }
        var changes: [String] = []
        for entry in config.set {
            try await setConfig(entry.key, entry.value, in: store.root)
            changes.append(
                "set git config \(entry.key) \"\(entry.value)\""
                    + (current[entry.key].map { " (was \(quoted($0)))" } ?? ""))
        }
        if let attributes = GitSetup.updatedAttributes(oldAttributes) {
            try FileSystem.writeAtomically(Array(attributes.utf8), to: attributesPath, display: ".gitattributes")
            changes.append(
                "added to .gitattributes: " + GitSetup.missingAttributeLines(in: oldAttributes).joined(separator: ", ")
                    + " (commit it: every clone needs it)")
        }
        if let hookPlan, hookPlan != .unchanged {
            try installHook(hookText, at: clone.hookPath, shown: clone.hookShown)
            changes.append(
                "\(hookPlan == .install ? "installed" : "updated") pre-commit hook \(clone.hookShown): runs 'salesctl check' before each commit"
            )
        }
        for line in changes { session.output.line(line) }
        if changes.isEmpty {
            session.output.line(
                "nothing to change: the merge driver is set up" + (hook ? " and the pre-commit hook installed" : ""))
        }
    }

    /// A file's text, nil when there is no such file.
    func readText(_ path: String) throws -> String? {
        FileSystem.exists(path) ? String(decoding: try FileSystem.read(path), as: UTF8.self) : nil
    }

    func setConfig(_ key: String, _ value: String, in root: String) async throws {
        guard let result = await Git.run(["config", "--local", key, value], in: root) else { throw CloneInfo.noGit }
        guard result.ok else {
            let reason = result.error.split(separator: "\n").first.map(String.init) ?? "exit status \(result.status)"
            throw SalesError.refused("git config \(key) failed: \(reason)")
        }
    }

    func installHook(_ text: String, at path: String, shown: String) throws {
        try FileSystem.createDirectories(FileSystem.parentDirectory(of: path))
        try FileSystem.writeAtomically(Array(text.utf8), to: path, display: shown)
        guard chmod(path, 0o755) == 0 else { throw SalesError.io(path: shown, reason: "cannot make it executable") }
    }
}

/// Where the store sits in its git clone.
struct CloneInfo {
    /// The store's directory relative to the top of the work tree ("" at the top).
    var prefix: String
    /// The pre-commit hook's absolute path (core.hooksPath is honoured) and as shown to people.
    var hookPath: String
    var hookShown: String

    static let noGit = SalesError.refused("cannot run git; is it installed?")

    static func read(root: String) async throws -> CloneInfo {
        guard
            let result = await Git.run(
                ["rev-parse", "--show-toplevel", "--show-prefix", "--git-path", "hooks/pre-commit"],
                in: root)
        else { throw noGit }
        let lines = result.lines
        guard result.ok, lines.count == 3 else {
            throw SalesError.refused(
                "the store is not in a git work tree: \(quoted(root))\n"
                    + "hint: run 'git init' in the store, or clone the team's repository, then 'salesctl git setup'")
        }
        let prefix = lines[1].hasSuffix("/") ? String(lines[1].dropLast()) : lines[1]
        let hook = lines[2].hasPrefix("/") ? lines[2] : root + "/" + lines[2]
        return CloneInfo(prefix: prefix, hookPath: hook, hookShown: lines[2])
    }
}
