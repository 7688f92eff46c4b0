import ArgumentParser
import SalesKit

struct AgendaCommand: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "agenda",
            help: .agenda)
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("for"), help: "Only this member's items.", completion: .people)
    var member: String?

    @Option(
        parsing: .unconditional, help: "Items due within N days of today (default: 7).", transform: wholeNumber)
    var days: Int = Agenda.defaultDays

    @Flag(help: "Only items past their due date.")
    var overdue = false

    @Option(help: .listFormat)
    var format: ListFormat = .table

    @Flag(name: [.short, .long], help: "Print only deal ids, one per line (each once).")
    var quiet = false

    func run(_ context: Context) async throws {
        guard days >= 0 else { throw SalesError.invalidArgument(ErrorText(.useNotNegative, "--days")) }
        let session = try global.open(context)
        let today = try session.today()
        let deals = session.deals()
        let who = try member.map {
            try NameMatch.require($0, among: session.store.knownPeople(deals: deals), kind: .person, what: "member")
        }
        var homework = Homework.Collector(deals: deals)
        session.forEachReport(of: Agenda.dealsWithItems(deals), until: today) { homework.add($0) }
        let items = Agenda.build(
            deals: deals, homework: homework.items(), today: today, days: days, overdueOnly: overdue, member: who)
        if quiet {
            var seen = Set<String>()
            for item in items where seen.insert(item.deal).inserted { session.output.line(item.deal) }
            return
        }
        session.write(AgendaView.list(items, today: today), format)
    }
}
