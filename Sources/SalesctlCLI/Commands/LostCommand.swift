import ArgumentParser
import SalesKit

struct LostCommand: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "lost",
            help: .lost)
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only deals closed on or after DATE.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: "Group by reason, stage (the stage the deal was in) or owner.")
    var by: LostDeals.Grouping = .reason

    @Option(help: .listFormat)
    var format: ListFormat = .table

    @Flag(name: [.short, .long], help: "Print only the ids of the lost and dropped deals, one per line.")
    var quiet = false

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let since = try parseDate(since, option: "--since")
        let deals = session.deals()
        session.noteHiddenReports(from: since)
        let lost = LostDeals.build(
            deals: deals, contacts: store.contactDates(), config: store.config,
            since: since, by: by)
        if quiet {
            for entry in lost.entries { session.output.line(entry.deal) }
            return
        }
        let config = store.config
        let table = format.isForPeople
        func label(_ g: String) -> String {
            guard table else { return g }
            switch by {
            case .reason: return config.lostReason(named: g)?.label ?? g
            case .stage: return config.stageLabel(g)
            case .owner: return g
            }
        }
        let header =
            [
                "closed", "id", "customer", "owner", "status", "stage", "reason", "days", "contacts", "amount",
                table ? "cur" : "currency", "note"
            ] + (table ? [] : ["reopened"])
        let rows = lost.entries.map { e -> [String] in
            [
                e.closed?.description ?? "", e.deal, e.customer, e.owner ?? "",
                table
                    ? e.status.word + (e.reopened.map { Message.wordReopened.text($0.description) } ?? "")
                    : e.status.rawValue,
                table ? config.stageLabel(e.stage) : e.stage,
                e.reason.map { table ? config.lostReason(named: $0)?.label ?? $0 : $0 } ?? "",
                e.days.map(String.init) ?? "", String(e.contacts), e.amount.map { money($0, forTable: table) } ?? "",
                e.currency, e.note ?? ""
            ]
                + (table ? [] : [e.reopened?.description ?? ""])
        }
        if !table {
            session.write(ListView(header: header, rows: rows, rightAligned: [], json: { lost.json }), format)
            return
        }
        let groups = lost.groups.map {
            [
                label($0.group), $0.currency, String($0.deals), money($0.amount, forTable: table),
                $0.averageDays.map(String.init) ?? "",
                String($0.contacts)
            ]
        }
        session.output.write(
            ListView(
                header: [by.rawValue, "cur", "deals", "amount", "avg_days", "contacts"], rows: groups,
                rightAligned: [2, 3, 4, 5]
            ).render(format.value, style: session.style)
                + "\n"
                + ListView(header: header, rows: rows, rightAligned: [7, 8, 9]).render(
                    format.value, style: session.style))
    }
}
