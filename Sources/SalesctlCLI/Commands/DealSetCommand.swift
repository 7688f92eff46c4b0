import ArgumentParser
import SalesKit

struct DealSet: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "set",
            help: .dealSet)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The deal id.", completion: .dealIDs)
    var id: String

    @Option(help: "New title.")
    var title: String?

    @Option(help: "New customer company.")
    var customer: String?

    @Option(help: "New order amount, a whole number (12,000,000 or 12000000); \"\" removes it.")
    var amount: String?

    @Option(help: "New currency code (JPY, USD); \"\" returns to salesctl.yaml's.")
    var currency: String?

    @Option(
        name: .customLong("expected-close"),
        help: ArgumentHelp("New expected close date; \"\" removes it.", valueName: "YYYY-MM-DD"))
    var expectedClose: String?

    @Option(help: "New owner (a rep the store knows).", completion: .people)
    var owner: String?

    @Option(help: "Where the deal came from; \"\" removes it.")
    var source: String?

    @Option(name: .customLong("add-member"), help: "Add a member of our side. Repeatable.", completion: .people)
    var addMembers: [String] = []

    @Option(name: .customLong("rm-member"), help: "Remove a member. Repeatable.", completion: .people)
    var removeMembers: [String] = []

    @OptionGroup var options: EventOptions

    func run(_ context: Context) async throws {
        guard
            title ?? customer ?? amount ?? currency ?? expectedClose ?? owner ?? source != nil
                || !addMembers.isEmpty || !removeMembers.isEmpty
        else {
            throw SalesError.invalidArgument(
                "nothing to change; give at least one of --title, --customer, --amount, --currency, --expected-close, --owner, --source, --add-member, --rm-member"
            )
        }
        let session = try global.open(context)
        let store = session.store
        let date = try session.eventDate(options.date)
        let fields = DealEdit.Fields(
            title: title, customer: customer, owner: owner, amount: amount, currency: currency,
            expectedClose: expectedClose, source: source, addMembers: addMembers,
            removeMembers: removeMembers)
        let who = await session.author(options.author)
        let result = try store.setDealFields(
            id, fields: fields, note: options.note, date: date, by: who, today: try session.today())
        session.output.line(TimelineEntry.successLine(id, result.event, config: store.config))
    }
}
