import Testing

@testable import SalesKit

/// `Energy.Scorer` (a stream of reports, in any order) gives the scores `Energy.scores` gives
/// for the reports in memory: every field, the lines included.
@Suite struct EnergyScorerTests {
    @Test(arguments: ["2026-11-20", "2026-10-01", "2026-06-30"])
    func streamedScoresEqualTheScores(day: String) throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let today = CalendarDate(day)!
        for keepLines in [false, true] {
            let listed = Energy.scores(
                deals: deals, reports: reports, config: store.config, today: today, keepLines: keepLines)
            var inOrder = Energy.Scorer(deals: deals, config: store.config, today: today, keepLines: keepLines)
            _ = store.forEachReport(detail: .summary) { inOrder.add($0) }
            var shuffled = Energy.Scorer(deals: deals, config: store.config, today: today, keepLines: keepLines)
            for report in reports.shuffled() { shuffled.add(report) }
            #expect(inOrder.scores() == listed)
            #expect(shuffled.scores() == listed)
        }
        #expect(
            Energy.scores(deals: deals, reports: reports, config: store.config, today: today).contains {
                $0.reportCount > 0
            })
    }

    @Test func sinceAndWindowAreTheSameRule() throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let since = CalendarDate("2026-10-01")!
        var scorer = Energy.Scorer(
            deals: deals, config: store.config, today: ExamplesTests.today, since: since, windowWeeks: 3)
        for report in reports.reversed() { scorer.add(report) }
        let listed = Energy.scores(
            deals: deals, reports: reports, config: store.config, today: ExamplesTests.today, since: since,
            windowWeeks: 3, keepLines: false)
        #expect(scorer.scores() == listed)
        #expect(listed.contains { $0.continuity.longestGapDays != nil })
    }

    /// A report whose file name is dated before its front matter (a hand-renamed file) comes out
    /// of order in a stream: lines and gaps are still in date order.
    @Test func outOfOrderReportsCountInDateOrder() throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let deal = try #require(deals.first { d in reports.filter { $0.deal == d.id }.count >= 3 })
        let mine = reports.filter { $0.deal == deal.id }
        var scorer = Energy.Scorer(
            deals: [deal], config: store.config, today: ExamplesTests.today, keepLines: true)
        for report in mine.reversed() { scorer.add(report) }
        let score = try #require(scorer.scores().first)
        #expect(score == Energy.score(deal: deal, reports: mine, config: store.config, today: ExamplesTests.today))
        #expect(score.lines.map(\.date) == score.lines.map(\.date).sorted())
    }
}
