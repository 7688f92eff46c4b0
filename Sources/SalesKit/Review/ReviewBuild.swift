extension Review {
    /// The review of `deals` (every status; those of `owner` when given) over `window`.
    /// `reports` are the reports up to `window.until` (others are ignored), `.summary` detail is
    /// enough. Each section calls the query its list command calls, with `window.until` as today.
    public static func build(
        deals allDeals: [Deal], reports allReports: [Report], config: Config, window: Window,
        owner: String? = nil
    ) -> Review {
        let asOf = window.until
        let deals = owner.map { name in allDeals.filter { $0.owner == name } } ?? allDeals
        let ids = Set(deals.map(\.id))
        // A copy of 200k reports costs more than a section: made only when some report is left out.
        let wanted = { (r: Report) in r.date <= asOf && ids.contains(r.deal) }
        let reports = allReports.allSatisfy(wanted) ? allReports : allReports.filter(wanted)
        let open = deals.filter { $0.status == .open }
        // Section 4 costs about as much as all the others together: the two halves run at once.
        let (attention, partial) = inParallel(
            { Review.attention(deals: deals, open: open, reports: reports, config: config, asOf: asOf) },
            { () -> Review in
                let pipeline = pipeline(deals: deals, config: config, asOf: asOf, owner: owner)
                let energy = energyRows(open: open, reports: reports, config: config, asOf: asOf)
                let lost = lostInWindow(deals: deals, reports: reports, config: config, window: window)
                return Review(
                    window: window, owner: owner, funnel: pipeline.funnel, totals: pipeline.totals,
                    months: pipeline.months, periods: pipeline.periods,
                    movement: PipelineChanges.build(
                        deals: deals, config: config, since: window.since, until: window.until),
                    attention: Attention(stale: [], nextActions: [], homework: []),
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
                    activity: activity(reports: reports, config: config, window: window))
            })
        var review = partial
        review.attention = attention
        return review
    }

    /// Sections 4: stale deals with suggestions (`stale list --suggest`), open deals without a
    /// next action or with an overdue one, overdue homework of open and won deals (`agenda`'s rule).
    static func attention(deals: [Deal], open: [Deal], reports: [Report], config: Config, asOf: CalendarDate)
        -> Attention
    {
        var lastContacts: [String: CalendarDate] = [:]
        for report in reports where lastContacts[report.deal].map({ $0 < report.date }) ?? true {
            lastContacts[report.deal] = report.date
        }
        let stale = Staleness.find(deals: deals, lastContacts: lastContacts, config: config, asOf: asOf)
        let rows = Staleness.rows(stale, reports: reports, config: config, asOf: asOf, sort: .days)
        let gaps = open.compactMap { deal -> NextActionGap? in
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
        let active = Dictionary(
            deals.filter { $0.status == .open || $0.status == .won }.map { ($0.id, $0) },
            uniquingKeysWith: { a, _ in a })
        var collector = Homework.Collector(deals: Array(active.values))
        for report in reports where !report.homework.isEmpty && active[report.deal] != nil { collector.add(report) }
        let homework = collector.items()
            .filter { $0.status(today: asOf) == .overdue }
            .map { LateHomework(item: $0, dealTitle: active[$0.deal]!.title, daysLate: $0.daysOverdue(today: asOf)) }
            .sorted { (-$0.daysLate, $0.item.ref) < (-$1.daysLate, $1.item.ref) }
        return Attention(stale: rows, nextActions: gaps, homework: homework)
    }

    /// Section 5: `energy score`'s ranking of the open deals.
    static func energyRows(open: [Deal], reports: [Report], config: Config, asOf: CalendarDate) -> [EnergyRow] {
        let scores = Energy.scores(deals: open, reports: reports, config: config, today: asOf, keepLines: false)
        return zip(open, scores).map { deal, score in
            EnergyRow(deal: deal.id, title: deal.title, customer: deal.customer, owner: deal.owner, score: score)
        }.sorted { ($1.score.total, $0.deal) < ($0.score.total, $1.deal) }
    }

    /// Section 7: `lost --since` limited to deals closed by the end of the window.
    static func lostInWindow(deals: [Deal], reports: [Report], config: Config, window: Window) -> LostDeals {
        var contacts: [String: [CalendarDate]] = [:]
        for report in reports { contacts[report.deal, default: []].append(report.date) }
        let first = LostDeals.build(deals: deals, contacts: contacts, config: config, since: window.since)
        let kept = Set(first.entries.filter { $0.closed.map(window.contains) ?? false }.map(\.deal))
        guard kept.count != first.entries.count else { return first }
        return LostDeals.build(
            deals: deals.filter { kept.contains($0.id) }, contacts: contacts, config: config,
            since: window.since)
    }

    /// Section 8: reports per author, kind and week, from the Monday `minimumWeeks` weeks back
    /// (or the window's first Monday, if earlier) to the end of the window.
    static func activity(reports: [Report], config: Config, window: Window) -> Activity {
        let last = window.until.startOfWeek
        let first = min(window.since.startOfWeek, last.adding(days: -7 * (Activity.minimumWeeks - 1)))
        let weeks = stride(from: 0, through: last.days(since: first) / 7, by: 1).map { first.adding(days: 7 * $0) }
        var counts: [String: [String: [Int]]] = [:]  // author -> kind -> per week
        for report in reports where report.date >= first && report.date <= window.until {
            let kind = config.kind(named: report.kind)?.id ?? report.kind
            let week = report.date.startOfWeek.days(since: first) / 7
            counts[report.author ?? "-", default: [:]][kind, default: Array(repeating: 0, count: weeks.count)][week] +=
                1
        }
        let reported = Set(counts.values.flatMap(\.keys))
        let known = config.kinds.map(\.id).filter(reported.contains)
        let kinds = known + reported.subtracting(known).sorted()
        let reps = counts.keys.sorted().map { name in
            Activity.Rep(name: name, counts: weeks.indices.map { w in kinds.map { counts[name]![$0]?[w] ?? 0 } })
        }
        return Activity(weeks: weeks, kinds: kinds, reps: reps)
    }
}
