import ArgumentParser
import SalesKit

/// `salesctl completion bash|zsh|fish`: prints a completion script generated from the command tree.
struct CompletionCommand: SalesctlCommand {
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

    func run(_ context: Context) async throws {
        let kind: CompletionShell
        switch shell {
        case .bash: kind = .bash
        case .zsh: kind = .zsh
        case .fish: kind = .fish
        }
        let script = Salesctl.completionScript(for: kind)
        context.output.write(script.hasSuffix("\n") ? script : script + "\n")
    }
}
