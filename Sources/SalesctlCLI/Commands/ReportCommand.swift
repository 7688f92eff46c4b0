import ArgumentParser
import SalesKit

struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "report",
            help: .report,
            subcommands: [ReportAdd.self, ReportList.self, ReportShow.self])
    }
}

struct ReportList: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            help: .reportList)
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only reports of this deal.", completion: .dealIDs)
    var deal: String?

    @Option(help: ArgumentHelp("Only reports on or after DATE.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only reports on or before DATE.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: "Only reports by this author.", completion: .people)
    var author: String?

    @Option(help: .listFormat)
    var format: ListFormat = .table

    @Flag(name: [.short, .long], help: "Print only report paths, one per line.")
    var quiet = false

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let deal = deal.map(CodeInput.asciiCode)  // a code: `ｔｏｋａｉ－ｅｒｐ` is tokai-erp
        if let deal { try session.store.requireDeal(deal) }
        let query = ReportQuery(
            deal: deal, since: try parseDate(since, option: "--since"),
            until: try parseDate(until, option: "--until"))
        session.noteHiddenReports(from: query.since)
        if format.isJSON { return try writeJSON(query, session) }  // the only formats that print bodies
        let listed = query.rows(in: session.store)
        session.output.warnSkipped(listed.findings)
        let rows = try listed.by(author: author, store: session.store)
        if quiet {
            for row in rows { session.output.line(row[ReportRows.path]) }
            return
        }
        session.write(ReportListView.list(rows, format: format.value), format)
    }

    /// JSON and NDJSON: the whole reports, bodies included (paths only with --quiet).
    private func writeJSON(_ query: ReportQuery, _ session: Session) throws {
        let loaded = query.load(from: session.store, detail: quiet ? .summary : .full)
        session.output.warnSkipped(loaded.findings)
        let reports = try ReportQuery.reports(loaded.reports, by: author, store: session.store)
        if quiet {
            for report in reports { session.output.line(report.path) }
        } else {
            session.write(ReportListView.json(reports), format)
        }
    }
}

struct ReportShow: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show",
            help: .reportShow)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The report: a path, file name or unique suffix.", completion: .reports)
    var report: String

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let report = try store.loadReport(try store.findReport(report))
        session.show(
            format, json: { report.json }, text: { report.showText(config: store.config, palette: session.palette()) })
    }
}
