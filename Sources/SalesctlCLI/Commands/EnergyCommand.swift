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
        parsing: .unconditional,
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
        let today = try session.today()
        let sinceDate = try parseDate(since, option: "--since")
        let selected = try session.store.selectDeals(ids: ids)
        session.output.warnSkipped(selected.findings)
        let reports = session.reports(of: Set(selected.deals.map(\.id)), since: sinceDate, until: today)
        let scores = Energy.scores(
            deals: selected.deals, reports: reports, config: session.config, today: today, since: sinceDate,
            windowWeeks: weeks, keepLines: explain || !ids.isEmpty,  // per-report lines: 80 MB at 200k reports
            ranked: ids.isEmpty)
        if quiet {
            for score in scores { session.output.line(score.deal) }
            return
        }
        EnergyText.write(
            scores, deals: selected.deals, config: session.config, format: format.value, explain: explain,
            pages: !ids.isEmpty || explain, style: session.style, to: { session.output.write($0) })
    }
}
