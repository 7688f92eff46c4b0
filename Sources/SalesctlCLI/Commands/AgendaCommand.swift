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

    @Option(help: "Items due within N days of today (default: 7).")
    var days: Int = Agenda.defaultDays

    @Flag(help: "Only items past their due date.")
    var overdue = false

    @Option(help: .listFormat)
    var format: ListFormat = .table

    @Flag(name: [.short, .long], help: "Print only deal ids, one per line (each once).")
    var quiet = false

    func run(_ context: Context) async throws {
        guard days >= 0 else { throw SalesError.invalidArgument("--days must not be negative") }
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        let deals = session.deals()
        let who = try member.map {
            try NameMatch.require($0, among: store.knownPeople(deals: deals), kind: .person, what: "member")
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
        let rows = items.map {
            [
                $0.member, $0.due.description, String($0.daysLate(today: today)), $0.deal, $0.kind.rawValue, $0.text,
                $0.ref ?? ""
            ]
        }
        session.write(
            ListView(
                header: ["member", "due", "late", "deal", "kind", "text", "ref"], rows: rows, rightAligned: [2],
                json: { .array(items.map { $0.json(today: today) }) }), format)
    }
}

extension AgendaItem {
    func json(today: CalendarDate) -> JSONValue {
        .object([
            ("member", .string(member)), ("due", .string(due.description)), ("days_late", .int(daysLate(today: today))),
            ("deal", .string(deal)), ("title", .string(dealTitle)), ("kind", .string(kind.rawValue)),
            ("text", .string(text)), ("ref", .optional(ref))
        ])
    }
}
