import ArgumentParser
import SalesKit

struct PipelineCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "pipeline",
            help: .pipeline,
            subcommands: [PipelineChangesCommand.self])
    }
}

struct PipelineChangesCommand: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "changes",
            help: .pipelineChanges)
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Changes dated on or after DATE (required).", valueName: "YYYY-MM-DD"))
    var since: String

    @Option(help: ArgumentHelp("Changes dated on or before DATE (default: today).", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: "Only deals of this owner.", completion: .people)
    var owner: String?

    @Option(help: .listFormat)
    var format: ListFormat = .table

    @Flag(name: [.short, .long], help: "Print only the ids of the deals that moved, one per line.")
    var quiet = false

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let since = try parseDate(since, option: "--since")!
        let until = try parseDate(until, option: "--until") ?? session.today()
        try Clock.requireRange(since: since, until: until)
        let loaded = store.loadDeals()
        session.output.warnSkipped(loaded.findings)
        let who = try owner.map {
            try NameMatch.require($0, among: store.knownPeople(deals: loaded.deals), kind: .person, what: "owner")
        }
        let deals = who.map { who in loaded.deals.filter { $0.owner == who } } ?? loaded.deals
        let changes = PipelineChanges.build(deals: deals, config: store.config, since: since, until: until)
        if quiet {
            for line in changes.lines { session.output.line(line.deal) }
            return
        }
        changes.write(format.value, config: store.config, style: session.style) { session.output.write($0) }
    }
}
