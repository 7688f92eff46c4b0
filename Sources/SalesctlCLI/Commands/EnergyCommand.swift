import ArgumentParser
import SalesKit

struct EnergyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "energy",
        abstract: "Customer energy (ユーザエネルギー) from activity reports.",
        discussion: """
            Each activity report earns points for its kind, for each attendee's title and for each \
            signal, as set in salesctl.yaml (kinds, titles, signals). See docs/METHOD.md, "User energy".

            Examples:
              salesctl energy score --today 2026-11-20
              salesctl energy score tokai-erp --explain
            """,
        subcommands: [EnergyScore.self]
    )
}

struct EnergyScore: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score deals by customer energy: cumulative, breadth and continuity.",
        discussion: """
            Without ids: a ranking of open deals by total points, with breadth (people met, key \
            persons met, approval route), continuity (active weeks, longest gap) and the trend (points \
            of the last 4 weeks vs the 4 before, and a 12-week sparkline). With ids: the three views \
            per deal. --explain lists every report with its points; the lines sum to the total.

            A report's points = kind + Σ attendees by title (most senior keyword first, else the \
            default) + Σ signals. Only reports up to --today (and from --since) count.

            Examples:
              salesctl energy score --today 2026-11-20
              salesctl energy score tokai-erp --explain --today 2026-11-20
              salesctl energy score kansai-logi tokai-erp --format json | jq '.[] | {deal, total, trend}'
              salesctl energy score --weeks 12 --format csv > energy.csv
              salesctl energy score -q | head -3 | xargs -n1 salesctl person map
            """
    )

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
            throw SalesError.invalidArgument("--weeks must be between 1 and 520, not \(weeks)")
        }
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        let sinceDate = try parseDate(since, option: "--since")
        let selected = try store.selectDeals(ids: ids)
        session.output.warnSkipped(selected.findings)
        let deals = selected.deals
        session.noteHiddenReports(from: sinceDate)
        let loaded = store.loadReports(deals: Set(deals.map(\.id)), since: sinceDate, until: today, detail: .summary)
        session.output.warnSkipped(loaded.findings)
        var scores = Energy.scores(
            deals: deals, reports: loaded.reports, config: store.config, today: today,
            since: sinceDate, windowWeeks: weeks,
            keepLines: explain || !ids.isEmpty)  // per-report lines: 80 MB at 200k reports
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
