import ArgumentParser
import SalesKit

struct CustomerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer",
        abstract: "Customers across their deals: deals, won totals, people met, homework, energy.",
        discussion: """
            A customer is derived from the deals' customer names (no file of its own): names that \
            agree apart from spaces, letter width and company-type marks (株式会社, (株)) are one \
            customer. NAME follows the one name rule: exact, then spaces and width aside, then a \
            unique prefix or substring, ignoring 株式会社 and (株).

            Examples:
              salesctl customer list
              salesctl customer show 東海精機
              salesctl customer show 富士 --format json
            """,
        subcommands: [CustomerList.self, CustomerShow.self]
    )
}

struct CustomerList: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List customers with their open deals, won total, last contact and energy.",
        discussion: """
            One row per customer, by name: its deals, the open ones and their amounts, the won ones \
            at the amounts their wins recorded (per currency), the newest activity report of any \
            of its deals up to today, and the user energy summed over its deals.

            Examples:
              salesctl customer list --today 2026-11-20
              salesctl customer list --format csv > customers.csv
              salesctl customer list -q
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: .listFormat)
    var format: ListFormat = .table

    @Flag(name: [.short, .long], help: "Print only the customer names, one per line.")
    var quiet = false

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        let deals = session.deals()
        var activity = Customers.Activity(config: store.config, today: today)
        session.forEachReport(until: today) { activity.add($0) }
        let customers = Customers.list(deals: deals, activity: activity, config: store.config)
        if quiet {
            for customer in customers { session.output.line(customer.name) }
            return
        }
        session.write(Customers.listView(customers, format: format.value), format)
    }
}

struct CustomerShow: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one customer: all its deals, every person met, open homework, energy.",
        discussion: """
            The customer's deals with their energy; every person met in their activity reports, \
            with the title and department of the latest report that gives them and the last \
            contact (newest first); the open homework of its deals, oldest first.

            Examples:
              salesctl customer show 東海精機 --today 2026-11-20
              salesctl customer show "富士電子工業(株)" --format json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The customer's name, or a unique part of it.")
    var name: String

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        let customer = try Customers.find(name, in: session.deals())
        let reports = session.reports(of: Set(customer.deals.map(\.id)), until: today)
        let detail = Customers.detail(
            name: customer.name, deals: customer.deals, reports: reports,
            config: store.config, today: today)
        session.output.write(
            format == .json
                ? detail.json.render() : detail.text(config: store.config, today: today, style: session.style))
    }
}
