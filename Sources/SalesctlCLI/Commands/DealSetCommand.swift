import ArgumentParser
import SalesKit

struct DealSet: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change a deal's fields, with a 'changed' history event.",
        discussion: """
            Changes only the lines of the fields given (comments, order and quoting stay) and \
            appends one 'changed' event with each field's new value and its old one (<field>_was), \
            plus --note. 'deal show' and 'feed' show it, like "amount 12,000,000 → 9,800,000" or \
            "expected close 2026-11-13 → 2027-01-29 (+77 days)". An empty value removes an optional \
            field (--source "", --expected-close ""). A new owner or member must be someone the \
            store knows (an owner, member or author of a deal, or a member with a target), matched \
            as everywhere: spaces and width aside, or a unique prefix. Hand edits stay allowed.

            Examples:
              salesctl deal set tokai-erp --expected-close 2027-01-29 --note "稟議が1月の役員会に"
              salesctl deal set kansai-logi --amount 19,800,000 --note "B社対抗で値引き"
              salesctl deal set hokuriku-ec --owner 鈴木 --add-member "高橋 由美" --author "佐藤 健"
            """
    )

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
                ErrorText(
                    .useNothingToChange,
                    "--title, --customer, --amount, --currency, --expected-close, --owner, --source, --add-member, --rm-member"
                ))
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
