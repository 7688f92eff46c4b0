import Dispatch

/// Stale deals (未接触のお客様リスト): open deals whose last customer contact is older than a
/// threshold. The last contact is the date of the newest activity report; a deal without reports
/// counts from its creation date. Edits to the deal file and planned next steps do not count.
/// Pure: a function of the deals, their last contacts, the config and the as-of date.
public enum Staleness {
    public struct StaleDeal: Sendable {
        public var deal: Deal
        /// The newest report's date; nil when the deal has no report.
        public var lastContact: CalendarDate?
        /// Days from the last contact (or the creation date) to the as-of date.
        public var daysSince: Int
        public var threshold: Int
        public var asOf: CalendarDate
    }

    /// `days` (the --days option), else the stage's `stale_days`, else the config's default.
    public static func threshold(for deal: Deal, config: Config, days: Int?) -> Int {
        days ?? config.staleDays(forStage: deal.stage)
    }

    /// Stale means strictly more days than the threshold: exactly N days is not stale, N+1 is.
    public static func isStale(daysSince: Int, threshold: Int) -> Bool { daysSince > threshold }

    /// The open deals that are stale as of `asOf`, in the order given.
    public static func find(
        deals: [Deal], lastContacts: [String: CalendarDate], config: Config,
        asOf: CalendarDate, days: Int? = nil
    ) -> [StaleDeal] {
        deals.compactMap { deal in
            guard deal.status == .open else { return nil }
            let last = lastContacts[deal.id].flatMap { $0 <= asOf ? $0 : nil }
            let since = asOf.days(since: last ?? deal.created)
            let threshold = threshold(for: deal, config: config, days: days)
            guard isStale(daysSince: since, threshold: threshold) else { return nil }
            return StaleDeal(deal: deal, lastContact: last, daysSince: since, threshold: threshold, asOf: asOf)
        }
    }

    /// The deal's homework items not closed by a `homework-done` event (see `Homework`).
    public static func openHomework(deal: Deal, reports: [Report]) -> [HomeworkItem] {
        Homework.items(reports: reports.filter { $0.deal == deal.id }, deals: [deal]).filter { $0.done == nil }
    }

    /// Everything the stale list shows about one deal.
    public struct Row: Sendable {
        public var stale: StaleDeal
        public var energy: Energy.Score
        public var quality: Quality.Assessment
        public var homework: [HomeworkItem]
        /// The newest report's `next`.
        public var nextStep: String?
        public var suggestions: [Suggestion]
        public var deal: Deal { stale.deal }
        public var overdueHomework: [HomeworkItem] { homework.filter { $0.status(today: stale.asOf) == .overdue } }
    }

    public enum Sort: String, Sendable, CaseIterable {
        case days, amount, energy, quality
    }

    /// Details of the stale deals. `reports` are those up to `asOf` (others' are ignored).
    /// Deals are worked out in parallel, each from its own reports (grouped by index, not copied
    /// until a deal needs them). `suggest: false` leaves `suggestions` empty (the plain list
    /// does not show them).
    public static func rows(
        _ stale: [StaleDeal], reports: [Report], config: Config, asOf: CalendarDate,
        sort: Sort = .days, suggest: Bool = true
    ) -> [Row] {
        let rows = reports.withUnsafeBufferPointer { buffer in
            let groups = Energy.reportIndices(buffer, of: stale.map(\.deal.id), where: { $0.date <= asOf })
            let table = Energy.PointTable(buffer, config: config)
            let shared = UncheckedSendable(value: buffer)
            return parallelMap(stale.count) { i in
                let s = stale[i]
                let mine = groups[i].map { shared.value[$0] }
                let energy = Energy.score(
                    deal: s.deal, reports: shared.value, indices: groups[i], today: asOf,
                    since: nil, windowWeeks: Energy.defaultWindowWeeks, table: table, keepLines: false)
                var row = Row(
                    stale: s, energy: energy, quality: Quality.assess(s.deal, config: config, today: asOf),
                    homework: openHomework(deal: s.deal, reports: mine), nextStep: mine.last?.next, suggestions: [])
                if suggest {
                    row.suggestions = Suggestions.forStale(row, reports: mine, config: config, asOf: asOf, table: table)
                }
                return row
            }
        }
        func key(_ r: Row) -> Int {
            switch sort {
            case .days: r.stale.daysSince
            case .amount: r.deal.amount ?? -1
            case .energy: r.energy.total
            case .quality: r.quality.score ?? -1
            }
        }
        return rows.sorted { a, b in
            (key(b), b.stale.daysSince, a.deal.id) < (key(a), a.stale.daysSince, b.deal.id)
        }
    }
}

extension Store {
    /// `stale list`: the rows of those of `deals` without contact for longer than their
    /// threshold as of `asOf`, and the report files that did not read. The store's reports are
    /// listed once, for the last contacts and for the reports of the stale deals.
    public func staleRows(
        _ deals: [Deal], asOf: CalendarDate, days: Int?, sort: Staleness.Sort, suggest: Bool
    ) -> (rows: [Staleness.Row], findings: [Finding]) {
        let listing = listReports()
        let stale = Staleness.find(
            deals: deals, lastContacts: lastContacts(until: asOf, in: listing), config: config, asOf: asOf, days: days)
        let reports = loadReports(deals: Set(stale.map(\.deal.id)), until: asOf, detail: .summary, listing: listing)
        let rows = Staleness.rows(
            stale, reports: reports.reports, config: config, asOf: asOf, sort: sort, suggest: suggest)
        return (rows, reports.findings)
    }
}
