/// What `salesctl git setup` puts in a clone, and what it would change: pure functions of the
/// current state (git config values, .gitattributes text, the hook file), so the command only
/// reads that state, applies the plan and says what it did. Running it twice changes nothing.
public enum GitSetup {
    /// The clone's git config that names the merge driver of `deals/*.yaml merge=salesctl`.
    public static let config: [(key: String, value: String)] = [
        ("merge.salesctl.name", "salesctl deal history"),
        ("merge.salesctl.driver", "salesctl merge-driver %O %A %B %P")
    ]

    /// The key whose absence means deal files merge line by line (`check` warns about it).
    public static let driverKey = "merge.salesctl.driver"

    /// The lines of `Store.gitAttributes` that say something (comments and blank lines aside).
    public static var attributeLines: [String] {
        Store.gitAttributes.split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
    }

    /// The attribute lines missing from `existing` (a .gitattributes, nil when there is none),
    /// compared line by line with surrounding spaces ignored.
    public static func missingAttributeLines(in existing: String?) -> [String] {
        let present = Set(
            (existing ?? "").split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
                .map { String($0).trimmingSpaces })
        return attributeLines.filter { !present.contains($0) }
    }

    /// The new .gitattributes: `init`'s whole file when there is none, else the existing text
    /// with the missing lines appended under one comment; nil when nothing is missing.
    public static func updatedAttributes(_ existing: String?) -> String? {
        let missing = missingAttributeLines(in: existing)
        guard !missing.isEmpty else { return nil }
        guard let existing, !existing.isEmpty else { return Store.gitAttributes }
        let separator = existing.hasSuffix("\n") ? "" : "\n"
        return existing + separator + "# Added by 'salesctl git setup' (see 'salesctl merge-driver --help').\n"
            + missing.joined(separator: "\n") + "\n"
    }

    /// The config entries to set, given each key's current value (nil when unset). An entry set
    /// to something else is a conflict: the command refuses unless told to replace it.
    public static func configChanges(current: [String: String]) -> (
        set: [(key: String, value: String)],
        conflicts: [(key: String, current: String, wanted: String)]
    ) {
        var set: [(key: String, value: String)] = []
        var conflicts: [(key: String, current: String, wanted: String)] = []
        for entry in config {
            switch current[entry.key] {
            case entry.value?: continue
            case nil: set.append(entry)
            case let other?:
                conflicts.append((entry.key, other, entry.value))
                set.append(entry)
            }
        }
        return (set, conflicts)
    }

    /// The first line after the shebang of the hook salesctl writes; a hook with it is ours.
    public static let hookMarker = "# salesctl pre-commit hook"

    /// The pre-commit hook: `salesctl check` on the store, `storePath` being the store's path
    /// relative to the top of the work tree, where git runs hooks ("" or "." for the top).
    public static func hookScript(storePath: String) -> String {
        let directory = storePath.isEmpty ? "." : storePath
        return """
            #!/bin/sh
            \(hookMarker), written by 'salesctl git setup --hook'.
            # Refuses the commit when 'salesctl check' finds a problem in the store (the working tree's
            # files). Skip it once with 'git commit --no-verify'.
            exec salesctl -C \(shellQuoted(directory)) check

            """
    }

    public enum HookPlan: Equatable, Sendable {
        /// No hook yet: write ours.
        case install
        /// Ours, but older or edited: rewrite it.
        case update
        /// Ours and as it should be.
        case unchanged
        /// Someone else's hook: left alone.
        case foreign
    }

    /// What to do with the pre-commit hook whose current text is `existing` (nil: no file).
    public static func hookPlan(existing: String?, wanted: String) -> HookPlan {
        guard let existing else { return .install }
        if existing == wanted { return .unchanged }
        let lines = existing.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        return lines.count > 1 && lines[1].hasPrefix(hookMarker) ? .update : .foreign
    }

    /// The store's path inside its git work tree ("" at the top, "sales/team-a" below it), found
    /// by looking for `.git` (a directory, or a file in linked worktrees and submodules) from
    /// `root` upward; nil outside any work tree. `root` is absolute.
    public static func workTreePrefix(of root: String) -> String? {
        var directory = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        var inside: [Substring] = []
        while true {
            if FileSystem.exists((directory == "/" ? "" : directory) + "/.git") {
                return inside.reversed().joined(separator: "/")
            }
            guard directory != "/", let slash = directory.lastIndex(of: "/") else { return nil }
            inside.append(directory[directory.index(after: slash)...])
            directory = slash == directory.startIndex ? "/" : String(directory[..<slash])
        }
    }

    /// `'word'` for sh, or the word itself when it needs no quotes.
    static func shellQuoted(_ word: String) -> String {
        let plain =
            !word.isEmpty
            && word.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "-_./".unicodeScalars.contains($0)
            }
        return plain
            ? word : "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
