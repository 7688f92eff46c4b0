/// The JSON of HomeworkItem for scripts: field names are part of the interface, never translated.

extension HomeworkItem {
    public func json(today: CalendarDate) -> JSONValue {
        .object([
            ("ref", .string(ref)), ("deal", .string(deal)), ("report", .string(report)),
            ("given", .string(given.description)), ("given_to", .optional(givenTo)), ("text", .string(text)),
            ("for", .optional(assignee)), ("due", .optional(due?.description)),
            ("status", .string(status(today: today).rawValue)), ("age_days", .int(age(today: today))),
            ("days_overdue", .int(daysOverdue(today: today))),
            (
                "done",
                done.map { d in
                    .object([
                        ("date", .string(d.date.description)), ("by", .optional(d.by)), ("note", .optional(d.note))
                    ])
                } ?? .null
            )
        ])
    }
}
