/// A concrete next action for a deal, with the fact it rests on.
public struct Suggestion: Sendable, Equatable {
    public var action: String
    public var reason: String
}

/// How to re-contact the customer of a stale deal, derived from its data (seeds 001 and 002):
/// each rule looks at one fact and says what to do about it, most urgent first.
public enum Suggestions {
    /// `table` holds the title points of `reports` (from `Staleness.rows`).
    static func forStale(
        _ row: Staleness.Row, reports: [Report], config: Config, asOf: CalendarDate,
        table: Energy.PointTable
    ) -> [Suggestion] {
        var out: [Suggestion] = []
        let deal = row.deal
        let days = row.stale.daysSince
        // Overdue homework first: a promise we have not kept.
        for item in row.overdueHomework {
            let late = asOf.days(since: item.due!)
            out.append(
                Suggestion(
                    action: Message.sugHomework.text(
                        quoted(item.text), item.assignee.map { Message.sugHomeworkFor.text($0) } ?? ""),
                    reason: Message.sugHomeworkWhy.text(item.due!.description, String(late), item.ref)))
        }
        // A next action that passed its date: a promise to ourselves we have not kept.
        if let next = NextAction.current(of: deal, asOf: asOf), next.due < asOf {
            let late = asOf.days(since: next.due)
            out.append(
                Suggestion(
                    action: Message.sugNext.text(quoted(next.text), deal.id),
                    reason: Message.sugNextWhy.text(next.due.description, String(late))))
        }
        // Quality indicators that went bad.
        for w in row.quality.worsened {
            let label = config.indicator(named: w.indicator)?.label ?? w.indicator
            out.append(
                Suggestion(
                    action: Message.sugQuality.text(label, w.indicator),
                    reason: Message.sugQualityWhy.text(w.indicator, w.from.rawValue, w.to.rawValue, w.date.description))
            )
        }
        if reports.isEmpty {
            out.append(
                Suggestion(
                    action: Message.sugFirst.text(deal.id), reason: Message.sugFirstWhy.text(deal.created.description)))
        }
        let breadth = row.energy.breadth
        if deal.keyPersons.isEmpty {
            out.append(Suggestion(action: Message.sugMap.text(), reason: Message.sugMapWhy.text()))
        } else if !breadth.keyPersons.contains(where: { $0.role == .D }) {
            out.append(
                Suggestion(
                    action: Message.sugFindD.text(), reason: Message.sugFindDWhy.text(String(deal.keyPersons.count))))
        } else {
            for d in breadth.keyPersons where d.role == .D && !d.met {
                out.append(Suggestion(action: Message.sugMeetD.text(d.name), reason: Message.sugMeetDWhy.text(d.name)))
            }
            let approvers = breadth.approvalRouteMissing.filter { $0.role == .A }
            if !approvers.isEmpty && approvers.count == breadth.approvalRouteMissing.count {
                out.append(
                    Suggestion(
                        action: Message.sugRoute.text(approvers.map(\.name).joined(separator: ", ")),
                        reason: Message.sugRouteWhy.text(String(approvers.count))))
            }
        }
        if row.energy.trend.direction == .falling {
            let top = topTitle(reports, config: config, table: table)
            out.append(
                Suggestion(
                    action: top.map { Message.sugHigherThan.text($0) } ?? Message.sugHigher.text(),
                    reason: Message.sugHigherWhy.text(
                        String(row.energy.trend.recent), String(row.energy.trend.previous))))
        }
        if out.isEmpty {
            let who =
                (reports.last?.attendees.first?.name ?? deal.keyPersons.first?.name).map { Message.sugPerson.text($0) }
                ?? Message.sugCustomer.text()
            let action = row.nextStep.map { Message.sugCallStep.text(who, $0) } ?? Message.sugCall.text(who)
            out.append(
                Suggestion(action: action, reason: Message.sugCallWhy.text(String(days), String(row.stale.threshold))))
        }
        if deal.status == .open && NextAction.current(of: deal, asOf: asOf) == nil {
            out.append(Suggestion(action: Message.sugAgree.text(deal.id), reason: Message.sugAgreeWhy.text()))
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
