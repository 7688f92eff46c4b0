extension Review {
    struct Pipeline {
        var funnel: [FunnelStage]
        var totals: [Amounts]
        var months: [Month]
        var periods: [PeriodResult]
    }

    /// Sections 1 and 2: `forecast --by stage` and `forecast --by month` as of `asOf`, every
    /// stage of salesctl.yaml in the funnel (empty ones too, so its shape shows; the funnel is
    /// the open pipeline, won deals are in the months), and the targets of salesctl.yaml (the
    /// team's, or `owner`'s when the review is limited to one).
    static func pipeline(deals: [Deal], config: Config, asOf: CalendarDate, owner: String?) -> Pipeline {
        let byStage = Forecast.build(deals: deals, config: config, today: asOf, by: .stage)
        func amounts(_ t: Forecast.Total) -> Amounts {
            Amounts(
                currency: t.currency, deals: t.deals, amount: t.amount, weighted: t.weighted, wonDeals: t.wonDeals,
                won: t.won)
        }
        let open = byStage.groups.filter { $0.deals > 0 }
        var funnel = config.stages.map { stage in
            FunnelStage(
                stage: stage.id, label: stage.label, probability: stage.probability,
                amounts: open.filter { $0.group == stage.id }.map(amounts))
        }
        // Deals in a stage salesctl.yaml does not know (`check` reports them) still count.
        for group in open where config.stageIndex(group.group!) == nil {
            if let i = funnel.firstIndex(where: { $0.stage == group.group }) {
                funnel[i].amounts.append(amounts(group))
            } else {
                funnel.append(
                    FunnelStage(stage: group.group!, label: group.group!, probability: 0, amounts: [amounts(group)]))
            }
        }
        let byMonth = Forecast.build(deals: deals, config: config, today: asOf, by: .month)
        let targets = config.targets.filter { $0.member == owner }
        var months = byMonth.groups.map { g in
            Month(
                month: g.group!, amounts: amounts(g),
                target: Period(g.group!).flatMap {
                    Results.target(config.targets, member: owner, period: $0, currency: g.currency)
                })
        }
        for target in targets
        where target.period.unit == .month && target.period.last >= asOf.adding(days: -asOf.day + 1)
            && !months.contains(where: {
                $0.month == target.period.description && $0.amounts.currency == target.currency
            })
        {
            months.append(
                Month(
                    month: target.period.description,
                    amounts: Amounts(currency: target.currency, deals: 0, amount: 0, weighted: 0), target: target.amount
                ))
        }
        months.sort { a, b in
            let (ka, kb) = (a.month == Forecast.noDate ? "~" : a.month, b.month == Forecast.noDate ? "~" : b.month)
            return (ka, a.amounts.currency) < (kb, b.amounts.currency)
        }
        // The quarter of `asOf`, the next one and the year: `results --period`, won against target.
        let quarter = Period.of(asOf, unit: .quarter)
        let periods = [quarter, Period.of(quarter.last.adding(days: 1), unit: .quarter), Period.of(asOf, unit: .year)]
            .flatMap { period in
                let results = Results.build(
                    deals: deals, config: config, period: period, by: owner == nil ? nil : .owner)
                return (owner.map { name in results.rows.filter { $0.group == name } } ?? results.totals)
                    .filter { $0.target != nil || $0.wonDeals > 0 || $0.openDeals > 0 }
                    .map { PeriodResult(period: period, row: $0) }
            }
        return Pipeline(
            funnel: funnel, totals: byStage.totals.filter { $0.deals > 0 }.map(amounts), months: months,
            periods: periods)
    }
}
