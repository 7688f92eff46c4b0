extension Review {
    /// The review of `deals` (every status; those of `owner` when given) over `window`.
    /// `reports` are the reports up to `window.until` (others are ignored), `.summary` detail is
    /// enough. Each section calls the query its list command calls, with `window.until` as today.
    public static func build(
        deals: [Deal], reports: [Report], config: Config, window: Window, owner: String? = nil
    ) -> Review {
        var lastContacts: [String: CalendarDate] = [:]
        for report in reports where report.date <= window.until {
            if lastContacts[report.deal].map({ $0 < report.date }) ?? true { lastContacts[report.deal] = report.date }
        }
        return build(deals: deals, lastContacts: lastContacts, config: config, window: window, owner: owner) {
            visit in
            for report in reports { visit(report) }
        }
    }

    /// `build(deals:reports:…)` from a stream of reports (`Store.forEachReport`), in one pass
    /// that keeps only the reports of stale deals: each section takes what it needs as the
    /// reports go by (energy tallies, homework, activity counts, contact dates), so 200k
    /// reports are never held at once. `lastContacts` (each deal's newest report up to
    /// `window.until`, `Store.lastContacts` from file names) decides the stale deals up front.
    public static func build(
        deals allDeals: [Deal], lastContacts: [String: CalendarDate], config: Config, window: Window,
        owner: String? = nil, reports stream: (_ visit: (Report) -> Void) -> Void
    ) -> Review {
        let asOf = window.until
        let deals = owner.map { name in allDeals.filter { $0.owner == name } } ?? allDeals
        let ids = Set(deals.map(\.id))
        let open = deals.filter { $0.status == .open }
        let stale = Staleness.find(deals: deals, lastContacts: lastContacts, config: config, asOf: asOf)
        let staleIDs = Set(stale.map(\.deal.id))
        let active = Dictionary(
            deals.filter { $0.status == .open || $0.status == .won }.map { ($0.id, $0) },
            uniquingKeysWith: { a, _ in a })
        var staleReports: [Report] = []
        var scorer = Energy.Scorer(deals: open, config: config, today: asOf)
        var homework = Homework.Collector(deals: Array(active.values))
        var activity = ActivityTally(config: config, window: window)
        var contacts: [String: [CalendarDate]] = [:]
        stream { report in
            guard report.date <= asOf, ids.contains(report.deal) else { return }
            scorer.add(report)
            activity.add(report)
            contacts[report.deal, default: []].append(report.date)
            if !report.homework.isEmpty && active[report.deal] != nil { homework.add(report) }
            if staleIDs.contains(report.deal) { staleReports.append(report) }
        }
        let energy = zip(open, scorer.scores()).map { deal, score in
            EnergyRow(deal: deal.id, title: deal.title, customer: deal.customer, owner: deal.owner, score: score)
        }.sorted { ($1.score.total, $0.deal) < ($0.score.total, $1.deal) }
        let (kept, counted, weekly) = (staleReports.sorted(by: Energy.precedes), contacts, activity.activity())
        let attention = Attention(
            stale: [], nextActions: nextActionGaps(open: open, asOf: asOf),
            homework: lateHomework(homework, active: active, asOf: asOf))
        // The stale rows (with suggestions) cost about as much as the other sections together:
        // the two halves run at once.
        let (rows, partial) = inParallel(
            { Staleness.rows(stale, reports: kept, config: config, asOf: asOf) },
            { () -> Review in
                let pipeline = pipeline(deals: deals, config: config, asOf: asOf, owner: owner)
                let lost = lostInWindow(deals: deals, contacts: counted, config: config, window: window)
                return Review(
                    window: window, owner: owner, funnel: pipeline.funnel, totals: pipeline.totals,
                    months: pipeline.months, periods: pipeline.periods,
                    movement: PipelineChanges.build(
                        deals: deals, config: config, since: window.since, until: window.until),
                    attention: attention,
                    energy: energy,
                    falls: Array(
                        energy.filter { $0.change < 0 }.sorted { ($0.change, $0.deal) < ($1.change, $1.deal) }
                            .prefix(fallsShown)),
                    quality: open.map { deal in
                        QualityRow(
                            deal: deal.id, title: deal.title, owner: deal.owner,
                            assessment: Quality.assess(deal, config: config, today: asOf),
                            worsenedInWindow: Quality.assess(deal, config: config, today: asOf, reviewDays: window.days)
                                .worsened)
                    }.sorted { ($0.assessment.score ?? -1, $0.deal) < ($1.assessment.score ?? -1, $1.deal) },
                    lost: lost.entries, lostReasons: lost.groups,
                    activity: weekly)
            })
        var review = partial
        review.attention.stale = rows
        return review
    }

    /// Section 4, next actions: open deals without a next action or with an overdue one.
    static func nextActionGaps(open: [Deal], asOf: CalendarDate) -> [NextActionGap] {
        open.compactMap { deal -> NextActionGap? in
            let standing = NextAction.standing(of: deal, today: asOf)
            guard standing != .open else { return nil }
            let action = NextAction.current(of: deal, asOf: asOf)
            return NextActionGap(
                deal: deal.id, title: deal.title, owner: deal.owner, standing: standing, action: action,
                daysLate: action.map { asOf.days(since: $0.due) } ?? 0)
        }.sorted {
            ($0.standing == .overdue ? 0 : 1, -$0.daysLate, $0.deal) < (
                $1.standing == .overdue ? 0 : 1, -$1.daysLate, $1.deal
            )
        }
    }

    /// Section 4, homework: overdue items of open and won deals (`agenda`'s rule).
    static func lateHomework(_ collector: Homework.Collector, active: [String: Deal], asOf: CalendarDate)
        -> [LateHomework]
    {
        collector.items()
            .filter { $0.status(today: asOf) == .overdue }
            .map { LateHomework(item: $0, dealTitle: active[$0.deal]!.title, daysLate: $0.daysOverdue(today: asOf)) }
            .sorted { (-$0.daysLate, $0.item.ref) < (-$1.daysLate, $1.item.ref) }
    }

    /// Section 7: `lost --since` limited to deals closed by the end of the window; `contacts`
    /// are each deal's report dates.
    static func lostInWindow(deals: [Deal], contacts: [String: [CalendarDate]], config: Config, window: Window)
        -> LostDeals
    {
        let first = LostDeals.build(deals: deals, contacts: contacts, config: config, since: window.since)
        let kept = Set(first.entries.filter { $0.closed.map(window.contains) ?? false }.map(\.deal))
        guard kept.count != first.entries.count else { return first }
        return LostDeals.build(
            deals: deals.filter { kept.contains($0.id) }, contacts: contacts, config: config,
            since: window.since)
    }

    /// Section 8: reports per author, kind and week, from the Monday `minimumWeeks` weeks back
    /// (or the window's first Monday, if earlier) to the end of the window, counted as the
    /// reports go by.
    struct ActivityTally {
        let config: Config
        let until: CalendarDate
        let first: CalendarDate
        let weeks: [CalendarDate]
        private var counts: [String: [String: [Int]]] = [:]  // author -> kind -> per week

        init(config: Config, window: Window) {
            self.config = config
            until = window.until
            let last = window.until.startOfWeek
            first = min(window.since.startOfWeek, last.adding(days: -7 * (Activity.minimumWeeks - 1)))
            let first = first
            weeks = stride(from: 0, through: last.days(since: first) / 7, by: 1).map { first.adding(days: 7 * $0) }
        }

        mutating func add(_ report: Report) {
            guard report.date >= first && report.date <= until else { return }
            let kind = config.kind(named: report.kind)?.id ?? report.kind
            let week = report.date.startOfWeek.days(since: first) / 7
            counts[report.author ?? "-", default: [:]][kind, default: Array(repeating: 0, count: weeks.count)][week] +=
                1
        }

        func activity() -> Activity {
            let reported = Set(counts.values.flatMap(\.keys))
            let known = config.kinds.map(\.id).filter(reported.contains)
            let kinds = known + reported.subtracting(known).sorted()
            let reps = counts.keys.sorted().map { name in
                Activity.Rep(name: name, counts: weeks.indices.map { w in kinds.map { counts[name]![$0]?[w] ?? 0 } })
            }
            return Activity(weeks: weeks, kinds: kinds, reps: reps)
        }
    }
}
