import ArgumentParser
import SalesKit

/// `salesctl completion bash|zsh|fish`: prints a completion script generated from the command tree.
struct CompletionCommand: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "completion",
            help: .completion)
    }

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
