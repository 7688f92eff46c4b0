/// The JSON of LostDeals for scripts: field names are part of the interface, never translated.

extension LostDeals {
    public var json: JSONValue {
        .object([
            ("by", .string(grouping.rawValue)),
            (
                "groups",
                .array(
                    groups.map { g in
                        .object([
                            ("group", .string(g.group)), ("currency", .string(g.currency)), ("deals", .int(g.deals)),
                            ("amount", .int(g.amount)), ("avg_days", g.averageDays.map { .int($0) } ?? .null),
                            ("contacts", .int(g.contacts))
                        ])
                    })
            ),
            (
                "deals",
                .array(
                    entries.map { e in
                        .object([
                            ("id", .string(e.deal)), ("title", .string(e.title)), ("customer", .string(e.customer)),
                            ("owner", .optional(e.owner)), ("status", .string(e.status.rawValue)),
                            ("reopened", .optional(e.reopened?.description)), ("stage", .string(e.stage)),
                            ("reason", .optional(e.reason)), ("closed", .optional(e.closed?.description)),
                            ("days", e.days.map { .int($0) } ?? .null), ("contacts", .int(e.contacts)),
                            ("amount", e.amount.map { .int($0) } ?? .null), ("currency", .string(e.currency)),
                            ("note", .optional(e.note))
                        ])
                    })
            )
        ])
    }
}
