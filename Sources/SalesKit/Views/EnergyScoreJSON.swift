extension Energy.Score {
    /// The JSON object of `energy score --format json`.
    public func json(deal: Deal, explain: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("deal", .string(self.deal)),
            ("title", .string(deal.title)),
            ("customer", .string(deal.customer)),
            ("owner", .optional(deal.owner)),
            ("total", .int(total)),
            ("reports", .int(reportCount)),
            ("last_contact", .optional(lastContact?.description)),
            (
                "breadth",
                .object([
                    ("people", .int(breadth.people)),
                    ("titles", .int(breadth.titles)),
                    ("departments", .int(breadth.departments)),
                    ("key_persons_met", .int(breadth.keyPersonsMet)),
                    ("key_persons_total", .int(breadth.keyPersonsTotal)),
                    ("approval_route_covered", .bool(breadth.approvalRouteCovered)),
                    (
                        "key_persons",
                        .array(
                            breadth.keyPersons.map { p in
                                .object([
                                    ("name", .string(p.name)), ("role", .string(p.role.rawValue)), ("met", .bool(p.met))
                                ])
                            })
                    )
                ])
            ),
            (
                "continuity",
                .object([
                    ("weeks_active", .int(continuity.weeksActive)),
                    ("window_weeks", .int(continuity.windowWeeks)),
                    ("longest_gap_days", continuity.longestGapDays.map { .int($0) } ?? .null)
                ])
            ),
            (
                "trend",
                .object([
                    ("recent", .int(trend.recent)),
                    ("previous", .int(trend.previous)),
                    ("direction", .string(trend.direction.rawValue)),
                    ("weekly", .array(trend.weekly.map { .int($0) }))
                ])
            )
        ]
        if explain {
            members.append(
                (
                    "lines",
                    .array(
                        lines.map { line in
                            .object([
                                ("date", .string(line.date.description)),
                                ("report", .string(line.path)),
                                ("kind", .string(line.kind)),
                                ("kind_points", .int(line.kindPoints)),
                                (
                                    "attendees",
                                    .array(
                                        line.attendees.map { a in
                                            .object([
                                                ("name", .string(a.name)), ("title", .optional(a.title)),
                                                ("points", .int(a.points))
                                            ])
                                        })
                                ),
                                (
                                    "signals",
                                    .array(
                                        line.signals.map { s in
                                            .object([("id", .string(s.id)), ("points", .int(s.points))])
                                        })
                                ),
                                ("points", .int(line.points))
                            ])
                        })
                ))
        }
        return .object(members)
    }
}
