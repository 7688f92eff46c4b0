import ArgumentParser
import SalesKit

struct DealNew: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "new",
            help: .dealNew)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The deal id (lower-case letters, digits and '-').")
    var id: String

    @Option(help: "What the customer wants, in a few words.")
    var title: String

    @Option(help: "The customer company.")
    var customer: String

    @Option(help: "The rep who owns the deal (default: the author).", completion: .people)
    var owner: String?

    @Option(help: "Expected order amount, a whole number in the deal's currency.")
    var amount: String?

    @Option(help: "Currency of the amount (default: salesctl.yaml's).")
    var currency: String?

    @Option(help: "Stage id or label (default: the first stage).", completion: .stages)
    var stage: String?

    @Option(name: .customLong("expected-close"), help: ArgumentHelp("Expected close date.", valueName: "YYYY-MM-DD"))
    var expectedClose: String?

    @Option(help: "Where the deal came from (referral, inbound, event, ...).")
    var source: String?

    @Option(
        name: .customLong("member"), help: "A member of our side working on the deal. Repeatable.", completion: .people)
    var members: [String] = []

    @Option(
        name: .customLong("key-person"),
        help: ArgumentHelp(
            "\"name,title,department,role,stance\" (role D/A/I; stance word or ○△−▽×). Repeatable.", valueName: "PERSON"
        ))
    var keyPersons: [String] = []

    @Option(help: ArgumentHelp("Creation date (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "Who creates the deal (default: SALESCTL_AUTHOR, else git user.name).", completion: .people)
    var author: String?

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let amountValue = try amount.map(DealEdit.amount)
        let who = await session.author(author)
        let people = try keyPersons.map { try KeyPerson(commaSeparated: $0) }
        let deal = Deal(
            id: id, title: title, customer: customer, owner: owner ?? who, members: members,
            stage: stage ?? store.config.stages[0].id, amount: amountValue, currency: currency,
            created: try session.eventDate(date),
            expectedClose: try parseDate(expectedClose, option: "--expected-close"), source: source,
            keyPersons: people)
        session.output.line(try store.createDeal(deal, by: who, today: try session.today()))
        for person in people {
            if let warning = Separators.warning(name: person.name, what: "key person") {
                session.output.warnOnSuccess(warning)
            }
        }
    }
}
