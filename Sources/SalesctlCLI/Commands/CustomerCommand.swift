import ArgumentParser
import SalesKit

struct CustomerCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "customer",
            help: .customer,
            subcommands: [CustomerList.self, CustomerShow.self])
    }
}

struct CustomerList: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            help: .customerList)
    }

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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show",
            help: .customerShow)
    }

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
        session.show(
            format, json: { detail.json },
            text: { detail.text(config: store.config, today: today, style: session.style) })
    }
}
