import Testing

@testable import SalesKit

/// Results against targets and activity counts, checked against figures worked out by hand.
@Suite struct ResultsTests {
    let q4 = Period("2026-Q4")!

    func event(_ date: String, _ kind: String, _ fields: [(String, String)]) -> Deal.Event {
        Deal.Event(date: CalendarDate(date)!, by: "x", kind: kind, fields: fields)
    }

    func deal(
        _ id: String, owner: String?, stage: String = "decision", status: Deal.Status, amount: Int?,
        currency: String? = nil, created: String = "2026-09-01", close: String? = nil,
        history: [Deal.Event] = []
    ) -> Deal {
        Deal(
            id: id, title: id, customer: "c", owner: owner, stage: stage, status: status, amount: amount,
            currency: currency, created: CalendarDate(created)!, expectedClose: close.flatMap { CalendarDate($0) },
            history: history)
    }

    func won(_ date: String, amount: Int? = nil) -> Deal.Event {
        event(
            date, "status",
            [("from", "open"), ("to", "won"), ("stage", "decision")] + (amount.map { [("amount", String($0))] } ?? []))
    }
    func to(_ status: String, _ date: String, from: String = "open") -> Deal.Event {
        event(date, "status", [("from", from), ("to", status), ("stage", "decision")])
    }

    /// A: w1 won in October at the recorded 10,000,000 (the deal now says 12,000,000), 40 days after
    /// created; w3 won in Q3 (out); w4 won and reopened (not a win), open in decision closing in
    /// December: 3,000,000 at 60% = 1,800,000; l2 lost in October then reopened (a loss of 2,000,000).
    /// B: w2 won in November at the deal's 5,000,001, 50 days; l1 lost 4,000,000; o1 open in
    /// discovery closing in October: 1,000,000 at 10% = 100,000; u1 won 30,000 USD, 30 days.
    /// Nobody: d1 dropped (not a loss); o2 on hold (not pipeline).
    var deals: [Deal] {
        [
            deal(
                "w1", owner: "A", status: .won, amount: 12_000_000, created: "2026-09-01",
                history: [won("2026-10-11", amount: 10_000_000)]),
            deal("w3", owner: "A", status: .won, amount: 7_000_000, history: [won("2026-09-30", amount: 7_000_000)]),
            deal(
                "w4", owner: "A", status: .open, amount: 3_000_000, close: "2026-12-15",
                history: [won("2026-10-05", amount: 3_000_000), to("open", "2026-10-20", from: "won")]),
            deal(
                "l2", owner: "A", stage: "define", status: .open, amount: 2_000_000, close: "2027-02-01",
                history: [to("lost", "2026-10-10"), to("open", "2026-10-25", from: "lost")]),
            deal(
                "w2", owner: "B", status: .won, amount: 5_000_001, created: "2026-10-01", history: [won("2026-11-20")]),
            deal("l1", owner: "B", status: .lost, amount: 4_000_000, history: [to("lost", "2026-11-02")]),
            deal("o1", owner: "B", stage: "discovery", status: .open, amount: 1_000_000, close: "2026-10-31"),
            deal(
                "u1", owner: "B", status: .won, amount: 30_000, currency: "USD", created: "2026-11-01",
                history: [won("2026-12-01")]),
            deal("d1", owner: nil, status: .dropped, amount: 9_000_000, history: [to("dropped", "2026-11-03")]),
            deal("o2", owner: nil, status: .onHold, amount: 9_000_000, close: "2026-11-30")
        ]
    }

    var config: Config {
        var config = Config.defaults
        config.targets = [
            Target(period: q4, member: nil, amount: 20_000_000, currency: "JPY"),
            Target(period: Period("2026-11")!, member: nil, amount: 5_000_000, currency: "JPY"),
            Target(period: Period("2026-10")!, member: "A", amount: 3_000_000, currency: "JPY"),
            Target(period: Period("2026-11")!, member: "A", amount: 3_000_000, currency: "JPY"),
            Target(period: q4, member: "B", amount: 8_000_000, currency: "JPY")
        ]
        return config
    }

    @Test func teamTotalsPerCurrency() {
        let r = Results.build(deals: deals, config: config, period: q4)
        #expect(r.rows.isEmpty)
        #expect(r.totals.map(\.currency) == ["JPY", "USD"])
        let jpy = r.totals[0]
        #expect((jpy.wonDeals, jpy.wonAmount, jpy.lostDeals, jpy.lostAmount) == (2, 15_000_001, 2, 6_000_000))
        #expect(jpy.winRateByCount == 50)
        #expect(jpy.winRateByAmount == 71)  // 15,000,001 / 21,000,001 = 71.43%
        #expect(jpy.averageDaysToWin == 45)  // (40 + 50) / 2
        #expect(jpy.averageWon == 7_500_001)  // 7,500,000.5, halves up
        #expect(jpy.target == 20_000_000)  // the quarter's own target, not its months'
        #expect(jpy.achievement == 75)
        #expect(jpy.gap == 4_999_999)
        #expect((jpy.openDeals, jpy.pipeline, jpy.weighted) == (2, 4_000_000, 1_900_000))
        let usd = r.totals[1]
        #expect((usd.wonDeals, usd.wonAmount, usd.lostDeals, usd.averageDaysToWin) == (1, 30_000, 0, 30))
        #expect(usd.winRateByCount == 100 && usd.target == nil && usd.achievement == nil && usd.gap == nil)
    }

