/// How `customer list` and `customer show` look: a table or text for people, CSV/TSV and JSON
/// for scripts (plain numbers; field names are part of the interface, never translated).
extension Customers {
    static func amounts(_ list: [Amount], people: Bool) -> String {
        list.map { people ? "\(grouped($0.amount)) \($0.currency)" : "\($0.amount) \($0.currency)" }.joined(
            separator: ", ")
    }

    static func json(_ list: [Amount]) -> JSONValue {
        .array(list.map { .object([("currency", .string($0.currency)), ("amount", .int($0.amount))]) })
    }

    public static func listView(_ customers: [Summary], format: OutputFormat) -> ListView {
        let people = format.isForPeople
        let rows = customers.map { c in
            [
                c.name, String(c.deals.count), String(c.openDeals), amounts(c.open, people: people), String(c.wonDeals),
                amounts(c.won, people: people), c.lastContact?.description ?? "", String(c.energy)
            ]
        }
        return ListView(
            header: people
                ? ["customer", "deals", "open", "open amount", "won", "won amount", "last contact", "energy"]
                : [
                    "customer", "deals", "open_deals", "open_amount", "won_deals", "won_amount", "last_contact",
                    "energy"
                ],
            rows: rows, rightAligned: people ? [1, 2, 3, 4, 5, 7] : [],
            json: { .array(customers.map(json)) })
    }

    public static func json(_ c: Summary) -> JSONValue {
        .object([
            ("customer", .string(c.name)), ("deals", .array(c.deals.map(JSONValue.string))),
            ("open_deals", .int(c.openDeals)),
            ("open", json(c.open)), ("won_deals", .int(c.wonDeals)), ("won", json(c.won)),
            ("last_contact", .optional(c.lastContact?.description)), ("energy", .int(c.energy))
        ])
    }
}

extension Customers.Detail {
    /// The text for people: the deals, the people met, open homework, energy.
    public func text(config: Config, today: CalendarDate, style: TextStyle) -> String {
        let s = summary
        var out = "\(s.name)\n"
        let open = s.open.isEmpty ? "" : Message.csAmounts.text(Customers.amounts(s.open, people: true))
        let won = s.won.isEmpty ? "" : Message.csAmounts.text(Customers.amounts(s.won, people: true))
        out +=
            "  "
            + Message.csSummary.text(
                String(s.deals.count), String(s.openDeals), open, String(s.wonDeals), won,
                s.lastContact?.description ?? "-", String(s.energy)) + "\n\n"
        out += ListView(
            header: ["id", "title", "stage", "status", "amount", "cur", "owner", "energy"],
            rows: deals.map { d in
                [
                    d.id, d.title, config.stageLabel(d.stage), d.status.word, d.amount.map(grouped) ?? "",
                    d.currency ?? config.currency, d.owner ?? "", String(energy[d.id] ?? 0)
                ]
            }, rightAligned: [4, 7]
        ).render(.table, style: style)
        out += "\n" + Message.csPeopleMet.text() + "\n"
        out +=
            people.isEmpty
            ? "  " + Message.csNoneYet.text() + "\n"
            : ListView(
                header: ["name", Message.fieldPersonTitle.text(), "department", "last contact", "contacts", "deals"],
                rows: people.map {
                    [
                        $0.name, $0.title ?? "", $0.department ?? "", $0.lastContact.description, String($0.contacts),
                        $0.deals.joined(separator: ", ")
                    ]
                }, rightAligned: [4]
            ).render(.table, style: style)
        out += "\n" + Message.csOpenHomework.text() + "\n"
        out +=
            homework.isEmpty
            ? "  " + Message.csNone.text() + "\n"
            : ListView(
                header: ["ref", "given", "due", "for", "text"],
                rows: homework.map {
                    [$0.ref, $0.given.description, $0.due?.description ?? "", $0.assignee ?? $0.givenTo ?? "", $0.text]
                }
            ).render(.table, style: style)
        return out
    }

    public var json: JSONValue {
        .object([
            ("customer", Customers.json(summary)),
            (
                "deals",
                .array(
                    deals.map { d in
                        .object([
                            ("id", .string(d.id)), ("title", .string(d.title)), ("stage", .string(d.stage)),
                            ("status", .string(d.status.rawValue)), ("amount", d.amount.map { .int($0) } ?? .null),
                            ("currency", .optional(d.currency)), ("owner", .optional(d.owner)),
                            ("energy", .int(energy[d.id] ?? 0))
                        ])
                    })
            ),
            (
                "people",
                .array(
                    people.map { p in
                        .object([
                            ("name", .string(p.name)), ("title", .optional(p.title)),
                            ("department", .optional(p.department)),
                            ("last_contact", .string(p.lastContact.description)), ("contacts", .int(p.contacts)),
                            ("deals", .array(p.deals.map(JSONValue.string)))
                        ])
                    })
            ),
            (
                "homework",
                .array(
                    homework.map { h in
                        .object([
                            ("ref", .string(h.ref)), ("deal", .string(h.deal)), ("given", .string(h.given.description)),
                            ("due", .optional(h.due?.description)), ("assignee", .optional(h.assignee)),
                            ("text", .string(h.text))
                        ])
                    })
            )
        ])
    }
}
