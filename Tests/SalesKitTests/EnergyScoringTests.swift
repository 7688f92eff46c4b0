import Testing

@testable import SalesKit

/// Energy scoring on small in-memory deals and reports, against numbers worked out by hand with
/// the default weights (visit 3, phone 2, email 0; 社長 10, 取締役 8, 本部長 6, 部長 5, 課長 3,
/// default 1; question 2, ringi-started 8).
@Suite struct EnergyScoringTests {
    let config = Config.defaults
    let today = CalendarDate("2026-11-20")!  // a Friday; its week starts on Monday 2026-11-16

    func report(
        _ date: String, deal: String = "acme", kind: String, attendees: [Report.Attendee] = [],
        signals: [String] = []
    ) -> Report {
        Report(
            path: "reports/\(date.prefix(4))/\(date.dropFirst(5).prefix(2))/\(date)-\(deal)-000000.md",
            date: CalendarDate(date)!, deal: deal, author: nil, kind: kind, attendees: attendees, signals: signals)
    }

    var deal: Deal {
        Deal(
            id: "acme", title: "基幹システム刷新", customer: "株式会社アクメ", stage: "define", created: CalendarDate("2026-09-01")!,
            keyPersons: [
                KeyPerson(name: "山田太郎", title: "部長", role: .D),
                KeyPerson(name: "鈴木 一郎", title: "取締役", role: .A),
                KeyPerson(name: "伊藤 花子", title: "課長", role: .I),
                KeyPerson(name: "無役 次郎")
            ])
    }

    var reports: [Report] {
        [
            // week starting 2026-09-21, 8 weeks ago: phone 2 + 部長 5 = 7
            report("2026-09-21", kind: "phone", attendees: [.init(name: "山田 太郎", title: "部長", department: "情報システム部")]),
            // week starting 2026-10-26, 3 weeks ago: visit 3 + 部長 5 + 課長 3 + 顧問 (default) 1 + question 2 + ringi 8 = 22
            report(
                "2026-10-30", kind: "visit",
                attendees: [
                    .init(name: "山田 太郎", title: "部長", department: "情報システム部"),
                    .init(name: "伊藤 花子", title: "課長", department: "経理部"),
                    .init(name: "高田 三郎", title: "顧問")
                ],
                signals: ["question", "ringi-started"]),
            // this week: our own mail, 0 points, still a contact
            report("2026-11-16", kind: "email"),
            // after today and another deal's: not counted
            report("2026-11-21", kind: "visit"),
            report("2026-10-01", deal: "other", kind: "visit")
        ]
    }

    @Test(arguments: [
        ("代表取締役社長", 10), ("専務取締役 CFO", 8), ("CFO", 8), ("cto", 8), ("Managing Director", 8),
        ("物流本部長", 6), ("部長", 5), ("General Manager", 5), ("general manager", 5), ("次長", 4),
        ("課長", 3), ("Sales Manager", 3), ("Factory Manager", 3), ("係長", 2), ("主任", 2),
        ("顧問", 1), ("Factory staff", 1), ("", 1)
    ])
    func titleWeights(title: String, points: Int) {
        #expect(Energy.titlePoints(title, config: config).points == points)
    }

    @Test func noTitleScoresTheDefault() {
        #expect(Energy.titlePoints(nil, config: config) == (1, nil))
        var custom = config
        custom.defaultTitlePoints = 2
        #expect(Energy.titlePoints("アルバイト", config: custom).points == 2)
    }

    @Test func reportWithSeveralAttendeesAndSignals() {
        let line = Energy.line(for: reports[1], config: config)
        #expect(line.kindPoints == 3)
        #expect(line.attendees.map(\.points) == [5, 3, 1])
        #expect(line.signals.map(\.points) == [2, 8])
        #expect(line.points == 22)
    }

    @Test func unknownKindAndSignalScoreZero() {
        let line = Energy.line(for: report("2026-11-01", kind: "fax", signals: ["vibes", "question"]), config: config)
        #expect(line.points == 2)
    }

