import Foundation

/// Text of `energy score`: the per-deal view and the ranking rows.
public enum EnergyText {
    public static func detail(_ s: Energy.Score, deal: Deal, config: Config, explain: Bool) -> String {
        var out = "\(deal.id)  \(deal.title) (\(deal.customer))\n"
        guard s.reportCount > 0 else {
            return out
                + "  no activity reports yet: energy 0. Log a contact with 'salesctl report add --deal \(deal.id)'\n"
        }
        let b = s.breadth
        out +=
            "  cumulative   \(s.total) points from \(s.reportCount) report\(s.reportCount == 1 ? "" : "s"), last contact \(s.lastContact!)\n"
        out += "  breadth      \(b.people) people, \(b.titles) titles, \(b.departments) departments\n"
        if b.keyPersons.isEmpty {
            out += "               no key persons recorded\n"
        } else {
            let met = b.keyPersons.filter(\.met).map { "\($0.name) (\($0.role.rawValue))" }
            let notMet = b.keyPersons.filter { !$0.met }.map { "\($0.name) (\($0.role.rawValue))" }
            out += "               key persons met \(b.keyPersonsMet)/\(b.keyPersonsTotal)"
            out += met.isEmpty ? "" : ": " + met.joined(separator: ", ")
            out += notMet.isEmpty ? "\n" : "; not met: " + notMet.joined(separator: ", ") + "\n"
            out += "               approval route (every D and A): "
            if b.approvalRouteCovered {
                out += "covered\n"
            } else if !b.keyPersons.contains(where: { $0.role != .I }) {
                out += "unknown, no D or A recorded\n"
            } else {
                out +=
                    "not covered, missing "
                    + b.approvalRouteMissing.map { "\($0.name) (\($0.role.rawValue))" }.joined(separator: ", ") + "\n"
            }
        }
        let c = s.continuity
        out +=
            "  continuity   \(c.weeksActive) of the last \(c.windowWeeks) weeks active, longest gap \(c.longestGapDays.map { "\($0) days" } ?? "-")\n"
        out +=
            "  trend        \(sparkline(s.trend.weekly))  last 4 weeks \(s.trend.recent), previous 4 weeks \(s.trend.previous) (\(s.trend.direction.rawValue))\n"
        if explain {
            out += "  reports:\n"
            for line in s.lines { out += "    " + explainLine(line, config: config) + "\n" }
            out += "    total \(s.total)\n"
        }
        return out
    }

    /// `2026-10-07 web-meeting 3 + 山田 浩二 (部長) 5 + homework-given 3 = 11`
    public static func explainLine(_ line: Energy.Line, config: Config) -> String {
        var parts = ["\(line.kind) \(line.kindPoints)"]
        parts += line.attendees.map { a in "\(a.name) (\(a.title ?? "no title")) \(a.points)" }
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
