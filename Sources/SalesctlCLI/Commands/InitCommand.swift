import ArgumentParser
import SalesKit

struct InitCommand: SalesctlCommand, ChoosesLanguage {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "init",
            help: .initStore)
    }

    @Argument(help: "Where to create the store (default: the current directory).", completion: .directory)
    var directory: String = "."

    @Option(help: "Quality indicators template: pronavi, meddpicc or bant.")
    var quality: QualityTemplate = .pronavi

    /// The new store's: its messages, errors included, speak it (`ChoosesLanguage`).
    @Option(help: "The language salesctl speaks in this store: ja (the template's) or en.")
    var language: Language = .ja

    func run(_ context: Context) async throws {
        let root = try Store.initialize(
            at: context.path(directory), configText: Config.withLanguage(language, quality.configText))
        context.output.line(Message.doneInit.text(root))
    }
}

extension QualityTemplate: ExpressibleByArgument {}

extension Language: ExpressibleByArgument {}
