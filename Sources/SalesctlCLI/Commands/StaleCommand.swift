import ArgumentParser
import SalesKit

struct StaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stale",
        abstract: "Deals nobody has contacted for too long (未接触のお客様リスト).",
        discussion: """
            The manager's weekly list: open deals whose newest activity report is older than the \
            stage's stale_days (else salesctl.yaml's stale_days), with energy, quality, homework and \
            suggestions for re-contacting the customer. See docs/METHOD.md, "Stale deals".

            Examples:
              salesctl stale list --today 2026-11-20
              salesctl stale list --suggest --format markdown > stale.md
            """,
        subcommands: [StaleList.self]
    )
}

/// `stale list` formats: the list formats plus Markdown for a weekly mail.
extension Staleness.Sort: ExpressibleByArgument {}

struct StaleList: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List open deals whose last contact is older than a threshold, with energy and quality.",
        discussion: """
            The last contact is the date of the deal's newest activity report (a deal without reports \
            counts from its creation date). A deal is stale when more days than the threshold have \
            passed by --as-of: exactly N days is not stale, N+1 is. The threshold is --days, else the \
            stage's stale_days in salesctl.yaml, else stale_days (30). Editing the deal or planning a \
            next step does not reset it; only a report does.

            Columns: last contact, days since, threshold, energy total and 12-week trend, quality \
            score, open homework (overdue), and the last report's next step. The table is grouped by \
            owner. --suggest adds a concrete next action per deal, with the fact behind it. \
            --exit-code exits 1 when the list is not empty, for cron scripts.

            Examples:
              salesctl stale list --today 2026-11-20
              salesctl stale list --as-of 2026-11-20 --suggest --owner "鈴木 大輔"
              salesctl stale list --days 14 --sort amount --format markdown > stale.md
              salesctl stale list --format json | jq -r '.[] | "\\(.owner)\\t\\(.deal)\\t\\(.days_since)"'
              salesctl stale list --exit-code --format csv > stale.csv || mail -s "stale deals" team < stale.csv
              salesctl stale list -q --stage 決定 | xargs -n1 salesctl energy score --explain
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(
        help: "Stale after N days without contact (default: the stage's stale_days, else salesctl.yaml's stale_days).",
        transform: wholeNumber)
    var days: Int?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Count days up to DATE (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: "Only deals owned by this rep.", completion: .people)
    var owner: String?

    @Option(help: "Only deals in this stage (id or label).", completion: .stages)
    var stage: String?

    @Option(help: "Only deals whose customer contains this text.")
    var customer: String?

    @Option(help: "Order: days (most days first), amount, energy or quality (highest first).")
    var sort: Staleness.Sort = .days

    @Flag(help: "Add a concrete next action per deal, with its reason.")
    var suggest = false

    @Flag(name: .customLong("exit-code"), help: "Exit 1 when the list is not empty.")
    var exitCode = false

    @Option(help: .listFormat)
    var format: ListFormat = .table

    @Flag(name: [.short, .long], help: "Print only deal ids, one per line, in list order.")
    var quiet = false

    func run(_ context: Context) async throws {
        if let days, days < 0 { throw SalesError.invalidArgument("--days must not be negative") }
        let session = try global.open(context)
        let store = session.store
        let date = try parseDate(asOf, option: "--as-of") ?? session.today()
        let deals = session.deals()
        let query = try DealQuery(
            status: "open", stage: stage, owner: owner, customer: customer, config: store.config,
            deals: deals)
        session.noteHiddenReports()
        let listing = store.listReports()  // once, for the last contacts and the reports then read
        let stale = Staleness.find(
            deals: query.select(deals), lastContacts: store.lastContacts(until: date, in: listing),
            config: store.config, asOf: date, days: days)
        let reports = store.loadReports(
            deals: Set(stale.map(\.deal.id)), until: date, detail: .summary, listing: listing)
        session.output.warnSkipped(reports.findings)
        let rows = Language.english(if: !format.isForPeople) {
            Staleness.rows(
                stale, reports: reports.reports, config: store.config, asOf: date, sort: sort, suggest: suggest)
        }
        if quiet {
            for row in rows { session.output.line(row.deal.id) }
        } else {
            session.output.write(
                StaleText.render(
                    rows, format: format.value, suggest: suggest, config: store.config, palette: session.palette(),
                    width: session.output.terminalWidth))
        }
        if exitCode && !rows.isEmpty { throw ExitCode(1) }
    }
}
