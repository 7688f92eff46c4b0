import ArgumentParser
import SalesKit

/// Completion kinds that read the store the command line points at (`-C`, else SALESCTL_DIR, else
/// the nearest salesctl.yaml upward), for any command's arguments and options:
///
///     @Argument(help: "The deal id.", completion: .dealIDs) var id: String
///     @Option(help: "...", completion: .stages) var stage: String?
///
/// The closures run only when a shell asks for completions (`salesctl ---completion ...`), never
/// when a completion script is generated; they print nothing and never fail.
extension CompletionKind {
    /// Deal ids: the names of deals/*.yaml.
    static var dealIDs: CompletionKind { fromStore { $0.dealIDs() } }
    /// Report file names (`report show` also takes unique suffixes).
    static var reports: CompletionKind { fromStore { $0.reportNames() } }
    /// Stage ids of salesctl.yaml.
    static var stages: CompletionKind { fromStore { $0.stageIDs() } }
    /// Checklist step ids of every stage.
    static var steps: CompletionKind { fromStore { $0.stepIDs() } }
    /// Contact kind ids.
    static var kinds: CompletionKind { fromStore { $0.kindIDs() } }
    /// Signal ids.
    static var signals: CompletionKind { fromStore { $0.signalIDs() } }
    /// Quality indicator ids.
    static var indicators: CompletionKind { fromStore { $0.indicatorIDs() } }
    /// Lost/dropped/on-hold reason ids.
    static var lostReasons: CompletionKind { fromStore { $0.lostReasonIDs() } }
    /// Our side's people: owners and members of every deal (owners, members, authors).
    static var people: CompletionKind { fromStore { $0.people() } }
    /// Key persons of the deal named on the command line (the first word that is a deal id).
    static var keyPersons: CompletionKind {
        fromStore(words: true) { store, words in store.keyPersonNames(words: words) }
    }
    /// Deal statuses accepted by filters.
    static var statuses: CompletionKind { .list(["open", "won", "lost", "dropped", "on-hold", "closed", "all"]) }

    private static func fromStore(_ candidates: @escaping @Sendable (CompletionCandidates) -> [String])
        -> CompletionKind
    {
        fromStore(words: false) { store, _ in candidates(store) }
    }

    private static func fromStore(
        words _: Bool,
        _ candidates: @escaping @Sendable (CompletionCandidates, [String]) -> [String]
    ) -> CompletionKind {
        .custom { words, _, prefix in
            guard let store = candidateStore(words: words, context: Context.process()) else { return [] }
            return CompletionCandidates.matching(candidates(store, words), prefix: prefix)
        }
    }

    /// The store of a command line being completed: its last `-C DIR`/`--dir DIR`/`--dir=DIR`
    /// (quoted as typed; `~/` is the home directory), else SALESCTL_DIR, else the nearest
    /// salesctl.yaml upward.
    static func candidateStore(words: [String], context: Context) -> CompletionCandidates? {
        let words = words.map(unquotedWord)
        var explicit: String?
        var index = 0
        while index < words.count {
            if let (value, count) = Invocation.directoryOption(words[index...]) {
                if let value { explicit = value }
                index += count
            } else {
                index += 1
            }
        }
        if let dir = explicit, dir.hasPrefix("~/"), let home = context.variable("HOME") {
            explicit = home + dir.dropFirst(1)
        }
        return CompletionCandidates(
            explicit: explicit, environment: context.variable("SALESCTL_DIR"),
            start: context.workingDirectory)
    }
}
