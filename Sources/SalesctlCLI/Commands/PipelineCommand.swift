import ArgumentParser
import SalesKit

struct PipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "What moved in the pipeline: the weekly review of deals won, lost, moved, resized or delayed.",
        discussion: """
            The weekly "what changed in our pipeline" view, read from the deals' history events. \
            See 'salesctl pipeline changes --help' and docs/WEEK.md.

            Examples:
              salesctl pipeline changes --since 2026-11-16 --today 2026-11-20
              salesctl pipeline changes --since 2026-10-01 --owner 田中 --format markdown
            """,
        subcommands: [PipelineChangesCommand.self]
    )
}

struct PipelineChangesCommand: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "List what moved per deal between two dates, with totals per currency.",
        discussion: """
            Read from the deals' history: new deals, stage moves (advanced, backward), won, lost, \
            dropped, reopened and on-hold deals, amounts up or down and expected close dates \
            slipped or pulled in (from 'deal set'), dated --since to --until (inclusive; --until \
            defaults to today). Over the window a deal's stage, amount and close date are compared \
            from before the first change to after the last: a move there and back is no move. \
            Hand edits without a history event do not show. A won deal counts at the amount its \
            win recorded. Totals count deals and add amounts per change and currency (for \
            amount-up and amount-down, the sum of the changes).

            The table shows the deals, then the totals. CSV/TSV give the deal rows; JSON gives \
            deals and totals.

            Examples:
              salesctl pipeline changes --since 2026-11-16 --today 2026-11-20
              salesctl pipeline changes --since 2026-10-01 --owner 田中
              salesctl pipeline changes --since 2026-11-01 --format json | jq '.totals'
              salesctl pipeline changes --since 2026-11-01 -q
            """
    )

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
        guard since <= until else { throw SalesError.invalidArgument("--since \(since) is after --until \(until)") }
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
        var out = changes.view(for: format.value, config: store.config).render(format.value, style: session.style)
        if format.isForPeople {
            out += "\n" + changes.totalsView.render(format.value, style: session.style)
        }
        session.output.write(out)
    }
}
