import Testing

@testable import SalesKit

/// Forecast and lost-deal arithmetic, checked against numbers worked out by hand.
@Suite struct ForecastTests {
    let config = Config.defaults
    let today = CalendarDate("2026-11-20")!

    func deal(
        _ id: String, stage: String, status: Deal.Status = .open, amount: Int?, currency: String? = nil,
        owner: String? = "佐藤 健", close: String?, checked: [String] = []
    ) -> Deal {
        Deal(
            id: id, title: id, customer: "c", owner: owner, stage: stage, status: status, amount: amount,
            currency: currency, created: CalendarDate("2026-04-01")!, expectedClose: close.flatMap { CalendarDate($0) },
            checklist: checked.map {
                Deal.CheckedStep(step: $0, done: CalendarDate("2026-05-01")!, note: nil, mark: nil)
            })
    }

    @Test func weightedRoundsHalvesUpInIntegers() {
        #expect(Forecast.weighted(amount: 12_345, probability: 30) == 3_704)  // 3,703.5
        #expect(Forecast.weighted(amount: 12_349, probability: 60) == 7_409)  // 7,409.4
        #expect(Forecast.weighted(amount: 1_234_567, probability: 10) == 123_457)  // 123,456.7
        #expect(Forecast.weighted(amount: 199, probability: 50) == 100)  // 99.5
        #expect(Forecast.weighted(amount: 0, probability: 90) == 0)
        #expect(Forecast.weighted(amount: Int.max, probability: 100) == Int.max)
        #expect(Forecast.weighted(amount: Int.max, probability: 60) == 5_534_023_222_112_865_484)  // 9,223,372,036,854,775,807 × 0.6 = …484.2, no overflow
    }

    @Test func forecastByQuarterWithTotalsPerCurrency() {
        let deals = [
            deal("a", stage: "define", amount: 12_345, close: "2026-12-31", checked: ["plan", "reason", "budget"]),
            deal("b", stage: "decision", amount: 12_349, currency: "USD", close: "2027-01-05"),
            deal("c", stage: "discovery", amount: 1_234_567, close: "2026-10-01", checked: ["plan"]),
            deal("d", stage: "decision", status: .onHold, amount: 5_000_000, close: "2026-12-01"),
            deal("e", stage: "decision", status: .won, amount: 9_000_000, close: "2026-12-01"),
            deal("f", stage: "delivery", amount: nil, close: nil),
            deal("g", stage: "decision", amount: 1_000, close: "2027-03-31")
        ]
        let f = Forecast.build(deals: deals, config: config, today: today, by: .quarter)
        #expect(f.lines.map(\.deal) == ["c", "a", "b", "g", "f"])
        #expect(f.lines.map(\.group) == ["2026-Q4", "2026-Q4", "2027-Q1", "2027-Q1", "-"])
        #expect(f.lines.map(\.weighted) == [123_457, 3_704, 7_409, 600, 0])
        #expect(f.lines.map(\.overdue) == [true, false, false, false, false])
        // Evidence: discovery has 4 steps, define 5: a (define) 3/9; c (discovery) 1/4; f (delivery) 0/20.
        #expect(f.lines.map { "\($0.stepsDone)/\($0.stepsTotal)" } == ["1/4", "3/9", "0/17", "0/17", "0/20"])
        #expect(
            f.groups == [
                Forecast.Total(group: "2026-Q4", currency: "JPY", deals: 2, amount: 1_246_912, weighted: 127_161),
                Forecast.Total(group: "2027-Q1", currency: "JPY", deals: 1, amount: 1_000, weighted: 600),
                Forecast.Total(group: "2027-Q1", currency: "USD", deals: 1, amount: 12_349, weighted: 7_409),
                Forecast.Total(group: "-", currency: "JPY", deals: 1, amount: 0, weighted: 0)
            ])
        #expect(
            f.totals == [
                Forecast.Total(group: nil, currency: "JPY", deals: 4, amount: 1_247_912, weighted: 127_761),
                Forecast.Total(group: nil, currency: "USD", deals: 1, amount: 12_349, weighted: 7_409)
            ])
        let ranged = Forecast.build(
            deals: deals, config: config, today: today, from: CalendarDate("2026-12-01"),
            to: CalendarDate("2027-01-05"), by: .stage)
        #expect(ranged.lines.map(\.deal) == ["a", "b"])
        #expect(ranged.groups.map { $0.group! } == ["define", "decision"])
    }

    @Test func lostDealsByReasonStageAndOwner() {
        func closed(_ d: Deal, _ date: String, reason: String?, note: String? = nil) -> Deal {
            var d = d
            var fields = [("from", "open"), ("to", d.status.rawValue), ("stage", d.stage)]
            if let reason { fields.append(("reason", reason)) }
            if let note { fields.append(("note", note)) }
            d.history.append(Deal.Event(date: CalendarDate(date)!, by: nil, kind: "status", fields: fields))
            return d
        }
        let deals = [
            closed(
                deal("a", stage: "decision", status: .lost, amount: 10_000_000, close: nil), "2026-06-01",
                reason: "competitor", note: "C社"),
            closed(
                deal("b", stage: "define", status: .lost, amount: 3_000_000, owner: "田中 美咲", close: nil), "2026-05-01",
                reason: "価格"),
            closed(
                deal("c", stage: "decision", status: .dropped, amount: 500, currency: "USD", close: nil), "2026-07-02",
                reason: "competitor"),
            closed(
                deal("d", stage: "decision", status: .lost, amount: 2_000_000, close: nil), "2026-09-30",
                reason: "competitor"),
            deal("e", stage: "discovery", status: .dropped, amount: nil, close: nil),
            deal("f", stage: "decision", status: .onHold, amount: 1, close: nil)
        ]
        let contacts: [String: [CalendarDate]] = [
            "a": ["2026-04-10", "2026-05-20", "2026-06-01", "2026-06-15"].map { CalendarDate($0)! },
            "e": ["2026-04-02"].map { CalendarDate($0)! }
        ]
        let lost = LostDeals.build(deals: deals, contacts: contacts, config: config)
        // Created 2026-04-01: a 61 days, b 30, c 92, d 182; e has no close event.
        #expect(lost.entries.map(\.deal) == ["e", "b", "a", "c", "d"])
        #expect(lost.entries.map(\.days) == [nil, 30, 61, 92, 182])
        #expect(lost.entries.map(\.contacts) == [1, 0, 3, 0, 0])
        #expect(lost.entries.map(\.reason) == [nil, "price", "competitor", "competitor", "competitor"])
        #expect(
            lost.groups.map {
                "\($0.group) \($0.currency) \($0.deals) \($0.amount) \($0.averageDays.map(String.init) ?? "-") \($0.contacts)"
            } == [
                "competitor JPY 2 12000000 122 3",  // (61 + 182) / 2 = 121.5 → 122
                "competitor USD 1 500 92 0",
                "price JPY 1 3000000 30 0",
                "- JPY 1 0 - 1"
            ])
        let byStage = LostDeals.build(
            deals: deals, contacts: contacts, config: config, since: CalendarDate("2026-06-01"), by: .stage)
        #expect(byStage.entries.map(\.deal) == ["a", "c", "d"])
        #expect(byStage.groups.map(\.group) == ["decision", "decision"])
        let byOwner = LostDeals.build(deals: deals, contacts: contacts, config: config, by: .owner)
        #expect(byOwner.groups.map(\.group) == ["佐藤 健", "佐藤 健", "田中 美咲"])
    }
}
