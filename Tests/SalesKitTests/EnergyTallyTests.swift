import Testing

@testable import SalesKit

/// `Energy.Tally`, the rule behind every score: the reports of a deal in any order add up to the
/// score `Energy.score` gives for them in date order, every field and line included.
@Suite struct EnergyTallyTests {
    static func tally(_ reports: [Report], config: Config, today: CalendarDate, weeks: Int, lines: Bool) -> Energy.Tally
    {
        let table = Energy.PointTable(reports, config: config)
        var tally = Energy.Tally(today: today, windowWeeks: weeks)
        for report in reports where report.date <= today {
            tally.add(report, table: table, keepLines: lines)
        }
        return tally
    }

    @Test(arguments: ["2026-11-20", "2026-10-01"])
    func anyOrderGivesTheScore(day: String) throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let today = CalendarDate(day)!
        var scored = 0
        for deal in deals {
            let mine = reports.filter { $0.deal == deal.id }
            let expected = Energy.score(deal: deal, reports: mine, config: store.config, today: today, windowWeeks: 3)
            for order in [mine, mine.reversed(), mine.shuffled()] {
                let tally = Self.tally(order, config: store.config, today: today, weeks: 3, lines: true)
                #expect(tally.score(deal: deal, today: today) == expected, "\(deal.id)")
            }
            if expected.reportCount >= 2 { scored += 1 }
        }
        #expect(scored > 0)
    }

    /// Reports out of date order (a file renamed by hand is listed under another date): the
    /// lines and the longest gap are still those of the dates in order.
    @Test func outOfOrderReportsCountInDateOrder() throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let deal = try #require(deals.first { d in reports.filter { $0.deal == d.id }.count >= 3 })
        let mine = reports.filter { $0.deal == deal.id }
        let tally = Self.tally(mine.reversed(), config: store.config, today: ExamplesTests.today, weeks: 8, lines: true)
        let score = tally.score(deal: deal, today: ExamplesTests.today)
        #expect(score.lines.map(\.date) == mine.map(\.date))
        #expect(score.lastContact == mine.last?.date)
        #expect(score.continuity.longestGapDays != nil)
    }

    /// Names, titles and departments count once per person however they are spaced.
    @Test func spellingsCountOnce() throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let deal = try #require(deals.first)
        var report = try #require(reports.first { $0.deal == deal.id })
        report.attendees = [
            Report.Attendee(name: "山田 太郎", title: " 部長", department: "営業部"),
            Report.Attendee(name: "山田太郎", title: "部長 ", department: " 営業部"),
            Report.Attendee(name: "佐藤　花子", title: "", department: nil)
        ]
        let tally = Self.tally([report], config: store.config, today: report.date, weeks: 8, lines: false)
        let breadth = tally.score(deal: deal, today: report.date).breadth
        #expect((breadth.people, breadth.titles, breadth.departments) == (2, 1, 1))
    }
}
