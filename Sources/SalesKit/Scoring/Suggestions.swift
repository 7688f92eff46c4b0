/// A concrete next action for a deal, with the fact it rests on.
public struct Suggestion: Sendable, Equatable {
    public var action: String
    public var reason: String
}

/// How to re-contact the customer of a stale deal, derived from its data (seeds 001 and 002):
/// each rule looks at one fact and says what to do about it, most urgent first.
public enum Suggestions {
    /// `table` holds the title points of `reports` (from `Staleness.rows`).
    static func forStale(_ row: Staleness.Row, reports: [Report], config: Config, asOf: CalendarDate,
                         table: Energy.PointTable) -> [Suggestion] {
        var out: [Suggestion] = []
        let deal = row.deal
        let days = row.stale.daysSince
        // Overdue homework first: a promise we have not kept.
        for item in row.overdueHomework {
            let late = asOf.days(since: item.due!)
            out.append(Suggestion(action: "deliver the homework \(quoted(item.text))\(item.assignee.map { " (\($0))" } ?? "") and use it to book the next meeting",
                                  reason: "due \(item.due!), \(late) day\(late == 1 ? "" : "s") overdue (\(item.ref))"))
        }
        // A next action that passed its date: a promise to ourselves we have not kept.
        if let next = NextAction.current(of: deal, asOf: asOf), next.due < asOf {
            let late = asOf.days(since: next.due)
            out.append(Suggestion(action: "do the overdue next action \(quoted(next.text)) or plan a new one with 'salesctl next set \(deal.id)'",
                                  reason: "next action due \(next.due), \(late) day\(late == 1 ? "" : "s") overdue"))
        }
        // Quality indicators that went bad.
        for w in row.quality.worsened {
            let label = config.indicator(named: w.indicator)?.label ?? w.indicator
            out.append(Suggestion(action: "address \(label) (\(w.indicator)): find out what changed and who can restore it",
                                  reason: "\(w.indicator) went from \(w.from.rawValue) to \(w.to.rawValue) on \(w.date)"))
        }
        if reports.isEmpty {
            out.append(Suggestion(action: "make the first contact and log it with 'salesctl report add --deal \(deal.id)'",
                                  reason: "no activity report since the deal was created on \(deal.created)"))
        }
        let breadth = row.energy.breadth
        if deal.keyPersons.isEmpty {
            out.append(Suggestion(action: "map the power structure: ask who decides, who approves and who influences, and record them",
                                  reason: "no key persons recorded"))
        } else if !breadth.keyPersons.contains(where: { $0.role == .D }) {
            out.append(Suggestion(action: "find out who makes the decision (D) and record them as a key person",
                                  reason: "no decision maker among the \(deal.keyPersons.count) key person\(deal.keyPersons.count == 1 ? "" : "s")"))
        } else {
            for d in breadth.keyPersons where d.role == .D && !d.met {
                out.append(Suggestion(action: "arrange a meeting with the decision maker \(d.name), possibly together with your own manager",
                                      reason: "\(d.name) (D) has not attended any reported contact"))
            }
            let approvers = breadth.approvalRouteMissing.filter { $0.role == .A }
            if !approvers.isEmpty && approvers.count == breadth.approvalRouteMissing.count {
                out.append(Suggestion(action: "ask the decision maker to introduce \(approvers.map(\.name).joined(separator: ", ")) (approval route)",
                                      reason: "approver\(approvers.count == 1 ? "" : "s") not met yet: the approval route is not covered"))
            }
        }
        if row.energy.trend.direction == .falling {
            let top = topTitle(reports, config: config, table: table)
            out.append(Suggestion(action: "ask for a meeting with a higher title" + (top.map { " than \($0)" } ?? ""),
                                  reason: "energy falling: \(row.energy.trend.recent) points in the last 4 weeks, \(row.energy.trend.previous) in the 4 before"))
        }
        if out.isEmpty {
            let who = reports.last?.attendees.first?.name ?? deal.keyPersons.first?.name
            let next = row.nextStep.map { ": \($0)" } ?? ""
            out.append(Suggestion(action: "call \(who ?? "the customer") to propose the next step\(next)",
                                  reason: "\(days) days without contact (threshold \(row.stale.threshold))"))
        }
        if deal.status == .open && NextAction.current(of: deal, asOf: asOf) == nil {
            out.append(Suggestion(action: "agree a dated next action with the customer and record it: salesctl next set \(deal.id) TEXT --due YYYY-MM-DD",
                                  reason: "no next action"))
        }
        return out
    }

    /// The most senior title met in the reports (by title points), if any.
    static func topTitle(_ reports: [Report], config: Config, table: Energy.PointTable) -> String? {
        var best: (String, Int)?
        for report in reports {
            for a in report.attendees {
                guard let title = a.title else { continue }
                let points = table.title(title).points
                if best == nil || points > best!.1 { best = (title, points) }
            }
        }
        return best?.0
    }
}
