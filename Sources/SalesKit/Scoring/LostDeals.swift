/// Lost-deal analysis (失注分析): lost and dropped deals by reason, by the stage they reached or by
/// owner, so the team learns from them (負けに不思議の負けなし).
public struct LostDeals: Sendable {
    public enum Grouping: String, Sendable, CaseIterable {
        case reason, stage, owner
    }

    public struct Entry: Sendable, Equatable {
        public var deal: String
        public var title: String
        public var customer: String
        public var owner: String?
        public var status: Deal.Status
        /// The stage the deal was in when it closed.
        public var stage: String
        public var reason: String?
        /// The date of the status event that closed it; nil when the file has none.
        public var closed: CalendarDate?
        /// Days from `created` to `closed`.
        public var days: Int?
        /// Activity reports of the deal up to its close (all of them when the close date is unknown).
        public var contacts: Int
        public var amount: Int?
        public var currency: String
        public var note: String?
        public var group: String
        /// When the deal was reopened after this loss (it still counts in the window it was lost in).
        public var reopened: CalendarDate? = nil
    }

    public struct Group: Sendable, Equatable {
        public var group: String
        public var currency: String
        public var deals: Int
        public var amount: Int
        /// Sum of days in pipeline, over `daysCounted` deals with a known close date.
        public var daysTotal: Int
        public var daysCounted: Int
        public var contacts: Int

        /// Mean days in pipeline, rounded to the nearest day (halves up); nil when unknown.
        public var averageDays: Int? { daysCounted == 0 ? nil : (daysTotal * 2 + daysCounted) / (daysCounted * 2) }
    }

    public var grouping: Grouping
    public var entries: [Entry]
    public var groups: [Group]

    /// The group of a deal without a recorded reason or owner.
    public static let none = "-"

    /// `contacts`: report dates per deal id. `since`: only deals closed on or after it.
    public static func build(
        deals: [Deal], contacts: [String: [CalendarDate]], config: Config,
        since: CalendarDate? = nil, by grouping: Grouping = .reason
    ) -> LostDeals {
        var entries: [Entry] = []
        for (deal, event, reopened) in losses(deals) {
            let closed = event?.date
            if let since {
                guard let closed, closed >= since else { continue }
            }
            let reason = event?["reason"].map { config.lostReason(named: $0)?.id ?? $0 }
            let stage = event?["stage"] ?? deal.stage
            let dates = contacts[deal.id] ?? []
            let status = event.flatMap { Deal.Status(rawValue: $0["to"] ?? "") } ?? deal.status
            var entry = Entry(
                deal: deal.id, title: deal.title, customer: deal.customer, owner: deal.owner,
                status: status, stage: stage, reason: reason, closed: closed,
                days: closed.map { $0.dayNumber - deal.created.dayNumber },
                contacts: closed.map { c in dates.filter { $0 <= c }.count } ?? dates.count,
                amount: deal.amount, currency: deal.currency ?? config.currency,
                note: event?["note"], group: "", reopened: reopened)
            switch grouping {
            case .reason: entry.group = reason ?? none
            case .stage: entry.group = stage
            case .owner: entry.group = deal.owner ?? none
            }
            entries.append(entry)
        }
        entries.sort { a, b in
            let (ca, cb) = (a.closed?.dayNumber ?? Int.min, b.closed?.dayNumber ?? Int.min)
            return ca != cb ? ca < cb : a.deal < b.deal
        }
        var groups: [Group] = []
        for entry in entries {
            var i = groups.firstIndex { $0.group == entry.group && $0.currency == entry.currency }
            if i == nil {
                groups.append(
                    Group(
                        group: entry.group, currency: entry.currency, deals: 0, amount: 0,
                        daysTotal: 0, daysCounted: 0, contacts: 0))
                i = groups.count - 1
            }
            groups[i!].deals += 1
            groups[i!].amount += entry.amount ?? 0
            if let days = entry.days {
                groups[i!].daysTotal += days
                groups[i!].daysCounted += 1
            }
            groups[i!].contacts += entry.contacts
        }
        // Reasons: the most frequent first (all currencies together); stages in process order; owners by name. "-" last.
        var counts: [String: Int] = [:]
        for entry in entries { counts[entry.group, default: 0] += 1 }
        func rank(_ g: Group) -> (Int, Int, Int, String, String) {
            let last = g.group == none ? 1 : 0
            switch grouping {
            case .reason:
                return (
                    last, -counts[g.group, default: 0], config.lostReasons.firstIndex { $0.id == g.group } ?? Int.max,
                    g.group, g.currency
                )
            case .stage:
                return (last, config.stageIndex(g.group) ?? Int.max, 0, g.group, g.currency)
            case .owner:
                return (last, 0, 0, g.group, g.currency)
            }
        }
        groups.sort { rank($0) < rank($1) }
        return LostDeals(grouping: grouping, entries: entries, groups: groups)
    }

    /// Every loss of every deal: each `status` event to lost or dropped, with the date the deal
    /// was reopened after it (nil while it stays lost). A lost or dropped deal with no such
    /// event (a hand edit) counts once, undated.
    static func losses(_ deals: [Deal]) -> [(Deal, Deal.Event?, CalendarDate?)] {
        var out: [(Deal, Deal.Event?, CalendarDate?)] = []
        for deal in deals {
            let statusEvents = deal.history.filter { $0.kind == "status" }
            var found = false
            for (i, event) in statusEvents.enumerated() where event["to"] == "lost" || event["to"] == "dropped" {
                let reopen = statusEvents[(i + 1)...].first { $0["to"] == Deal.Status.open.rawValue }
                // Not reopened: it counts only as the deal's current loss (a file edited by hand
                // may hold a loss event that no longer stands).
                if reopen == nil && (i != statusEvents.count - 1 || deal.status.rawValue != event["to"]) { continue }
                found = true
                out.append((deal, event, reopen?.date))
            }
            if !found && (deal.status == .lost || deal.status == .dropped) { out.append((deal, nil, nil)) }
        }
        return out
    }
}
