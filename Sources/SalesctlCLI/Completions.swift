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

    private static func fromStore(_ candidates: @escaping @Sendable (CompletionCandidates) -> [String]) -> CompletionKind {
        fromStore(words: false) { store, _ in candidates(store) }
    }

    private static func fromStore(words _: Bool,
                                  _ candidates: @escaping @Sendable (CompletionCandidates, [String]) -> [String]) -> CompletionKind {
        .custom { words, _, prefix in
            guard let store = CompletionCandidates(words: words, environment: FileSystem.environment("SALESCTL_DIR"),
                                                   start: FileSystem.currentDirectory()) else { return [] }
            return CompletionCandidates.matching(candidates(store, words), prefix: prefix)
        }
    }
}

/// `salesctl completion bash|zsh|fish`: prints a completion script generated from the command tree.
struct CompletionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completion",
        abstract: "Print a shell completion script for bash, zsh or fish.",
        discussion: """
        The script completes commands and options, and asks salesctl for deal ids, stages, kinds, \
        signals, indicators and people from the store of the command line (-C, else SALESCTL_DIR, \
        else the nearest salesctl.yaml upward). The same scripts are in completions/ of the \
        source tree.

        Examples:
          salesctl completion bash > ~/.local/share/bash-completion/completions/salesctl
          salesctl completion zsh > ~/.zfunc/_salesctl     # with fpath+=(~/.zfunc) before compinit
          salesctl completion fish > ~/.config/fish/completions/salesctl.fish
        """
    )

    @Argument(help: "The shell: bash, zsh or fish.")
    var shell: Shell

    enum Shell: String, ExpressibleByArgument, CaseIterable { case bash, zsh, fish }

    func run() throws {
        let kind: CompletionShell
        switch shell {
        case .bash: kind = .bash
        case .zsh: kind = .zsh
        case .fish: kind = .fish
        }
        let script = Salesctl.completionScript(for: kind)
        Output.write(script.hasSuffix("\n") ? script : script + "\n")
    }
}
