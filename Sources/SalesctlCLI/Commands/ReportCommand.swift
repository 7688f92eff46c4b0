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
        let store = session.store
        let deal = deal.map(CodeInput.asciiCode)  // a code: `ｔｏｋａｉ－ｅｒｐ` is tokai-erp
        if let deal { try store.requireDeal(deal) }
        let query = ReportQuery(
            deal: deal, since: try parseDate(since, option: "--since"),
            until: try parseDate(until, option: "--until"))
        session.noteHiddenReports(from: query.since)
        // The typed author, among the authors of the reports in range and the people of the deals.
        func resolve(_ authors: [String]) throws -> String? {
            try author.map {
                try ReportQuery.author($0, authors: authors, store: store, deals: store.loadDeals().deals)
            }
        }
        if format.isJSON {  // the only formats that print bodies
            let loaded = query.load(from: store, detail: quiet ? .summary : .full)
            session.output.warnSkipped(loaded.findings)
            let who = try resolve(loaded.reports.compactMap(\.author))
            let reports = loaded.reports.filter { who == nil || $0.author == who }
            if quiet {
                for report in reports { session.output.line(report.path) }
            } else {
                session.write(ListView(header: [], rows: [], json: { .array(reports.map(\.json)) }), format)
            }
            return
        }
        // Rows straight from the stream of reports, so 200k reports are never held at once (a
        // row takes a third of a report's memory). Sorted by the date (first) and path (last) cells.
        var rows: [[String]] = []
        let findings = query.forEach(in: store, detail: .summary) { r in
            rows.append([
                r.date.description, r.deal, r.kind, r.author ?? "", r.attendees.map(\.label).joined(separator: ", "),
                r.path,
                r.logged?.description ?? ""
            ])
        }
        session.output.warnSkipped(findings)
        if let who = try resolve(rows.map { $0[3] }.filter { !$0.isEmpty }) { rows.removeAll { $0[3] != who } }
        rows.sort { ($0[0], $0[5]) < ($1[0], $1[5]) }
        if quiet {
            for row in rows { session.output.line(row[5]) }
            return
        }
        var header = ["date", "deal", "kind", "author", "attendees", "path", "logged"]
        if format == .table && !rows.contains(where: { !$0[6].isEmpty }) {
            header.removeLast()
            rows = rows.map { Array($0.prefix(6)) }
        } else if format == .table {
            // People read the late entry next to its date.
            header = ["date", "logged"] + header[1..<6]
            rows = rows.map { [$0[0], $0[6]] + $0[1..<6] }
        }
        session.write(ListView(header: header, rows: rows), format)
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
        switch format {
        case .json: session.output.write(report.json.render())
        default: session.output.write(report.showText(config: store.config, palette: session.palette()))
        }
    }
}
