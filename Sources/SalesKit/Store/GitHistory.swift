import Foundation

/// Who committed what, from ONE `git log -p` over `deals/` and `reports/`: the commit that
/// added each file (a report), and the commit that added the lines of each history event of a
/// deal file. A pure parser of git's output; the command runs git.
public struct GitHistory: Sendable, Equatable {
    public struct Commit: Sendable, Equatable {
        public var hash: String
        public var author: String
        public var date: String

        public var shortHash: String { String(hash.prefix(7)) }
    }

    /// Path (relative to the store root) → the oldest commit that added the file.
    public var files: [String: Commit] = [:]
    /// "path\u{1}signature" → the oldest commit that added a history event with that signature.
    public var events: [String: Commit] = [:]

    public init() {}

    /// The arguments of the one git process, run in the store's root. `--relative` makes paths
    /// relative to the store even when it is a subdirectory of the repository; merge commits
    /// show no patch, so events are credited to the commits that wrote them.
    ///
    /// With `since`, commits made before it (less two days for time zones) are skipped: an entry
    /// dated on or after `since` cannot have been committed earlier, since salesctl refuses
    /// future dates. That keeps the patch output small in a long history.
    public static func arguments(since: CalendarDate? = nil) -> [String] {
        var arguments = [
            "-c", "core.quotepath=off", "log", "--no-color", "--no-renames", "--no-ext-diff", "--relative",
            "-p", "--unified=0", "--format=%x1e%H%x1f%an%x1f%ad", "--date=short"
        ]
        if let since { arguments.append("--since=\(since.adding(days: -2)) 00:00") }
        return arguments + ["--", "deals", "reports"]
    }

    /// Parses `git log` output produced with `arguments` (newest commit first).
    public static func parse(_ output: String) -> GitHistory {
        var history = GitHistory()
        var commit: Commit?
        var path: String?
        var item: (indent: Int, fields: [(String, String)])?
        var isNew = false

        func flush() {
            defer { item = nil }
            guard let fields = item?.fields, let commit, let path else { return }
            let map = Dictionary(fields, uniquingKeysWith: { a, _ in a })
            guard let date = map["date"], let kind = map["event"] else { return }
            let rest = fields.filter { !["date", "by", "event"].contains($0.0) }
            for key in [
                signature(date: date, by: map["by"], kind: kind, fields: rest),
                signature(date: date, by: map["by"], kind: kind, fields: nil)
            ] {
                history.events[path + "\u{1}" + key] = commit
            }
        }

        for raw in output.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = Substring(raw)
            if line.hasPrefix("\u{1E}") {
                flush()
                let parts = line.dropFirst().split(separator: "\u{1F}", omittingEmptySubsequences: false)
                commit =
                    parts.count == 3
                    ? Commit(hash: String(parts[0]), author: String(parts[1]), date: String(parts[2])) : nil
                path = nil
            } else if line.hasPrefix("diff --git ") {
                flush()
                path = nil
                isNew = false
            } else if line.hasPrefix("new file mode") {
                isNew = true
            } else if line.hasPrefix("+++ ") {
                path = line.hasPrefix("+++ b/") ? String(line.dropFirst(6)) : nil
                if isNew, let path, let commit { history.files[path] = commit }
            } else if line.hasPrefix("@@") {
                flush()
            } else if line.hasPrefix("+"), let p = path, p.hasPrefix("deals/") {
                let content = line.dropFirst()
                let indent = content.prefix { $0 == " " }.count
                let rest = content.dropFirst(indent)
                if rest.hasPrefix("- "), let (key, value) = keyValue(rest.dropFirst(2)) {
                    flush()
                    item = (indent, [(key, value)])
                } else if let current = item, indent == current.indent + 2, let (key, value) = keyValue(rest) {
                    item!.fields.append((key, value))
                } else {
                    flush()
                }
            } else {
                flush()
            }
        }
        flush()
        return history
    }

    /// The key that matches an event in a deal file with the lines a commit added.
    public static func signature(date: String, by: String?, kind: String, fields: [(String, String)]?) -> String {
        var text = date + "\u{1F}" + (by ?? "") + "\u{1F}" + kind
        if let fields {
            text += "\u{1F}" + fields.map { $0.0 + "=" + $0.1 }.joined(separator: "\u{1F}")
        }
        return text
    }

    /// The commit that added `event` to the deal file at `path`: by every field, else by date,
    /// author and kind (when git's diff cut the event's lines differently).
    public func commit(for event: Deal.Event, in path: String) -> Commit? {
        let date = event.date.description
        return events[
            path + "\u{1}" + GitHistory.signature(date: date, by: event.by, kind: event.kind, fields: event.fields)]
            ?? events[path + "\u{1}" + GitHistory.signature(date: date, by: event.by, kind: event.kind, fields: nil)]
    }

    /// `key: value` of one YAML line, the value read by the project's YAML reader (quotes,
    /// escapes and comments as in the deal file, so `note: "見積 #2"` reads back whole).
    static func keyValue(_ text: Substring) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = String(text[..<colon])
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        let bytes = Array(text.utf8)
        guard let node = try? bytes.withUnsafeBytes({ try YAMLReader.parse($0, path: "") }),
            let value = node.mapping?[key]?.scalar?.value
        else { return nil }
        return (key, value)
    }
}
