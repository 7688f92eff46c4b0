/// How `agenda` shows its items: a row each (member, due date, days late, deal, kind, text,
/// reference); JSON with the deal's title beside its id.
public enum AgendaView {
    public static func list(_ items: [AgendaItem], today: CalendarDate) -> ListView {
        let rows = items.map {
            [
                $0.member, $0.due.description, String($0.daysLate(today: today)), $0.deal, $0.kind.rawValue, $0.text,
                $0.ref ?? ""
            ]
        }
        return ListView(
            header: ["member", "due", "late", "deal", "kind", "text", "ref"], rows: rows, rightAligned: [2],
            json: { .array(items.map { $0.json(today: today) }) })
    }
}

extension AgendaItem {
    /// The JSON of an agenda item for scripts: field names are part of the interface.
    public func json(today: CalendarDate) -> JSONValue {
        .object([
            ("member", .string(member)), ("due", .string(due.description)), ("days_late", .int(daysLate(today: today))),
            ("deal", .string(deal)), ("title", .string(dealTitle)), ("kind", .string(kind.rawValue)),
            ("text", .string(text)), ("ref", .optional(ref))
        ])
    }
}
