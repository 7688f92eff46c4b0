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
        let clone = try await CloneInfo.read(root: session.store.root)
        let plan = try await plan(root: session.store.root, clone: clone)
        let changes = try await apply(plan, root: session.store.root, clone: clone)
        for line in changes { session.output.line(line) }
        if changes.isEmpty {
            session.output.line((hook ? Message.gitNothingHook : .gitNothing).text())
        }
    }

    /// What `git setup` would change, decided before anything is written: a refusal changes
    /// nothing.
    struct Plan {
        var current: [String: String]
        /// The config entries to set.
        var set: [(key: String, value: String)]
        var oldAttributes: String?
        var hookText: String
        var hookPlan: GitSetup.HookPlan?
    }

    func plan(root: String, clone: CloneInfo) async throws -> Plan {
        var current: [String: String] = [:]
        for entry in GitSetup.config { current[entry.key] = await Git.config(entry.key, in: root) }
        let config = GitSetup.configChanges(current: current)
        if let conflict = config.conflicts.first, !force {
            throw SalesError.refused(
                ErrorText(.useGitConflict, conflict.key, quoted(conflict.current), quoted(conflict.wanted), "--force"))
        }
        let oldAttributes = try readText(root + "/.gitattributes")
        let hookText = GitSetup.hookScript(storePath: clone.prefix)
        let hookPlan = hook ? GitSetup.hookPlan(existing: try readText(clone.hookPath), wanted: hookText) : nil
        if hookPlan == .foreign {
            throw SalesError.refused(ErrorText(.useForeignHook, quoted(clone.hookShown)))
        }
        return Plan(
            current: current, set: config.set, oldAttributes: oldAttributes, hookText: hookText, hookPlan: hookPlan)
    }

    /// Carries out `plan`; returns what it changed, a line each.
    func apply(_ plan: Plan, root: String, clone: CloneInfo) async throws -> [String] {
        let (current, oldAttributes) = (plan.current, plan.oldAttributes)
        var changes: [String] = []
        for entry in plan.set {
            try await setConfig(entry.key, entry.value, in: root)
            let value = "\"\(entry.value)\""
            changes.append(
                current[entry.key].map { Message.gitSetConfigWas.text(entry.key, value, quoted($0)) }
                    ?? Message.gitSetConfig.text(entry.key, value))
        }
        if let attributes = GitSetup.updatedAttributes(oldAttributes) {
            try FileSystem.writeAtomically(
                Array(attributes.utf8), to: root + "/.gitattributes", display: ".gitattributes")
            changes.append(
                Message.gitAttributes.text(GitSetup.missingAttributeLines(in: oldAttributes).joined(separator: ", ")))
        }
        if let hookPlan = plan.hookPlan, hookPlan != .unchanged {
            try installHook(plan.hookText, at: clone.hookPath, shown: clone.hookShown)
            changes.append((hookPlan == .install ? Message.gitHookInstalled : .gitHookUpdated).text(clone.hookShown))
        }
        return changes
    }

    /// A file's text, nil when there is no such file.
    func readText(_ path: String) throws -> String? {
        FileSystem.exists(path) ? String(decoding: try FileSystem.read(path), as: UTF8.self) : nil
    }

    func setConfig(_ key: String, _ value: String, in root: String) async throws {
        guard let result = await Git.run(["config", "--local", key, value], in: root) else { throw CloneInfo.noGit }
        guard result.ok else {
            let reason = result.error.split(separator: "\n").first.map(String.init) ?? "exit status \(result.status)"
            throw SalesError.refused(ErrorText(.useGitConfigFailed, key, reason))
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

    static let noGit = SalesError.refused(ErrorText(.useNoGit))

    static func read(root: String) async throws -> CloneInfo {
        guard
            let result = await Git.run(
                ["rev-parse", "--show-toplevel", "--show-prefix", "--git-path", "hooks/pre-commit"],
                in: root)
        else { throw noGit }
        let lines = result.lines
        guard result.ok, lines.count == 3 else {
            throw SalesError.refused(ErrorText(.useNotInGit, quoted(root)))
        }
        let prefix = lines[1].hasSuffix("/") ? String(lines[1].dropLast()) : lines[1]
        let hook = lines[2].hasPrefix("/") ? lines[2] : root + "/" + lines[2]
        return CloneInfo(prefix: prefix, hookPath: hook, hookShown: lines[2])
    }
}
