/// Results against targets (実績と目標): what was won and lost in a period, the win rate, the
/// average deal, the target and its achievement, and the weighted open pipeline expected to
/// close in the period against the gap that remains. Every figure is per currency (JPY is
/// never added to USD).
///
/// - A win is a `status` event to won, dated in the period, of a deal that is still won (a
///   reopened win no longer stands). It counts at the amount the event recorded, else the
///   deal's amount. A win edited in by hand, with no event, has no date and is not counted.
/// - A loss is a `status` event to lost dated in the period, even when the deal was reopened
///   later (as in `lost`). Dropped deals (廃棄) are not losses: they are not in the win rate.
/// - The pipeline holds open deals whose expected close date is in the period, weighted by
///   the probability of their stage (as in `forecast`).
public struct Results: Sendable {
    public enum Grouping: String, Sendable, CaseIterable {
        case owner, month, quarter
    }

    /// One row: a group (an owner, a month, a quarter, or the team) in one currency.
    public struct Row: Sendable, Equatable {
        public var group: String
        public var currency: String
        public var wonDeals = 0
        public var wonAmount = 0
        public var lostDeals = 0
        public var lostAmount = 0
        /// Sum of days from created to won, over the won deals.
        public var daysToWin = 0
        /// Open deals expected to close in the period, their amounts and weighted amounts.
        public var openDeals = 0
        public var pipeline = 0
        public var weighted = 0
        public var target: Int?

        public init(group: String, currency: String) {
            self.group = group
            self.currency = currency
        }

        /// Won ÷ (won + lost), by count, in percent rounded halves up; nil without either.
        public var winRateByCount: Int? { Results.percent(wonDeals, of: wonDeals + lostDeals) }
        /// Won ÷ (won + lost), by amount, in percent rounded halves up.
        public var winRateByAmount: Int? { Results.percent(wonAmount, of: wonAmount + lostAmount) }
        /// Mean days from created to won, rounded halves up.
        public var averageDaysToWin: Int? { Results.mean(daysToWin, over: wonDeals) }
        /// Mean won amount, rounded halves up.
        public var averageWon: Int? { Results.mean(wonAmount, over: wonDeals) }
        /// Won ÷ target in percent, rounded halves up; nil without a target (or a zero one).
        public var achievement: Int? { target.flatMap { Results.percent(wonAmount, of: $0) } }
        /// What is left to win to reach the target (0 once reached); nil without a target.
        public var gap: Int? { target.map { max(0, $0 - wonAmount) } }
    }

    public var period: Period
    public var grouping: Grouping?
    /// The rows of the groups (empty without a grouping), then `totals`: the team's, per currency.
    public var rows: [Row]
    public var totals: [Row]
    /// The ids of the deals behind the figures (won, lost or in the pipeline), in id order.
    public var deals: [String] = []

    /// The group of a deal without an owner.
    public static let none = "-"

