/// Words for shell completion, read from the store the command line points at. Completion runs on
/// every TAB press, so these are fast (a directory listing, one small YAML file) and never throw:
/// a missing or broken store simply completes nothing.
public struct CompletionCandidates: Sendable {
    public let root: String

    /// The store for a command line being completed: `explicit` (the directory the command line
    /// names, relative to `start`), else `environment` (the caller's default directory), else the
    /// nearest `salesctl.yaml` upward from `start`. Nil when there is none.
    public init?(explicit: String?, environment: String?, start: String) {
        guard
            let root = try? Store.locate(
                explicit: explicit.flatMap { $0.isEmpty ? nil : $0 },
                environment: environment.flatMap { $0.isEmpty ? nil : $0 },
                start: start)
        else { return nil }
        self.root = root
    }

    public init(root: String) { self.root = root }

    /// Deal ids: the names of `deals/*.yaml` that are valid ids (no file is parsed).
    public func dealIDs() -> [String] {
        Store(root: root, config: .defaults).dealIDs().filter(DealID.isValid)
    }

    /// The file names of every report (`report show` accepts them).
    public func reportNames() -> [String] {
        Store(root: root, config: .defaults).reportPaths().map { Store.fileName(of: $0) }
    }

    /// salesctl.yaml, or nil when it cannot be read.
    public func config() -> Config? {
        guard let bytes = try? FileSystem.read(root + "/" + Config.fileName) else { return nil }
        return try? Config.parse(bytes)
    }

    public func stageIDs() -> [String] { config()?.stages.map(\.id) ?? [] }
    public func stepIDs() -> [String] { config()?.stages.flatMap { $0.steps.map(\.id) } ?? [] }
    public func kindIDs() -> [String] { config()?.kinds.map(\.id) ?? [] }
    public func signalIDs() -> [String] { config()?.signals.map(\.id) ?? [] }
    public func indicatorIDs() -> [String] { config()?.indicators.map(\.id) ?? [] }
    public func lostReasonIDs() -> [String] { config()?.lostReasons.map(\.id) ?? [] }

    /// Our side's people: every deal's owner and members, sorted, without duplicates. This reads
    /// the deal files, so it costs what `deal list` costs.
    public func people() -> [String] {
        guard let config = config() else { return [] }
        var names = Set<String>()
        for deal in Store(root: root, config: config).loadDeals().deals {
            if let owner = deal.owner { names.insert(owner) }
            names.formUnion(deal.members)
        }
        return names.sorted()
    }

    /// Names of the key persons of the first deal named among `words` (a command line).
    public func keyPersonNames(words: [String]) -> [String] {
        let ids = Set(dealIDs())
        guard let id = words.dropFirst().map(unquotedWord).first(where: ids.contains),
            let config = config(),
            let deal = try? Store(root: root, config: config).loadDeal(id)
        else { return [] }
        return deal.keyPersons.map(\.name)
    }

    /// Candidates starting with `prefix` (shells filter too; this keeps the output short).
    public static func matching(_ candidates: [String], prefix: String) -> [String] {
        let bare = unquotedWord(prefix)
        return bare.isEmpty ? candidates : candidates.filter { $0.hasPrefix(bare) }
    }
}

/// A shell word as typed, without its surrounding quotes or backslash escapes (enough for paths
/// and ids; completion receives words verbatim).
public func unquotedWord(_ word: String) -> String {
    var out = ""
    var quote: Character?
    var escaped = false
    for c in word {
        if escaped {
            out.append(c)
            escaped = false
            continue
        }
        if c == "\\" && quote != "'" {
            escaped = true
            continue
        }
        if let q = quote {
            if c == q { quote = nil } else { out.append(c) }
        } else if c == "'" || c == "\"" {
            quote = c
        } else {
            out.append(c)
        }
    }
    return out
}
