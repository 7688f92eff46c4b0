import ArgumentParser
import SalesKit

struct PersonCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "person",
            help: .person,
            subcommands: [PersonAdd.self, PersonSet.self, PersonRemove.self, PersonMap.self])
    }
}

struct PersonMap: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "map",
            help: .personMap)
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String

    @Option(help: "Output format: table, json, markdown or mermaid.")
    var format: MapFormat = .table

    @Option(
        parsing: .unconditional,
        help: "Warn about key persons not met for more than N days (default: stale_days of salesctl.yaml).",
        transform: wholeNumber)
    var days: Int?

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        if let days, days < 1 { throw SalesError.invalidArgument(ErrorText(.useAtLeast, "--days", 1, days)) }
        let deal = try store.loadDeal(id)
        let reports = session.reports(of: [deal.id], detail: .full)
        let map = Language.english(if: format == .json) {  // the warnings' messages: JSON is English
            PowerMap.build(deal: deal, reports: reports, today: today, days: days ?? store.config.staleDays)
        }
        switch format {
        case .json: session.output.write(map.json(today: today).render())
        case .markdown: session.output.write(map.markdown)
        case .mermaid: session.output.write(map.mermaid)
        default: session.output.write(map.text(palette: session.palette()))  // table
        }
    }
}
