/// The JSON of Forecast for scripts: field names are part of the interface, never translated.

extension Forecast {
    public var json: JSONValue {
        func total(_ t: Total) -> JSONValue {
            var fields: [(String, JSONValue)] = t.group.map { [("group", .string($0))] } ?? []
            fields += [
                ("currency", .string(t.currency)), ("deals", .int(t.deals)), ("amount", .int(t.amount)),
                ("weighted", .int(t.weighted)), ("won_deals", .int(t.wonDeals)), ("won", .int(t.won))
            ]
            return .object(fields)
        }
        return .object([
            ("by", .string(grouping.rawValue)),
            (
                "deals",
                .array(
                    lines.map { l in
                        .object([
                            ("group", .string(l.group)), ("id", .string(l.deal)), ("title", .string(l.title)),
                            ("customer", .string(l.customer)), ("owner", .optional(l.owner)),
                            ("stage", .string(l.stage)),
                            ("expected_close", .optional(l.expectedClose?.description)),
                            ("amount", l.amount.map { .int($0) } ?? .null),
                            ("currency", .string(l.currency)), ("probability", .int(l.probability)),
                            ("weighted", .int(l.weighted)),
                            ("steps_done", .int(l.stepsDone)), ("steps_total", .int(l.stepsTotal)),
                            ("overdue", .bool(l.overdue)),
                            ("won", .optional(l.won?.description))
                        ])
                    })
            ),
            ("groups", .array(groups.map(total))),
            ("totals", .array(totals.map(total)))
        ])
    }
}
