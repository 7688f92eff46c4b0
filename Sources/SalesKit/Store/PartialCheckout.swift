/// A team that keeps only recent years checked out (`git sparse-checkout set deals reports/2026`)
/// still runs every command; what a command cannot see, it says. This is the one rule for "what
/// is missing": when the store is a git sparse checkout, the reports before the oldest month
/// directory present are taken to be not checked out, and that month's first day is the
/// horizon. Outside a sparse checkout there is no horizon: an absent month had no reports.
///
/// The check reads two small files of the git directory (no git process): a `.git` directory
/// or `gitdir:` file found upward from the store, its `info/sparse-checkout`, and
/// `core.sparseCheckout` in its `config` or `config.worktree`. A partial clone
/// (`--filter=blob:none`) checks out every file, so it needs nothing here.
public enum PartialCheckout {
    /// The first day of the oldest month of `reports/` present, when the store at `root` is a
    /// sparse checkout that may hide older ones; nil otherwise (or when no report is present).
    public static func horizon(root: String) -> CalendarDate? {
        guard isSparse(root: root) else { return nil }
        return oldestMonth(reports: root + "/" + Store.reportsDirectory)
    }

    /// The oldest `YYYY/MM` directory under `reports`, as its first day.
    static func oldestMonth(reports: String) -> CalendarDate? {
        func numbered(_ directory: String, digits: Int) -> [Int] {
            FileSystem.entries(directory).compactMap { entry in
                guard entry.kind == .directory, entry.name.utf8.count == digits,
                    entry.name.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
                else { return nil }
                return Int(entry.name)
            }.sorted()
        }
        for year in numbered(reports, digits: 4) {
            let yearPath = reports + "/" + String(year)
            if let month = numbered(yearPath, digits: 2).first(where: { (1...12).contains($0) }) {
                return CalendarDate(year: year, month: month, day: 1)
            }
        }
        return nil
    }

    /// Whether the work tree holding `root` is a git sparse checkout.
    static func isSparse(root: String) -> Bool {
        guard let gitDirectory = gitDirectory(above: root) else { return false }
        guard FileSystem.exists(gitDirectory + "/info/sparse-checkout") else { return false }
        let common = commonDirectory(of: gitDirectory)
        for config in [gitDirectory + "/config.worktree", common + "/config", common + "/config.worktree"] {
            if let value = coreSetting("sparsecheckout", in: config) { return value }
        }
        return false
    }

    /// The git directory of the work tree holding `path`: `.git` as a directory, or the
    /// directory a `.git` file names (`gitdir: …`, as in a linked worktree or a submodule).
    static func gitDirectory(above path: String) -> String? {
        var directory = path
        while true {
            let dotGit = directory + "/.git"
            switch FileSystem.kind(dotGit) {
            case .directory?:
                return dotGit
            case .file?:
                guard let bytes = try? FileSystem.read(dotGit, limit: 4096) else { return nil }
                let text = firstLine(bytes)
                guard text.hasPrefix("gitdir:") else { return nil }
                let target = String(text.dropFirst("gitdir:".count)).trimmingSpaces
                return target.hasPrefix("/") ? target : Store.normalize(directory + "/" + target)
            default:
                let parent = FileSystem.parentDirectory(of: directory)
                if parent == directory || directory == "/" { return nil }
                directory = parent
            }
        }
    }

    /// A linked worktree's git directory names the shared one in `commondir`.
    static func commonDirectory(of gitDirectory: String) -> String {
        guard let bytes = try? FileSystem.read(gitDirectory + "/commondir", limit: 4096) else { return gitDirectory }
        let target = firstLine(bytes)
        return target.hasPrefix("/") ? target : Store.normalize(gitDirectory + "/" + target)
    }

    /// The first line of a one-line git file (`gitdir: …`, `commondir`), spaces trimmed.
    static func firstLine(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self).trimmingSpaces
    }

    /// `core.<key>` (lower-case) as a git boolean in the config file at `path`; nil when the
    /// file or the key is absent. Enough of git's config syntax for this one key: sections in
    /// brackets, `key = value` lines, `#`/`;` comments; the last setting wins.
    static func coreSetting(_ key: String, in path: String) -> Bool? {
        guard let bytes = try? FileSystem.read(path, limit: 1 << 20) else { return nil }
        var inCore = false
        var value: Bool?
        for rawLine in String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingSpaces
            if line.hasPrefix("[") {
                let section = line.dropFirst().prefix { $0 != "]" && $0 != " " && $0 != "\"" }
                inCore = section.lowercased() == "core"
                continue
            }
            guard inCore, !line.hasPrefix("#"), !line.hasPrefix(";") else { continue }
            let parts = line.split(separator: "=", maxSplits: 1)
            guard parts[0].trimmingSpaces.lowercased() == key else { continue }
            // A bare key is true, as in git.
            let word = parts.count > 1 ? parts[1].trimmingSpaces.lowercased() : "true"
            value = ["true", "yes", "on", "1"].contains(word)
        }
        return value
    }
}
