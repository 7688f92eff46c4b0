import ArgumentParser
import SalesKit

struct StaleCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "stale",
            help: .stale,
            subcommands: [StaleList.self])
    }
}

/// `stale list` formats: the list formats plus Markdown for a weekly mail.
extension Staleness.Sort: ExpressibleByArgument {}

struct StaleList: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            help: .staleList)
    }

    @OptionGroup var global: GlobalOptions

    @Option(
        parsing: .unconditional,
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
        if let days, days < 0 { throw SalesError.invalidArgument(ErrorText(.useNotNegative, "--days")) }
        let session = try global.open(context)
        let date = try parseDate(asOf, option: "--as-of") ?? session.today()
        let deals = session.deals()
        let query = try DealQuery(
            status: "open", stage: stage, owner: owner, customer: customer, config: session.config, deals: deals)
        session.noteHiddenReports()
        let (rows, findings) = Language.english(if: !format.isForPeople) {
            session.store.staleRows(query.select(deals), asOf: date, days: days, sort: sort, suggest: suggest)
        }
        session.output.warnSkipped(findings)
        if quiet {
            for row in rows { session.output.line(row.deal.id) }
        } else {
            session.output.write(
                StaleText.render(
                    rows, format: format.value, suggest: suggest, config: session.config, palette: session.palette(),
                    width: session.output.terminalWidth))
        }
        if exitCode && !rows.isEmpty { throw ExitCode(1) }
    }
}
