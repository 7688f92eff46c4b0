import Testing

@testable import SalesKit

/// `Energy.Totals` and the streams built on it (`Customers.Activity`, `Homework.Collector`) give
/// what the whole-list functions give, on the example store, for several days.
@Suite struct EnergyTotalsTests {
    @Test(arguments: ["2026-11-20", "2026-10-01", "2026-06-30"])
    func totalsEqualTheScores(day: String) throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let today = CalendarDate(day)!
        var totals = Energy.Totals(config: store.config, today: today)
        for report in reports.shuffled() { totals.add(report) }  // order does not matter
        let scores = Energy.scores(deals: deals, reports: reports, config: store.config, today: today)
        #expect(scores.contains { $0.total > 0 })
        for score in scores {
            #expect((totals.byDeal[score.deal] ?? 0) == score.total, "\(score.deal)")
        }
    }

    @Test func customerListFromTheStreamEqualsTheList() throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        var activity = Customers.Activity(config: store.config, today: ExamplesTests.today)
        _ = store.forEachReport(detail: .summary) { activity.add($0) }
        let streamed = Customers.list(deals: deals, activity: activity, config: store.config)
        let listed = Customers.list(deals: deals, reports: reports, config: store.config, today: ExamplesTests.today)
        #expect(streamed == listed && !streamed.isEmpty)
        #expect(streamed.contains { $0.energy > 0 && $0.lastContact != nil })
    }

    @Test func homeworkFromTheStreamEqualsTheList() throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        var collector = Homework.Collector(deals: deals)
        _ = store.forEachReport(detail: .summary) { collector.add($0) }
        let items = collector.items()
        #expect(items == Homework.items(reports: reports, deals: deals))
        #expect(items.contains { $0.done != nil } && items.contains { $0.done == nil })
        let far = CalendarDate(year: 9999, month: 12, day: 31)
        let keys = items.map { ($0.due ?? far, $0.given, $0.ref) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
    }
}
