/// How `deal list` shows its deals: a row each, stage and status in words and amounts grouped for
/// people, ids and plain numbers for scripts; JSON from `Deal.summaryJSON`.
public enum DealListView {
    public static func list(
        _ deals: [Deal], lastContacts contacts: [String: CalendarDate], config: Config, format: OutputFormat
    ) -> ListView {
        let people = format.isForPeople
        let header = [
            "id", "title", "customer", "owner", "stage", "status", "amount", "currency", "expected_close",
            "last_contact"
        ]
        let rows = deals.map { d -> [String] in
            [
                d.id, d.title, d.customer, d.owner ?? "", people ? config.stageLabel(d.stage) : d.stage,
                people ? d.status.word : d.status.rawValue, d.amount.map { money($0, forTable: people) } ?? "",
                d.currency ?? config.currency, d.expectedClose?.description ?? "", contacts[d.id]?.description ?? ""
            ]
        }
        return ListView(
            header: header, rows: rows, rightAligned: [6],
            json: { .array(deals.map { $0.summaryJSON(config: config, lastContact: contacts[$0.id]) }) })
    }
}
