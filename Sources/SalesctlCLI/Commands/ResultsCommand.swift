import ArgumentParser
import SalesKit

extension Results.Grouping: ExpressibleByArgument {}

struct ResultsCommand: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "Results against targets: won, lost, win rate, target and pipeline; or activity per rep.",
        discussion: """
            What was won in the period (default: today's quarter), per currency: won deals and \
            amount (a win counts at the amount 'deal win' recorded, in the month of the win, while \
            the deal stays won), lost deals (a loss counts where it happened, even if reopened; \
            dropped deals are not losses), the win rate by count and by amount (won ÷ won + lost), \
            the average days from created to won and the average won amount, the target from \
            salesctl.yaml's targets and its achievement, the open deals expected to close in the \
            period with their weighted amount (as in forecast), and the gap left to the target. \
            Percentages and averages are rounded to whole numbers (halves up).

            A period's target is the one set for it, else the sum of those set for its quarters \
            or months; a month takes no share of a quarter's target. --by owner shows each \
            member's own targets, --by month or quarter the team's.

            --activity counts activity reports per rep (author) per week (from Monday), by kind.

            Examples:
              salesctl results --today 2026-11-20
              salesctl results --period 2026 --by quarter
              salesctl results --period 2026-Q4 --by owner --format markdown
              salesctl results --activity --period 2026-11 --format csv
              salesctl results --period 2026 -q | xargs -n1 salesctl deal show
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp(
            "A month, a quarter or a year (default: today's quarter).", valueName: "2026-11|2026-Q4|2026"))
    var period: String?

    @Option(help: "Rows per owner, month or quarter, then the team's totals.")
    var by: Results.Grouping?

    @Flag(help: "Count activity reports per rep per week, by kind, instead.")
    var activity = false

    @Option(help: .listFormat)
    var format: ListFormat = .table

    @Flag(
        name: [.short, .long],
        help: "Print only the ids of the deals behind the figures (with --activity: of the reports), one per line.")
    var quiet = false

    func run(_ context: Context) async throws {
        if activity, let by {
            throw SalesError.invalidArgument("--activity counts per rep and week; it takes no --by \(by.rawValue)")
        }
        let session = try global.open(context)
        let store = session.store
        let period = try parsePeriod(period) ?? Period.of(try session.today(), unit: .quarter)
        if by == .quarter, period.unit == .month {
            throw SalesError.invalidArgument("--by quarter needs a quarter or a year, not the month \(period)")
        }
        let view: ListView
        let ids: [String]
        if activity {
            let reports = store.loadReports(since: period.first, until: period.last, detail: .summary)
            session.output.warnSkipped(reports.findings)
            let counts = Activity.build(reports: reports.reports, config: store.config, period: period)
            (view, ids) = (counts.view(for: format.value, config: store.config), counts.deals)
        } else {
            let deals = session.deals()
            let results = Results.build(deals: deals, config: store.config, period: period, by: by)
            (view, ids) = (results.view(for: format.value), results.deals)
        }
        if quiet {
            for id in ids { session.output.line(id) }
            return
        }
        session.output.write(view.render(format.value, style: session.style))
    }
}

/// `--period 2026-11|2026-Q4|2026` (full-width digits read as ASCII).
func parsePeriod(_ text: String?) throws -> Period? {
    guard let text else { return nil }
    let code = CodeInput.asciiCode(text).uppercased()
    guard let period = Period(code), period.unit != .year || code.count == 4 else {
        throw SalesError.invalidArgument(
            "invalid period \(quoted(text)) for --period (expected a month 2026-11, a quarter 2026-Q4 or a year 2026)")
    }
    return period
}
