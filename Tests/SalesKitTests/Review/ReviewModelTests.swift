import Testing

@testable import SalesKit

/// The review model: each section from the queries of the list commands, over the window.
@Suite struct ReviewModelTests {
    static let config = try! Config.parse(
        Array(
            (Config.defaultYAML + """

                targets:
                  - period: 2026-11
                    amount: 30000000
                  - period: 2026-Q4
                    amount: 90000000
                  - period: 2026-11
                    member: 田中 美咲
                    amount: 10000000
                """).utf8))
    static let until = CalendarDate("2026-11-20")!
    static let window = Review.Window(since: CalendarDate("2026-11-14")!, until: until)

    static func date(_ s: String) -> CalendarDate { CalendarDate(s)! }

    static func deal(
        _ id: String, stage: String = "define", status: Deal.Status = .open, amount: Int? = 10_000_000,
        currency: String? = nil, owner: String = "田中 美咲", close: String? = "2026-11-30",
        history: [Deal.Event] = []
    ) -> Deal {
        Deal(
            id: id, title: "件名 \(id)", customer: "顧客 \(id)", owner: owner, stage: stage, status: status, amount: amount,
            currency: currency, created: date("2026-09-01"), expectedClose: close.map(date), history: history)
    }

    static func report(
        _ deal: String, _ day: String, kind: String = "visit", author: String? = "田中 美咲",
        homework: [Report.Homework] = []
    ) -> Report {
        Report(
            path: "reports/\(day.prefix(4))/\(day.dropFirst(5).prefix(2))/\(day)-\(deal)-000000.md", date: date(day),
            deal: deal,
            author: author, kind: kind, attendees: [Report.Attendee(name: "山田 浩二", title: "部長")], homework: homework)
    }

    static func event(_ day: String, _ kind: String, _ fields: [(String, String)]) -> Deal.Event {
        Deal.Event(date: date(day), by: "佐藤 健", kind: kind, fields: fields)
    }

    @Test func theDefaultWindowIsTheSevenDaysUpToUntil() {
        let w = Review.Window.lastWeek(until: Self.until)
        #expect(w.since == Self.date("2026-11-14"))
        #expect(w.days == 7)
        #expect(w.contains(Self.date("2026-11-14")) && w.contains(Self.until))
        #expect(!w.contains(Self.date("2026-11-13")) && !w.contains(Self.date("2026-11-21")))
    }