    /// The results of `deals` in `period`, by `grouping` (nil: the team only).
    public static func build(deals: [Deal], config: Config, period: Period, by grouping: Grouping? = nil) -> Results {
        var rows: [String: [String: Row]] = [:]
        var totals: [String: Row] = [:]
        var counted = Set<String>()
        func add(_ group: String, _ currency: String, _ change: (inout Row) -> Void) {
            change(&totals[currency, default: Row(group: "total", currency: currency)])
            if grouping != nil {
                change(&rows[group, default: [:]][currency, default: Row(group: group, currency: currency)])
            }
        }
        func group(_ deal: Deal, _ date: CalendarDate) -> String {
            switch grouping {
            case .owner: deal.owner ?? none
            case .month: Period.of(date, unit: .month).description
            case .quarter: Period.of(date, unit: .quarter).description
            case nil: ""
            }
        }
        for deal in deals {
            let before = totals
            defer { if totals != before { counted.insert(deal.id) } }
            let currency = deal.currency ?? config.currency
            let statusEvents = deal.history.filter { $0.kind == "status" }
            if deal.status == .won, let win = statusEvents.last(where: { $0["to"] == Deal.Status.won.rawValue }),
                period.contains(win.date)
            {
                let amount = win["amount"].flatMap { Int($0) } ?? deal.amount ?? 0
                add(group(deal, win.date), currency) {
                    $0.wonDeals += 1
                    $0.wonAmount += amount
                    $0.daysToWin += win.date.days(since: deal.created)
                }
            }
            for loss in statusEvents where loss["to"] == Deal.Status.lost.rawValue && period.contains(loss.date) {
                add(group(deal, loss.date), currency) {
                    $0.lostDeals += 1
                    $0.lostAmount += deal.amount ?? 0
                }
            }
            if deal.status == .open, let close = deal.expectedClose, period.contains(close) {
                let probability = config.stage(named: deal.stage)?.probability ?? 0
                add(group(deal, close), currency) {
                    $0.openDeals += 1
                    $0.pipeline += deal.amount ?? 0
                    $0.weighted += Forecast.weighted(amount: deal.amount ?? 0, probability: probability)
                }
            }
        }
        // Targets: the team's on the totals and on month or quarter groups; the members' on owners.
        for currency in Set(config.targets.map(\.currency)) {
            if let amount = target(config.targets, member: nil, period: period, currency: currency) {
                totals[currency, default: Row(group: "total", currency: currency)].target = amount
            }
        }
        switch grouping {
        case .owner:
            for t in config.targets {
                guard let member = t.member, t.period.overlaps(period),
                    let amount = target(config.targets, member: member, period: period, currency: t.currency)
                else { continue }
                rows[member, default: [:]][t.currency, default: Row(group: member, currency: t.currency)].target =
                    amount
            }
        case .month, .quarter:
            let unit: Period.Unit = grouping == .month ? .month : .quarter
            for sub in period.parts(unit) {
                for currency in Set(config.targets.map(\.currency)) {
                    guard let amount = target(config.targets, member: nil, period: sub, currency: currency) else {
                        continue
                    }
                    rows[sub.description, default: [:]][
                        currency, default: Row(group: sub.description, currency: currency)
                    ].target = amount
                }
            }
        case nil: break
        }
        let ordered = rows.keys.sorted { a, b in (a == none ? 1 : 0, a) < (b == none ? 1 : 0, b) }
        return Results(
            period: period, grouping: grouping,
            rows: ordered.flatMap { g in rows[g]!.values.sorted { $0.currency < $1.currency } },
            totals: totals.values.sorted { $0.currency < $1.currency }, deals: counted.sorted())
    }

    /// The target of `member` (nil: the team) for `period` in `currency`: the one set for the
    /// period itself, else the sum of those set for its quarters (each one, or its months) or
    /// months. Parts without a target add nothing: targets set for part of a year make the
    /// year's target. Nil when no part has one. A month never takes a share of its quarter's.
    public static func target(_ targets: [Target], member: String?, period: Period, currency: String) -> Int? {
        let mine = targets.filter { $0.member == member && $0.currency == currency }
        func exact(_ p: Period) -> Int? {
            let found = mine.filter { $0.period == p }
            return found.isEmpty ? nil : found.reduce(0) { $0 + $1.amount }
        }
        func sum(_ parts: [Int?]) -> Int? { parts.allSatisfy { $0 == nil } ? nil : parts.reduce(0) { $0 + ($1 ?? 0) } }
        func months(_ p: Period) -> Int? { sum(p.parts(.month).map(exact)) }
        if let own = exact(period) { return own }
        switch period.unit {
        case .month: return nil
        case .quarter: return months(period)
        case .year: return sum(period.parts(.quarter).map { exact($0) ?? months($0) })
        }
    }

    /// `part` ÷ `whole` in percent, rounded halves up; nil when `whole` is not positive.
    public static func percent(_ part: Int, of whole: Int) -> Int? {
        guard whole > 0 else { return nil }
        return Int((Double(part) * 100 / Double(whole)).rounded(.toNearestOrAwayFromZero))
    }

    static func mean(_ total: Int, over count: Int) -> Int? {
        count == 0 ? nil : (total * 2 + count) / (count * 2)
    }
}

extension Period {
    /// The months or quarters of this period (itself when `unit` is not finer).
    public func parts(_ unit: Unit) -> [Period] {
        var out: [Period] = []
        var date = first
        while date <= last {
            let part = Period.of(date, unit: unit)
            if out.last != part { out.append(part) }
            date = part.last.adding(days: 1)
        }
        return out
    }

    public func overlaps(_ other: Period) -> Bool { first <= other.last && other.first <= last }
}
