import ArgumentParser
import SalesKit

struct ReviewCommand: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "review",
            help: .review)
    }

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
        parsing: .unconditional,
        help: ArgumentHelp(
            "Rows shown in each long table, as in the charts of every deal (default: 25); 0 shows all.",
            valueName: "N"), transform: wholeNumber)
    var rows: Int = Review.defaultRowLimit

    func run(_ context: Context) async throws {
        guard rows >= 0 else { throw SalesError.invalidArgument(ErrorText(.useNotNegative, "--rows")) }
        let session = try global.open(context)
        let store = session.store
        let untilDate = try parseDate(until, option: "--until") ?? session.today()
        let window = try Review.Window.between(since: try parseDate(since, option: "--since"), until: untilDate)
        let loaded = store.loadDeals()
        session.output.warnSkipped(loaded.findings)
        let query = try DealQuery(owner: owner, config: store.config, deals: loaded.deals)
        let deals = query.select(loaded.deals)
        let reports = store.loadReports(deals: Set(deals.map(\.id)), until: window.until, detail: .summary)
        session.output.warnSkipped(reports.findings)
        var review = Review.build(
            deals: deals, reports: reports.reports, config: store.config, window: window, owner: query.owner)
        review.rowLimit = rows == 0 ? nil : rows
        let text = ReviewView.render(
            review, format: (format ?? Self.format(forFile: out)).value, config: store.config,
            style: out == nil ? session.style : .plain)
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