    @Test func theFunnelHasEveryStageAndTotalsPerCurrency() {
        let deals = [
            Self.deal("a", stage: "discovery", amount: 1_000), Self.deal("b", stage: "decision", amount: 2_000),
            Self.deal("c", stage: "decision", amount: 300, currency: "USD"),
            Self.deal("d", stage: "decision", status: .onHold, amount: 99_999),
            Self.deal("e", stage: "decision", status: .won, amount: 99_999)
        ]
        let review = Review.build(deals: deals, reports: [], config: Self.config, window: Self.window)
        #expect(review.funnel.map(\.stage) == Self.config.stages.map(\.id))
        let decision = review.funnel.first { $0.stage == "decision" }!
        #expect(decision.deals == 2)
        #expect(
            decision.amounts == [
                Review.Amounts(currency: "JPY", deals: 1, amount: 2_000, weighted: 1_200),
                Review.Amounts(currency: "USD", deals: 1, amount: 300, weighted: 180)
            ])
        #expect(review.funnel.first { $0.stage == "define" }!.amounts.isEmpty)
        #expect(
            review.totals == [
                Review.Amounts(currency: "JPY", deals: 2, amount: 3_000, weighted: 1_300),
                Review.Amounts(currency: "USD", deals: 1, amount: 300, weighted: 180)
            ])
    }

    @Test func monthsCarryTheTargetsOfTheTeamOrOfTheOwner() {
        let deals = [
            Self.deal("a", stage: "decision", amount: 20_000_000, close: "2026-11-25"),
            Self.deal("b", stage: "define", amount: 10_000_000, owner: "鈴木 大輔", close: "2026-12-10"),
            Self.deal("c", close: nil),
            Self.deal(
                "w", stage: "decision", status: .won, amount: 5_000_000, owner: "鈴木 大輔", close: "2026-12-20",
                history: [Self.event("2026-11-10", "status", [("to", "won")])])
        ]
        let team = Review.build(deals: deals, reports: [], config: Self.config, window: Self.window)
        #expect(team.months.map(\.month) == ["2026-11", "2026-12", Forecast.noDate])
        #expect(team.months[0].target == 30_000_000 && team.months[0].amounts.weighted == 12_000_000)
        #expect(team.months[0].amounts.won == 5_000_000 && team.months[0].amounts.wonDeals == 1)  // in the month of the win
        #expect(team.months[1].target == nil && team.months[1].amounts.won == 0)
        // results --period: this quarter and the year (the next quarter has no target, win or deal).
        #expect(team.periods.map(\.period.description) == ["2026-Q4", "2026"])
        #expect(
            team.periods[0].row.target == 90_000_000 && team.periods[0].row.wonAmount == 5_000_000
                && team.periods[0].row.weighted == 15_000_000)
        #expect(
            team.periods[0].row
                == Results.build(deals: deals, config: Self.config, period: Period("2026-Q4")!).totals[0])
        #expect(team.totals.map(\.deals) == [3])  // the pipeline: open deals
        let tanaka = Review.build(deals: deals, reports: [], config: Self.config, window: Self.window, owner: "田中 美咲")
        #expect(tanaka.months.map(\.month) == ["2026-11", Forecast.noDate])
        #expect(tanaka.months[0].target == 10_000_000)
        #expect(tanaka.periods.map(\.period.description) == ["2026-Q4", "2026"])
        #expect(tanaka.periods[0].row.target == 10_000_000 && tanaka.periods[0].row.weighted == 12_000_000)
    }

    @Test func attentionListsStaleDealsNextActionGapsAndOverdueHomework() {
        let overdue = Self.event("2026-11-01", "next", [("action", "set"), ("text", "見積を提出"), ("due", "2026-11-10")])
        let planned = Self.event("2026-11-01", "next", [("action", "set"), ("text", "デモ"), ("due", "2026-11-30")])
        let deals = [
            Self.deal("late", history: [overdue]), Self.deal("fine", history: [planned]), Self.deal("none"),
            Self.deal("gone", status: .lost)
        ]
        let reports = [
            Self.report(
                "late", "2026-11-18",
                homework: [Report.Homework(text: "資料", assignee: "佐藤 健", due: Self.date("2026-11-15"))]),
            Self.report("fine", "2026-11-19"), Self.report("none", "2026-10-01"),
            Self.report("gone", "2026-10-01", homework: [Report.Homework(text: "x", due: Self.date("2026-10-02"))])
        ]
        let review = Review.build(deals: deals, reports: reports, config: Self.config, window: Self.window)
        #expect(review.attention.stale.map(\.deal.id) == ["none"])
        #expect(review.attention.stale[0].stale.daysSince == 50)
        #expect(!review.attention.stale[0].suggestions.isEmpty)
        #expect(review.attention.nextActions.map(\.deal) == ["late", "none"])
        #expect(review.attention.nextActions[0].standing == .overdue && review.attention.nextActions[0].daysLate == 10)
        #expect(review.attention.nextActions[1].standing == .missing && review.attention.nextActions[1].action == nil)
        #expect(review.attention.homework.map(\.item.text) == ["資料"])  // the lost deal's homework is not asked for
        #expect(review.attention.homework[0].daysLate == 5)
    }

    @Test func energyRanksOpenDealsAndListsOnlyFalls() {
        let deals = (1...7).map { Self.deal("d\($0)") }
        // d1..d6 were busy 5-8 weeks ago; d1 also in the last 4 weeks (no fall), d7 only recently.
        var reports: [Report] = []
        for i in 1...6 { for k in 0..<i { reports.append(Self.report("d\(i)", "2026-10-0\(1 + k)")) } }
        reports += (1...3).map { Self.report("d1", "2026-11-1\($0)") } + [Self.report("d7", "2026-11-18")]
        reports.sort { ($0.date, $0.path) < ($1.date, $1.path) }
        let review = Review.build(deals: deals, reports: reports, config: Self.config, window: Self.window)
        let scores = Energy.scores(
            deals: deals, reports: reports, config: Self.config, today: Self.until, keepLines: false)
        #expect(review.energy.map(\.score.total) == scores.map(\.total).sorted(by: >))
        #expect(review.falls.count == Review.fallsShown)
        #expect(review.falls.map(\.deal) == ["d6", "d5", "d4", "d3", "d2"])
        #expect(review.falls.allSatisfy { $0.change < 0 })
        #expect(review.energy.allSatisfy { $0.score.trend.weekly.count == Energy.trendWeeks })
    }

    @Test func qualityWorsenedInTheWindowOnlyCountsChangesInIt() {
        let before = Self.event("2026-10-01", "quality", [("indicator", "champion"), ("value", "yes")])
        let inside = Self.event("2026-11-15", "quality", [("indicator", "champion"), ("value", "no")])
        let earlier = Self.event("2026-11-05", "quality", [("indicator", "empathy"), ("value", "no")])
        let good = Self.event("2026-10-01", "quality", [("indicator", "empathy"), ("value", "yes")])
        let review = Review.build(
            deals: [Self.deal("q", history: [before, good, earlier, inside])], reports: [],
            config: Self.config, window: Self.window)
        let row = review.quality[0]
        #expect(row.worsenedInWindow.map(\.indicator) == ["champion"])
        #expect(Set(row.assessment.worsened.map(\.indicator)) == ["champion", "empathy"])  // quality check's 30 days
        #expect(
            row.assessment
                == Quality.assess(
                    Self.deal("q", history: [before, good, earlier, inside]), config: Self.config, today: Self.until))
    }

    @Test func movementIsPipelineChangesOverTheWindow() {
        let moved = Self.deal(
            "m", stage: "decision",
            history: [
                Self.event("2026-11-10", "stage", [("from", "discovery"), ("to", "define")]),
                Self.event("2026-11-15", "stage", [("from", "define"), ("to", "decision")])
            ])
        let deals = [moved, Self.deal("still")]
        let review = Review.build(deals: deals, reports: [], config: Self.config, window: Self.window)
        #expect(review.movement.lines.map(\.deal) == ["m"])
        #expect(review.movement.lines[0].changes == [.advanced])
        #expect(
            review.movement.lines
                == PipelineChanges.build(
                    deals: deals, config: Self.config, since: Self.window.since,
                    until: Self.until
                ).lines)
    }

    @Test func lostAndDroppedDealsClosedInTheWindowOnly() {
        func closed(_ id: String, _ day: String, _ to: String) -> Deal {
            Self.deal(
                id, status: Deal.Status(rawValue: to)!,
                history: [Self.event(day, "status", [("to", to), ("reason", "price")])])
        }
        let deals = [
            closed("early", "2026-11-13", "lost"), closed("in", "2026-11-14", "lost"),
            closed("drop", "2026-11-20", "dropped"), closed("later", "2026-11-21", "lost")
        ]
        let review = Review.build(deals: deals, reports: [], config: Self.config, window: Self.window)
        #expect(review.lost.map(\.deal) == ["in", "drop"])
        #expect(review.lostReasons.map(\.deals).reduce(0, +) == 2)
    }

    @Test func activityCountsReportsPerAuthorKindAndWeek() {
        let reports = [
            Self.report("a", "2026-10-20", kind: "phone"), Self.report("a", "2026-11-16", kind: "visit"),
            Self.report("a", "2026-11-17", kind: "phone", author: nil), Self.report("a", "2026-11-18", kind: "fax"),
            Self.report("a", "2026-11-21", kind: "visit")
        ]  // after the window: not counted
        let review = Review.build(deals: [Self.deal("a")], reports: reports, config: Self.config, window: Self.window)
        let a = review.activity
        #expect(a.weeks == ["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16"].map(Self.date))
        #expect(a.kinds == ["visit", "phone", "fax"])  // the config's order, unknown kinds last
        #expect(a.reps.map(\.name) == ["-", "田中 美咲"])
        #expect(a.reps[1].counts[3] == [1, 0, 1] && a.reps[1].total == 2)
        #expect(a.reps[0].total(kind: 1) == 1)
        let long = Review.build(
            deals: [Self.deal("a")], reports: reports, config: Self.config,
            window: Review.Window(since: Self.date("2026-10-01"), until: Self.until))
        #expect(long.activity.weeks.first == Self.date("2026-09-28") && long.activity.weeks.count == 8)
        #expect(long.activity.reps.last!.total == 3)
    }

    @Test func anOwnerLimitsEverySection() {
        let deals = [Self.deal("mine"), Self.deal("theirs", owner: "鈴木 大輔")]
        let reports = [Self.report("mine", "2026-11-16"), Self.report("theirs", "2026-11-16", author: "鈴木 大輔")]
        let review = Review.build(
            deals: deals, reports: reports, config: Self.config, window: Self.window, owner: "田中 美咲")
        #expect(review.energy.map(\.deal) == ["mine"])
        #expect(review.quality.map(\.deal) == ["mine"])
        #expect(review.totals.map(\.deals) == [1])
        #expect(review.activity.reps.map(\.name) == ["田中 美咲"])
    }
}
