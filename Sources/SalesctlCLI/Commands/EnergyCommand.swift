import ArgumentParser
import SalesKit

struct EnergyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "energy",
            help: .energy,
            subcommands: [EnergyScore.self])
    }
}

struct EnergyScore: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "score",
            help: .energyScore)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Deal ids (default: every open deal, ranked).", completion: .dealIDs)
    var ids: [String] = []

    @Option(help: ArgumentHelp("Count only reports on or after DATE.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(
        help: "Continuity window: the last N weeks, this week included (default: \(Energy.defaultWindowWeeks)).",
        transform: wholeNumber)
    var weeks: Int = Energy.defaultWindowWeeks

    @Flag(help: "List each report's points (kind + attendees + signals), summing to the total.")
    var explain = false

    @Option(help: .listFormat)
    var format: ListFormat = .table

    @Flag(name: [.short, .long], help: "Print only deal ids, one per line, in ranking order.")
    var quiet = false

    func run(_ context: Context) async throws {
        guard weeks >= 1 && weeks <= 520 else {
            throw SalesError.invalidArgument(ErrorText(.useBetween, "--weeks", 1, 520, weeks))
        }
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        let sinceDate = try parseDate(since, option: "--since")
        let selected = try store.selectDeals(ids: ids)
        session.output.warnSkipped(selected.findings)
        let deals = selected.deals
        session.noteHiddenReports(from: sinceDate)
        // Streamed, one tally per deal; per-report lines (80 MB at 200k reports) only when shown.
        var scorer = Energy.Scorer(
            deals: deals, config: store.config, today: today, since: sinceDate, windowWeeks: weeks,
            keepLines: explain || !ids.isEmpty)
        session.output.warnSkipped(
            store.forEachReport(deals: Set(deals.map(\.id)), since: sinceDate, until: today, detail: .summary) {
                scorer.add($0)
            })
        var scores = scorer.scores()
        if ids.isEmpty { scores.sort { ($1.total, $0.deal) < ($0.total, $1.deal) } }
        if quiet {
            for score in scores { session.output.line(score.deal) }
            return
        }
        let byID = Dictionary(uniqueKeysWithValues: deals.map { ($0.id, $0) })
        if format == .table && (!ids.isEmpty || explain) {
            session.output.write(
                scores.map { EnergyText.detail($0, deal: byID[$0.deal]!, config: store.config, explain: explain) }
                    .joined(separator: "\n"))
            return
        }
        let (header, rows) = EnergyText.rows(
            scores, deals: byID, config: store.config, explain: explain, table: format.isForPeople)
        session.write(
            ListView(
                header: header, rows: rows,
                rightAligned: [3, 4, 5, 6, 7, 8, 9, 10],  // the table (--explain tables were written above)
                json: { .array(scores.map { $0.json(deal: byID[$0.deal]!, explain: explain) }) }), format)
    }
}