    @Test func threeViews() {
        let s = Energy.score(deal: deal, reports: reports, config: config, today: today)
        #expect(s.total == 29)
        #expect(s.lines.map(\.points) == [7, 22, 0])
        #expect(s.lines.reduce(0) { $0 + $1.points } == s.total)
        #expect(s.lastContact == CalendarDate("2026-11-16"))
        // Breadth: 山田 (twice, spelled two ways), 伊藤, 高田; titles 部長 課長 顧問; departments 2.
        #expect(s.breadth.people == 3)
        #expect(s.breadth.titles == 3)
        #expect(s.breadth.departments == 2)
        #expect(s.breadth.keyPersons.map(\.met) == [true, false, true])
        #expect(s.breadth.keyPersonsMet == 2 && s.breadth.keyPersonsTotal == 3)
        #expect(!s.breadth.approvalRouteCovered)
        #expect(s.breadth.approvalRouteMissing.map(\.name) == ["鈴木 一郎"])
        // Continuity: weeks 3 and 0 of the last 8 (week 8 is outside); gaps 39, 17 and 4 days to today.
        #expect(s.continuity.weeksActive == 2)
        #expect(s.continuity.windowWeeks == 8)
        #expect(s.continuity.longestGapDays == 39)
        // Trend: 12 weeks, oldest first.
        #expect(s.trend.weekly == [0, 0, 0, 7, 0, 0, 0, 0, 22, 0, 0, 0])
        #expect(s.trend.recent == 22 && s.trend.previous == 0)
        #expect(s.trend.direction == .rising)
    }

    @Test func windowAndSince() {
        let wide = Energy.score(deal: deal, reports: reports, config: config, today: today, windowWeeks: 9)
        #expect(wide.continuity.weeksActive == 3)
        let since = Energy.score(
            deal: deal, reports: reports, config: config, today: today, since: CalendarDate("2026-10-01"))
        #expect(since.total == 22)
        #expect(since.continuity.longestGapDays == 17)
        #expect(since.breadth.people == 3)
        // Today decides: a week earlier the last report is 2026-10-30.
        let earlier = Energy.score(deal: deal, reports: reports, config: config, today: CalendarDate("2026-11-13")!)
        #expect(earlier.total == 29)
        #expect(earlier.continuity.longestGapDays == 39)
        #expect(earlier.trend.weekly.suffix(3) == [22, 0, 0])  // 2026-10-30 is 2 weeks before 2026-11-09
    }

    @Test func fallingAndFlat() {
        let old = [report("2026-10-01", kind: "visit")]  // 7 weeks before this week
        let s = Energy.score(deal: deal, reports: old, config: config, today: today)
        #expect(s.trend.previous == 3 && s.trend.recent == 0 && s.trend.direction == .falling)
        let none = Energy.score(deal: deal, reports: [], config: config, today: today)
        #expect(none.trend.direction == .flat)
    }

    @Test func noReportsScoresZero() {
        let s = Energy.score(deal: deal, reports: [], config: config, today: today)
        #expect(s.total == 0 && s.lines.isEmpty)
        #expect(s.continuity.longestGapDays == nil && s.continuity.weeksActive == 0)
        #expect(s.breadth.keyPersonsMet == 0 && !s.breadth.approvalRouteCovered)
        #expect(s.trend.weekly == Array(repeating: 0, count: 12))
    }

    @Test func routeNeedsADorA() {
        let onlyInfluencer = Deal(
            id: "acme", title: "t", customer: "c", stage: "define", created: today,
            keyPersons: [KeyPerson(name: "伊藤 花子", role: .I)])
        let s = Energy.score(deal: onlyInfluencer, reports: reports, config: config, today: today)
        #expect(s.breadth.keyPersonsMet == 1 && !s.breadth.approvalRouteCovered)
    }

    @Test func manyDealsInOnePassMatchOneByOne() {
        let other = Deal(id: "other", title: "t", customer: "c", stage: "define", created: today)
        let all = Energy.scores(deals: [deal, other], reports: reports, config: config, today: today)
        #expect(all[0] == Energy.score(deal: deal, reports: reports, config: config, today: today))
        #expect(all[1].total == 3)
    }
}