    @Test func byOwnerWithMemberTargets() {
        let r = Results.build(deals: deals, config: config, period: q4, by: .owner)
        #expect(r.rows.map { "\($0.group) \($0.currency)" } == ["A JPY", "B JPY", "B USD"])
        let (a, b) = (r.rows[0], r.rows[1])
        #expect((a.wonAmount, a.lostAmount, a.winRateByAmount, a.averageDaysToWin) == (10_000_000, 2_000_000, 83, 40))
        #expect((a.target, a.achievement, a.gap) == (6_000_000, 167, 0))  // October + November
        #expect((a.openDeals, a.weighted) == (1, 1_800_000))
        #expect((b.wonAmount, b.lostAmount, b.winRateByAmount) == (5_000_001, 4_000_000, 56))
        #expect((b.target, b.achievement, b.gap) == (8_000_000, 63, 2_999_999))
        #expect((b.openDeals, b.weighted) == (1, 100_000))
        #expect(r.totals.count == 2 && r.totals[0].target == 20_000_000)
    }

    @Test func byMonthWithTheTeamsMonthTargets() {
        let r = Results.build(deals: deals, config: config, period: q4, by: .month)
        #expect(
            r.rows.map { "\($0.group) \($0.currency)" } == ["2026-10 JPY", "2026-11 JPY", "2026-12 JPY", "2026-12 USD"])
        #expect(r.rows.map(\.wonAmount) == [10_000_000, 5_000_001, 0, 30_000])
        #expect(r.rows.map(\.lostAmount) == [2_000_000, 4_000_000, 0, 0])
        #expect(r.rows.map(\.weighted) == [100_000, 0, 1_800_000, 0])
        #expect(r.rows.map(\.target) == [nil, 5_000_000, nil, nil])
        #expect(r.rows[1].achievement == 100 && r.rows[1].gap == 0)
    }

    @Test func aPeriodsTargetFromItsParts() {
        let t = config.targets
        #expect(Results.target(t, member: nil, period: Period("2026")!, currency: "JPY") == 20_000_000)
        #expect(Results.target(t, member: "A", period: Period("2026")!, currency: "JPY") == 6_000_000)
        #expect(Results.target(t, member: "A", period: q4, currency: "JPY") == 6_000_000)
        #expect(Results.target(t, member: "A", period: Period("2026-12")!, currency: "JPY") == nil)
        #expect(Results.target(t, member: nil, period: Period("2026-12")!, currency: "JPY") == nil)
        #expect(Results.target(t, member: "B", period: Period("2026-11")!, currency: "JPY") == nil)
        #expect(Results.target(t, member: nil, period: q4, currency: "USD") == nil)
        #expect(Results.target(t, member: nil, period: Period("2027")!, currency: "JPY") == nil)
    }

    @Test func roundingAndEmptyRates() {
        #expect(Results.percent(1, of: 8) == 13)  // 12.5
        #expect(Results.percent(2, of: 3) == 67)
        #expect(Results.percent(5, of: 0) == nil)
        #expect(Results.mean(3, over: 2) == 2)  // 1.5
        #expect(Results.mean(7, over: 0) == nil)
        let empty = Results.build(deals: [], config: config, period: Period("2026-10")!)
        #expect(empty.totals.isEmpty)  // no October team target, nothing won
        #expect(Period("2026")!.parts(.quarter).map(\.description) == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
        #expect(q4.parts(.month).map(\.description) == ["2026-10", "2026-11", "2026-12"])
    }

    @Test func activityPerRepPerWeekByKind() {
        func report(_ date: String, _ author: String?, _ kind: String) -> Report {
            Report(path: "", date: CalendarDate(date)!, deal: "x", author: author, kind: kind)
        }
        let reports = [
            report("2026-10-30", "A", "visit"),  // out: October
            report("2026-11-02", "A", "visit"), report("2026-11-04", "A", "visit"),  // Monday, Wednesday
            report("2026-11-05", "A", "phone"), report("2026-11-06", "B", "demo"),
            report("2026-11-08", nil, "email"),  // Sunday: still the week of 11-02
            report("2026-11-09", "A", "訪問"),  // by label
            report("2026-11-30", "B", "fax"),  // unknown kind, kept
            report("2026-12-01", "A", "visit")  // out: December
        ]
        let a = Activity.build(reports: reports, config: config, period: Period("2026-11")!)
        #expect(a.kinds == ["visit", "phone", "demo", "email", "fax"])
        #expect(
            a.rows.map { "\($0.week) \($0.rep) \($0.total)" } == [
                "2026-11-02 A 3", "2026-11-02 B 1", "2026-11-02 - 1", "2026-11-09 A 1", "2026-11-30 B 1"
            ])
        #expect(a.rows[0].kinds == ["visit": 2, "phone": 1])
        #expect(a.totals == ["visit": 3, "phone": 1, "demo": 1, "email": 1, "fax": 1] && a.total == 7)
        let csv = a.view(for: .csv, config: config).render(.csv, style: .plain)
        #expect(csv.hasPrefix("week,rep,visit,phone,demo,email,fax,total\n2026-11-02,A,2,1,0,0,0,3\n"))
    }
}
