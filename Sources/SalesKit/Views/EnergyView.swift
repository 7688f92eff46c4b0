import Foundation

/// Text of `energy score`: the per-deal view and the ranking rows.
public enum EnergyText {
    /// `energy score` in `format`: in the table, a page per deal when `pages` (deals named, or
    /// --explain); otherwise the ranking (or with `explain` a row per report) as a list.
    public static func write(
        _ scores: [Energy.Score], deals: [Deal], config: Config, format: OutputFormat, explain: Bool, pages: Bool,
        style: TextStyle, to emit: (String) -> Void
    ) {
        let byID = Dictionary(uniqueKeysWithValues: deals.map { ($0.id, $0) })
        if format == .table && pages {
            emit(
                scores.map { detail($0, deal: byID[$0.deal]!, config: config, explain: explain) }
                    .joined(separator: "\n"))
            return
        }
        let (header, rows) = rows(scores, deals: byID, config: config, explain: explain, table: format.isForPeople)
        ListView(
            header: header, rows: rows,
            rightAligned: [3, 4, 5, 6, 7, 8, 9, 10],  // the table (--explain tables are pages)
            json: { .array(scores.map { $0.json(deal: byID[$0.deal]!, explain: explain) }) }
        ).write(format, style: style, to: emit)
    }

    public static func detail(_ s: Energy.Score, deal: Deal, config: Config, explain: Bool) -> String {
        var out = "\(deal.id)  \(deal.title) (\(deal.customer))\n"
        guard s.reportCount > 0 else { return out + "  " + Message.enNoReports.text(deal.id) + "\n" }
        let labels: [Message] = [.enCumulative, .enBreadth, .enContinuity, .enTrend]
        let width = max(13, (labels.map { displayWidth($0.text()) }.max() ?? 0) + 3)
        let more = String(repeating: " ", count: width + 2)  // a line that goes on under its label
        func line(_ label: Message, _ text: String) -> String {
            "  " + pad(label.text(), toWidth: width, alignRight: false) + text + "\n"
        }
        let b = s.breadth
        out += line(
            .enCumulative,
            Message.enCumulativeText.text(String(s.total), String(s.reportCount), s.lastContact!.description))
        out += line(.enBreadth, Message.enBreadthText.text(String(b.people), String(b.titles), String(b.departments)))
        func named(_ people: [Energy.KeyPersonMet]) -> String {
            people.map { "\($0.name) (\($0.role.rawValue))" }.joined(separator: ", ")
        }
        if b.keyPersons.isEmpty {
            out += more + Message.enNoKeyPersons.text() + "\n"
        } else {
            let met = b.keyPersons.filter(\.met)
            let notMet = b.keyPersons.filter { !$0.met }
            out += more + Message.enKeyPersonsMet.text(String(b.keyPersonsMet), String(b.keyPersonsTotal))
            out += met.isEmpty ? "" : ": " + named(met)
            out += notMet.isEmpty ? "\n" : Message.enNotMet.text(named(notMet)) + "\n"
            out += more + Message.enRoute.text()
            if b.approvalRouteCovered {
                out += Message.enRouteCovered.text() + "\n"
            } else if !b.keyPersons.contains(where: { $0.role != .I }) {
                out += Message.enRouteUnknown.text() + "\n"
            } else {
                out += Message.enRouteMissing.text(named(b.approvalRouteMissing)) + "\n"
            }
        }
        let c = s.continuity
        let gap = c.longestGapDays.map { Message.enGapDays.text(String($0)) } ?? "-"
        out += line(.enContinuity, Message.enContinuityText.text(String(c.weeksActive), String(c.windowWeeks), gap))
        out += line(
            .enTrend,
            Message.enTrendText.text(
                sparkline(s.trend.weekly), String(s.trend.recent), String(s.trend.previous), s.trend.direction.word))
        if explain {
            out += "  " + Message.enReports.text() + "\n"
            for line in s.lines { out += "    " + explainLine(line, config: config) + "\n" }
            out += "    " + Message.enTotal.text(String(s.total)) + "\n"
        }
        return out
    }

    /// `2026-10-07 web-meeting 3 + 山田 浩二 (部長) 5 + homework-given 3 = 11`
    public static func explainLine(_ line: Energy.Line, config: Config) -> String {
        var parts = ["\(line.kind) \(line.kindPoints)"]
        parts += line.attendees.map { a in "\(a.name) (\(a.title ?? Message.enNoTitle.text())) \(a.points)" }
        parts += line.signals.map { "\($0.id) \($0.points)" }
        return "\(line.date) " + parts.joined(separator: " + ") + " = \(line.points)"
    }

    public static func rows(
        _ scores: [Energy.Score], deals: [String: Deal], config: Config, explain: Bool,
        table: Bool
    ) -> ([String], [[String]]) {
        if explain {
            let header = ["deal", "date", "kind", "kind_points", "attendee_points", "signal_points", "points", "report"]
            let rows = scores.flatMap { s in
                s.lines.map { l in
                    [
                        s.deal, l.date.description, l.kind, String(l.kindPoints),
                        String(l.attendees.reduce(0) { $0 + $1.points }),
                        String(l.signals.reduce(0) { $0 + $1.points }), String(l.points), l.path
                    ]
                }
            }
            return (header, rows)
        }
        let header =
            table
            ? [
                "deal", "customer", "owner", "total", "people", "titles", "depts", "key persons", "route", "weeks",
                "gap", "trend"
            ]
            : [
                "deal", "customer", "owner", "total", "people", "titles", "departments", "key_persons_met",
                "key_persons_total",
                "approval_route_covered", "weeks_active", "window_weeks", "longest_gap_days", "trend_recent",
                "trend_previous",
                "trend_direction", "weekly"
            ]
        let rows = scores.map { s -> [String] in
            let d = deals[s.deal]!
            let b = s.breadth
            let c = s.continuity
            let t = s.trend
            let gap = c.longestGapDays.map(String.init) ?? ""
            if table {
                return [
                    s.deal, d.customer, d.owner ?? "", String(s.total), String(b.people), String(b.titles),
                    String(b.departments), "\(b.keyPersonsMet)/\(b.keyPersonsTotal)",
                    b.approvalRouteCovered ? Message.wordYes.text() : Message.wordNo.text(),
                    "\(c.weeksActive)/\(c.windowWeeks)", gap,
                    "\(sparkline(t.weekly)) \(t.recent)/\(t.previous)"
                ]
            }
            return [
                s.deal, d.customer, d.owner ?? "", String(s.total), String(b.people), String(b.titles),
                String(b.departments),
                String(b.keyPersonsMet), String(b.keyPersonsTotal), String(b.approvalRouteCovered),
                String(c.weeksActive), String(c.windowWeeks), gap, String(t.recent), String(t.previous),
                t.direction.rawValue, t.weekly.map(String.init).joined(separator: " ")
            ]
        }
        return (header, rows)
    }
}
