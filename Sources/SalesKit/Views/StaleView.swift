import Foundation

/// How `stale list` shows its rows: the grouped table for people, CSV/TSV/JSON/NDJSON for scripts, Markdown
/// for the weekly mail, the suggestions under their deal.
public enum StaleText {
    public static func render(
        _ rows: [Staleness.Row], format: OutputFormat, suggest: Bool, config: Config, palette: Palette, width: Int?
    ) -> String {
        let people = format.isForPeople
        var header = [
            "deal", "customer", "owner", "stage", "last_contact", "days_since", "threshold", "energy", "trend",
            "quality", "open_homework", "overdue_homework", "next"
        ]
        if people {
            header = [
                "deal", "customer", "owner", "stage", "last contact", "days", "threshold", "energy", "trend",
                "quality", "homework", "next"
            ]
        }
        if suggest && format != .table { header += people ? ["suggestion"] : ["suggestion", "reason"] }
        let cells = rows.map { r -> [String] in
            let overdue = r.overdueHomework.count
            let stageText: String = people ? config.stageLabel(r.deal.stage) : r.deal.stage
            let created: String = people ? Message.wordNoContact.text(r.deal.created.description) : ""
            let direction: String = people ? r.energy.trend.direction.word : r.energy.trend.direction.rawValue
            let trend: String = people ? sparkline(r.energy.trend.weekly) + " " + direction : direction
            var row: [String] = [
                r.deal.id, r.deal.customer, r.deal.owner ?? "", stageText,
                r.stale.lastContact?.description ?? created,
                String(r.stale.daysSince), String(r.stale.threshold), String(r.energy.total), trend,
                r.quality.score.map(String.init) ?? ""
            ]
            if people {
                let late: String = overdue > 0 ? Message.wordOverdueCount.text(String(overdue)) : ""
                row.append(r.homework.isEmpty ? "" : String(r.homework.count) + late)
            } else {
                row += [String(r.homework.count), String(overdue)]
            }
            row.append(r.nextStep ?? "")
            if suggest && format != .table {
                let first = r.suggestions.first
                row +=
                    people
                    ? [first.map { Message.sugLine.text($0.action, $0.reason) } ?? ""]
                    : [first?.action ?? "", first?.reason ?? ""]
            }
            return row
        }
        switch format {
        case .json:
            return JSONValue.array(rows.map { json($0, suggest: suggest) }).render()
        case .ndjson:
            return rows.map { json($0, suggest: suggest).render(pretty: false) }.joined()
        case .csv:
            return Delimited.csv(header: header, rows: cells)
        case .tsv:
            return Delimited.tsv(header: header, rows: cells)
        case .excel:
            return Delimited.excel(header: header, rows: cells)
        case .markdown:
            return rows.isEmpty ? "" : markdownTable(header: header, rows: cells, rightAligned: [5, 6, 7, 9])
        case .table, .text, .github, .mermaid, .html:  // `stale list` accepts only `OutputFormat.list`
            guard !rows.isEmpty else { return "" }
            return groupedTable(rows, header: header, cells: cells, suggest: suggest, palette: palette, width: width)
        }
    }

    /// One table (aligned across groups) without the owner column, a heading line per owner, and
    /// the suggestions under their deal.
    public static func groupedTable(
        _ rows: [Staleness.Row], header: [String], cells: [[String]], suggest: Bool, palette: Palette, width: Int?
    ) -> String {
        // Owners worked out once: `rows[i].deal` is a copy of the deal, and sorting 2,600 rows
        // copied deals some 60,000 times.
        let owners = rows.map { $0.stale.deal.owner ?? "" }
        var counts: [String: Int] = [:]
        for owner in owners { counts[owner, default: 0] += 1 }
        let order = rows.indices.sorted { (owners[$0], $0) < (owners[$1], $1) }
        let dropOwner = { (row: [String]) in row.enumerated().filter { $0.offset != 2 }.map(\.element) }
        let table = TextTable(
            columns: dropOwner(header).enumerated().map { i, title in
                TextTable.Column(
                    header: title, alignment: [4, 5, 6, 8].contains(i) ? .right : .left, keepsWidth: i == 0)
            }, rows: order.map { dropOwner(cells[$0]) })
        let lines = table.render(maxWidth: width, colorHeader: palette.bold)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out = lines[0] + "\n"
        var owner: String?
        for (line, index) in zip(lines.dropFirst(), order) {
            if owner != owners[index] {  // nil before the first row
                owner = owners[index]
                out +=
                    "\n" + palette.bold("\(owner!.isEmpty ? Message.wordNoOwner.text() : owner!) (\(counts[owner!]!))")
                    + "\n"
            }
            out += line + "\n"
            if suggest {
                for s in rows[index].suggestions { out += "    → " + Message.sugLine.text(s.action, s.reason) + "\n" }
            }
        }
        return out
    }

    public static func json(_ r: Staleness.Row, suggest: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("deal", .string(r.deal.id)),
            ("title", .string(r.deal.title)),
            ("customer", .string(r.deal.customer)),
            ("owner", .optional(r.deal.owner)),
            ("stage", .string(r.deal.stage)),
            ("amount", r.deal.amount.map { .int($0) } ?? .null),
            ("currency", .optional(r.deal.currency)),
            ("created", .string(r.deal.created.description)),
            ("last_contact", .optional(r.stale.lastContact?.description)),
            ("days_since", .int(r.stale.daysSince)),
            ("threshold", .int(r.stale.threshold)),
            (
                "energy",
                .object([
                    ("total", .int(r.energy.total)),
                    (
                        "trend",
                        .object([
                            ("recent", .int(r.energy.trend.recent)),
                            ("previous", .int(r.energy.trend.previous)),
                            ("direction", .string(r.energy.trend.direction.rawValue)),
                            ("weekly", .array(r.energy.trend.weekly.map { .int($0) }))
                        ])
                    )
                ])
            ),
            ("quality", r.quality.score.map { .int($0) } ?? .null),
            (
                "open_homework",
                .array(
                    r.homework.map { h in
                        .object([
                            ("ref", .string(h.ref)), ("text", .string(h.text)), ("for", .optional(h.assignee)),
                            ("due", .optional(h.due?.description)),
                            ("overdue", .bool(h.status(today: r.stale.asOf) == .overdue))
                        ])
                    })
            ),
            ("next", .optional(r.nextStep))
        ]
        if suggest {
            members.append(
                (
                    "suggestions",
                    .array(
                        r.suggestions.map { .object([("action", .string($0.action)), ("reason", .string($0.reason))]) })
                ))
        }
        return .object(members)
    }
}
