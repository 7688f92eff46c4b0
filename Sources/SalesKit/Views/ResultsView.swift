/// How `results` and `results --activity` look: a table for people (grouped amounts, kind
/// labels), CSV/TSV and JSON for scripts (ids, plain numbers), Markdown for a weekly mail.
/// Field names are part of the interface, never translated.

extension Results {
    /// The rows, then the team's totals (one row per currency, named after the period when
    /// there is no grouping, else "total").
    public func view(for format: OutputFormat) -> ListView {
        let people = format.isForPeople
        let header =
            people
            ? [
                grouping?.rawValue ?? "period", "cur", "won", "won amount", "lost", "lost amount", "win %", "win % amt",
                "days to win", "avg won", "target", "achieved", "open", "weighted", Message.colGapToTarget.text()
            ]
            : [
                "group", "currency", "won_deals", "won_amount", "lost_deals", "lost_amount", "win_rate_count",
                "win_rate_amount", "avg_days_to_win", "avg_won", "target", "achievement", "open_deals", "weighted",
                "gap"
            ]
        func number(_ n: Int?) -> String { n.map { money($0, forTable: people) } ?? "" }
        func percent(_ n: Int?) -> String { n.map { people ? "\($0)%" : String($0) } ?? "" }
        let named =
            rows
            + totals.map { row in
                var row = row
                if grouping == nil { row.group = period.description }
                return row
            }
        let cells = named.map { r -> [String] in
            [
                r.group, r.currency, String(r.wonDeals), number(r.wonAmount), String(r.lostDeals), number(r.lostAmount),
                percent(r.winRateByCount), percent(r.winRateByAmount), r.averageDaysToWin.map(String.init) ?? "",
                number(r.averageWon), number(r.target), percent(r.achievement), String(r.openDeals), number(r.weighted),
                number(r.gap)
            ]
        }
        return ListView(
            header: header, rows: cells, rightAligned: people ? Set(2...14) : [], json: { json },
            records: { (rows + totals).map(Self.json) })
    }

    /// One row (a group, or a currency's total) as JSON.
    static func json(_ r: Row) -> JSONValue {
        func int(_ n: Int?) -> JSONValue { n.map { .int($0) } ?? .null }
        return .object([
            ("group", .string(r.group)), ("currency", .string(r.currency)),
            ("won_deals", .int(r.wonDeals)), ("won_amount", .int(r.wonAmount)),
            ("lost_deals", .int(r.lostDeals)), ("lost_amount", .int(r.lostAmount)),
            ("win_rate_count", int(r.winRateByCount)), ("win_rate_amount", int(r.winRateByAmount)),
            ("avg_days_to_win", int(r.averageDaysToWin)), ("avg_won", int(r.averageWon)),
            ("target", int(r.target)), ("achievement", int(r.achievement)),
            ("open_deals", .int(r.openDeals)), ("pipeline", .int(r.pipeline)), ("weighted", .int(r.weighted)),
            ("gap", int(r.gap))
        ])
    }

    public var json: JSONValue {
        let row = Self.json
        return .object([
            ("period", .string(period.description)), ("from", .string(period.first.description)),
            ("to", .string(period.last.description)), ("by", .optional(grouping?.rawValue)),
            ("rows", .array(rows.map(row))), ("totals", .array(totals.map(row)))
        ])
    }
}

extension Activity {
    /// A week of a rep: the kinds counted, and the total.
    var weeksJSON: [JSONValue] {
        rows.map { r in
            .object([
                ("week", .string(r.week.description)), ("rep", .string(r.rep)),
                ("kinds", .object(kinds.compactMap { k in r.kinds[k].map { (k, .int($0)) } })),
                ("total", .int(r.total))
            ])
        }
    }

    /// One row per week and rep, a column per kind (labels for people, ids for scripts), then
    /// a total row for people.
    public func view(for format: OutputFormat, config: Config) -> ListView {
        let people = format.isForPeople
        let names = kinds.map { people ? config.kind(named: $0)?.label ?? $0 : $0 }
        var cells = rows.map { r in
            [r.week.description, r.rep] + kinds.map { String(r.kinds[$0] ?? 0) } + [String(r.total)]
        }
        if people { cells.append(["total", ""] + kinds.map { String(totals[$0] ?? 0) } + [String(total)]) }
        return ListView(
            header: ["week", "rep"] + names + ["total"], rows: cells,
            rightAligned: people ? Set(2..<(kinds.count + 3)) : [], json: { json }, records: { weeksJSON })
    }

    public var json: JSONValue {
        .object([
            ("period", .string(period.description)), ("from", .string(period.first.description)),
            ("to", .string(period.last.description)),
            ("kinds", .array(kinds.map(JSONValue.string))),
            ("weeks", .array(weeksJSON)),
            ("totals", .object(kinds.map { ($0, .int(totals[$0] ?? 0)) })),
            ("total", .int(total))
        ])
    }
}
