import ArgumentParser
import SalesKit

extension Results.Grouping: ExpressibleByArgument {}

struct ResultsCommand: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "results",
            help: .results)
    }

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
            throw SalesError.invalidArgument(ErrorText(.useActivityNoBy, "--activity", "--by", by.rawValue))
        }
        let session = try global.open(context)
        let period = try parsePeriod(period) ?? Period.of(try session.today(), unit: .quarter)
        if by == .quarter, period.unit == .month {
            throw SalesError.invalidArgument(ErrorText(.useQuarterNotMonth, "--by", period.description))
        }
        let (view, ids) = activity ? activityFigures(period, session) : results(period, session)
        if quiet {
            for id in ids { session.output.line(id) }
            return
        }
        session.output.write(view.render(format.value, style: session.style))
    }

    /// The reports of `period` counted per rep per week, and the ids of the reports.
    private func activityFigures(_ period: Period, _ session: Session) -> (ListView, [String]) {
        let reports = session.store.loadReports(since: period.first, until: period.last, detail: .summary)
        session.output.warnSkipped(reports.findings)
        let counts = Activity.build(reports: reports.reports, config: session.config, period: period)
        return (counts.view(for: format.value, config: session.config), counts.deals)
    }

    /// The results of `period`, and the ids of the deals behind them.
    private func results(_ period: Period, _ session: Session) -> (ListView, [String]) {
        let results = Results.build(deals: session.deals(), config: session.config, period: period, by: by)
        return (results.view(for: format.value), results.deals)
    }
}

/// `--period 2026-11|2026-Q4|2026` (full-width digits read as ASCII).
func parsePeriod(_ text: String?) throws -> Period? {
    guard let text else { return nil }
    let code = CodeInput.asciiCode(text).uppercased()
    guard let period = Period(code), period.unit != .year || code.count == 4 else {
        throw SalesError.invalidArgument(ErrorText(.useBadPeriod, quoted(text), "--period"))
    }
    return period
}
