import ArgumentParser
import SalesKit

struct InitCommand: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new store: salesctl.yaml, deals/ and reports/.",
        discussion: """
            Writes a commented salesctl.yaml with the default stages (発見, 定義, 決定, デリバリー, 維持), \
            activity kinds, energy weights, lost reasons and quality indicators. Edit it to fit the team. \
            Refuses to overwrite an existing store.

            Also writes .gitignore (salesctl's lock and temporary files) and .gitattributes (LF line \
            endings; deal files merged by 'salesctl merge-driver' once a clone runs \
            git config merge.salesctl.driver "salesctl merge-driver %O %A %B %P").

            Examples:
              salesctl init                 # in the current directory
              salesctl init ~/sales/team-a  # creates the directory if needed
              salesctl init --quality meddpicc ~/sales/enterprise
              cd ~/sales/team-a && git init && git add . && git commit -m "salesctl store"

            --quality picks the deal-quality indicators: pronavi (default: referral, empathy, no \
            strong competitor, champion in place, executive engaged), meddpicc (metrics, economic \
            buyer, decision criteria, decision process, paper process, pain, champion, competition) \
            or bant (budget, authority, need, timeline).
            """
    )

    @Argument(help: "Where to create the store (default: the current directory).", completion: .directory)
    var directory: String = "."

    @Option(help: "Quality indicators template: pronavi, meddpicc or bant.")
    var quality: QualityTemplate = .pronavi

    @Option(help: "The language salesctl speaks in this store: ja (the template's) or en.")
    var language: Language = .ja

    func run(_ context: Context) async throws {
        // The new store's language, unless SALESCTL_LANG says otherwise.
        if context.variable("SALESCTL_LANG") == nil { Language.set(language) }
        let root = try Store.initialize(
            at: context.path(directory), configText: Config.withLanguage(language, quality.configText))
        context.output.line(Message.doneInit.text(root))
    }
}

extension QualityTemplate: ExpressibleByArgument {}

extension Language: ExpressibleByArgument {}
