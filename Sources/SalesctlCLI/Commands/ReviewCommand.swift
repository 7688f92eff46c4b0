import ArgumentParser
import SalesKit

enum ReviewFormat: String, ExpressibleByArgument, CaseIterable {
    case html, markdown, text
}

struct ReviewCommand: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract:
            "The manager's weekly review: pipeline, forecast and results, movement, deals that need action, energy, quality, losses, activity.",
        discussion: """
            One review of the window --since to --until (default: the 7 days up to today), as of \
            --until: the pipeline by stage as a funnel, the forecast and the deals won by month \
            against the targets of salesctl.yaml and the results of the quarter and the year, the \
            pipeline's movement in the window, stale deals with suggestions, open deals with no next action or an overdue \
            one, overdue homework, the energy of each open deal (12-week trend, breadth, the biggest \
            falls), quality scores and the indicators that got worse in the window, the deals lost or \
            dropped in the window with their reasons, and the activity reports per rep, kind and week. \
            Its numbers are those of forecast, results, pipeline changes, stale list, energy score \
            and quality check for the same dates. Titles follow the store's language. See \
            docs/REVIEW.md.

            --format html writes one self-contained page (inline CSS and SVG charts, each beside its \
            table; no script, nothing fetched; prints on A4). markdown is for a mail or a chat; text \
            draws bars in block characters fitted to the terminal. Without --format, --out FILE picks \
            the format by its extension (.html/.htm, .md), else text. --out writes the file \
            atomically; without it the review goes to stdout. Long tables show their first --rows \
            rows (default 25) and name the command that lists the rest.

            Examples:
              salesctl review --today 2026-11-20
              salesctl review --format html --out review.html
              salesctl review --since 2026-11-01 --until 2026-11-30 --out november.md
              salesctl review --owner "田中 美咲" --format html --out tanaka.html
              salesctl review --format markdown | mail -s "weekly review" team@example.com
              salesctl review --rows 0 --format html --out everything.html
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("First day of the window (default: 6 days before --until).", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(
        help: ArgumentHelp(
            "Last day of the window, the date the review is as of (default: today).", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: "Only deals owned by this rep.", completion: .people)
    var owner: String?

    @Option(help: ArgumentHelp("Write the review to FILE instead of stdout.", valueName: "FILE"), completion: .file())
    var out: String?

    @Option(help: "Output format: html, markdown or text (default: from --out's extension, else text).")
    var format: ReviewFormat?

    @Option(
        help: ArgumentHelp(
            "Rows shown in each long table (stale deals, next actions, homework, energy, quality, moved deals; default: \(Review.defaultRowLimit)); 0 shows all.",
            valueName: "N"), transform: wholeNumber)
    var rows: Int = Review.defaultRowLimit

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let untilDate = try parseDate(until, option: "--until") ?? session.today()
        let sinceDate = try parseDate(since, option: "--since") ?? Review.Window.lastWeek(until: untilDate).since
        guard sinceDate <= untilDate else {
            throw SalesError.invalidArgument("--since \(sinceDate) is after --until \(untilDate)")
        }
        let loaded = store.loadDeals()
        session.output.warnSkipped(loaded.findings)
        let query = try DealQuery(owner: owner, config: store.config, deals: loaded.deals)
        let deals = query.select(loaded.deals)
        let reports = store.loadReports(deals: Set(deals.map(\.id)), until: untilDate, detail: .summary)
        session.output.warnSkipped(reports.findings)
        guard rows >= 0 else { throw SalesError.invalidArgument("--rows must not be negative") }
        var review = Review.build(
            deals: deals, reports: reports.reports, config: store.config,
            window: Review.Window(since: sinceDate, until: untilDate), owner: query.owner)
        review.rowLimit = rows == 0 ? nil : rows
        let text: String
        switch format ?? Self.format(forFile: out) {
        case .html: text = ReviewHTML.render(review, config: store.config)
        case .markdown: text = ReviewMarkdown.render(review, config: store.config)
        case .text:
            text = ReviewTerminal.render(
                review, config: store.config, width: out == nil ? session.output.terminalWidth : nil,
                palette: out == nil ? session.palette() : Palette(enabled: false))
        }
        if let out {
            try FileSystem.writeAtomically(Array(text.utf8), to: context.path(out), display: out)
        } else {
            session.output.write(text)
        }
    }

    /// html for `.html`/`.htm`, markdown for `.md`/`.markdown`, else text.
    static func format(forFile path: String?) -> ReviewFormat {
        let name = (path ?? "").lowercased()
        if name.hasSuffix(".html") || name.hasSuffix(".htm") { return .html }
        if name.hasSuffix(".md") || name.hasSuffix(".markdown") { return .markdown }
        return .text
    }
}
