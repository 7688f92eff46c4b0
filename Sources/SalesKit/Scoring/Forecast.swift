/// The evidence-based forecast (根拠に基づくフォーキャスト): open deals weighted by the probability of
/// their stage, with the checked steps behind each one, and the deals already won, at their
/// amount in the month of the win. The weighted pipeline holds open deals only. Deals on hold
/// are left out (they are not expected to close until reopened); lost and dropped deals too.
public struct Forecast: Sendable {
    public enum Grouping: String, Sendable, CaseIterable {
        case month, quarter, owner, stage
    }

    public struct Line: Sendable, Equatable {
        public var deal: String
        public var title: String
        public var customer: String
        public var owner: String?
        public var stage: String
        public var probability: Int
        public var amount: Int?
        public var currency: String
        /// amount × probability / 100, rounded to the nearest unit (halves up).
        public var weighted: Int
        public var expectedClose: CalendarDate?
        /// The expected close date is before today.
        public var overdue: Bool
        /// Steps checked / steps in the deal's stage and the stages before it.
        public var stepsDone: Int
        public var stepsTotal: Int
        public var group: String
        /// The date of the win, for a won deal (then probability is 100 and weighted the amount).
        public var won: CalendarDate? = nil
    }

    /// Sums for one group (nil: the whole forecast) in one currency.
    public struct Total: Sendable, Equatable {
        public var group: String?
        public var currency: String
        public var deals: Int
        public var amount: Int
        public var weighted: Int
        /// Won deals and their amounts (not in deals, amount and weighted: those are the open pipeline).
        public var wonDeals: Int = 0
        public var won: Int = 0
    }

    public var grouping: Grouping
    public var lines: [Line]
    public var groups: [Total]
    public var totals: [Total]

    /// The group a deal without an expected close date falls in, by month or quarter.
    public static let noDate = "-"

    /// amount × percent / 100 in integer arithmetic, halves rounded up, without overflow for any
    /// amount a deal file can hold.
    public static func weighted(amount: Int, probability: Int) -> Int {
        let whole = amount / 100 * probability
        let rest = amount % 100 * probability
        return whole + (rest + 50) / 100
    }

    /// Checked steps / all steps of the deal's stage and the stages before it.
    public static func evidence(_ deal: Deal, config: Config) -> (done: Int, total: Int) {
        guard let index = config.stageIndex(deal.stage) else { return (0, 0) }
        let steps = config.stages.prefix(index + 1).flatMap(\.steps)
        return (steps.filter { deal.isChecked($0.id) }.count, steps.count)
    }

    /// The date of the latest `status` event that made the deal won (nil for a hand-edited win).
    public static func winDate(_ deal: Deal) -> CalendarDate? {
        deal.history.last { $0.kind == "status" && $0["to"] == Deal.Status.won.rawValue }?.date
    }

    /// The forecast of `deals`: open deals whose expected close date is within `from`...`to`
    /// (deals without one are kept only when no range is given), and won deals whose win is
    /// within `from`...`to` (from: the first day of today's quarter when not given).
    public static func build(
        deals: [Deal], config: Config, today: CalendarDate, from: CalendarDate? = nil,
        to: CalendarDate? = nil, by grouping: Grouping = .month
    ) -> Forecast {
        var lines: [Line] = []
        let wonFrom = from ?? Period.of(today, unit: .quarter).first
        for deal in deals where deal.status == .won {
            guard let won = winDate(deal), won >= wonFrom, to.map({ won <= $0 }) ?? true else { continue }
            let evidence = evidence(deal, config: config)
            var line = Line(
                deal: deal.id, title: deal.title, customer: deal.customer, owner: deal.owner, stage: deal.stage,
                probability: 100, amount: deal.amount, currency: deal.currency ?? config.currency,
                weighted: deal.amount ?? 0, expectedClose: deal.expectedClose, overdue: false,
                stepsDone: evidence.done, stepsTotal: evidence.total, group: "", won: won)
            var dated = deal
            dated.expectedClose = won
            line.group = group(dated, by: grouping)
            lines.append(line)
        }
        for deal in deals where deal.status == .open {
            if from != nil || to != nil {
                guard let close = deal.expectedClose else { continue }
                if let from, close < from { continue }
                if let to, close > to { continue }
            }
            let probability = config.stage(named: deal.stage)?.probability ?? 0
            let evidence = evidence(deal, config: config)
            lines.append(
                Line(
                    deal: deal.id, title: deal.title, customer: deal.customer, owner: deal.owner,
                    stage: deal.stage, probability: probability, amount: deal.amount,
                    currency: deal.currency ?? config.currency,
                    weighted: weighted(amount: deal.amount ?? 0, probability: probability),
                    expectedClose: deal.expectedClose, overdue: deal.expectedClose.map { $0 < today } ?? false,
                    stepsDone: evidence.done, stepsTotal: evidence.total,
                    group: group(deal, by: grouping)))
        }
        let rank = groupRank(grouping, config: config)
        lines.sort { a, b in
            let (ra, rb) = (rank(a.group), rank(b.group))
            if ra != rb { return ra < rb }
            let (ca, cb) = (
                (a.won ?? a.expectedClose)?.dayNumber ?? Int.max, (b.won ?? b.expectedClose)?.dayNumber ?? Int.max
            )
            return ca != cb ? ca < cb : a.deal < b.deal
        }
        var groups: [Total] = []
        for line in lines {
            if let i = groups.firstIndex(where: { $0.group == line.group && $0.currency == line.currency }) {
                groups[i].add(line)
            } else {
                var total = Total(group: line.group, currency: line.currency, deals: 0, amount: 0, weighted: 0)
                total.add(line)
                groups.append(total)
            }
        }
        groups.sort { (rank($0.group!), $0.currency) < (rank($1.group!), $1.currency) }
        var totals: [Total] = []
        for line in lines {
            if let i = totals.firstIndex(where: { $0.currency == line.currency }) {
                totals[i].add(line)
            } else {
                var total = Total(group: nil, currency: line.currency, deals: 0, amount: 0, weighted: 0)
                total.add(line)
                totals.append(total)
            }
        }
        totals.sort { $0.currency < $1.currency }
        return Forecast(grouping: grouping, lines: lines, groups: groups, totals: totals)
    }

    /// `2026-11`, `2026-Q4` (calendar quarters), the owner, or the stage id.
    static func group(_ deal: Deal, by grouping: Grouping) -> String {
        switch grouping {
        case .month:
            return deal.expectedClose.map { String($0.description.prefix(7)) } ?? noDate
        case .quarter:
            return deal.expectedClose.map { $0.description.prefix(4) + "-Q" + String($0.quarter) } ?? noDate
        case .owner:
            return deal.owner ?? noDate
        case .stage:
            return deal.stage
        }
    }

    /// Sort key of a group: periods in time order and stages in process order, "-" last.
    static func groupRank(_ grouping: Grouping, config: Config) -> (String) -> String {
        { group in
            if group == noDate { return "\u{10FFFF}" }
            if grouping == .stage {
                return config.stageIndex(group).map { String($0).leftPadded(to: 4) } ?? "9999" + group
            }
            return group
        }
    }
}

extension Forecast.Total {
    mutating func add(_ line: Forecast.Line) {
        if line.won != nil {
            wonDeals += 1
            won += line.amount ?? 0
            return
        }
        deals += 1
        amount += line.amount ?? 0
        weighted += line.weighted
    }
}
