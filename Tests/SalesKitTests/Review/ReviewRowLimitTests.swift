import Testing

@testable import SalesKit

/// Long review tables show their first rows and name the command that lists the rest.
@Suite struct ReviewRowLimitTests {
    static func review(rowLimit: Int?) throws -> Review {
        let (store, deals, reports) = try ExamplesTests.basic()
        var review = Review.build(
            deals: deals, reports: reports, config: store.config,
            window: Review.Window.lastWeek(until: ExamplesTests.today))
        review.rowLimit = rowLimit
        return review
    }

    @Test func aLongTableIsCutWithALastRowNamingTheFullList() throws {
        let config = try ExamplesTests.basic().store.config
        let all = try Self.review(rowLimit: nil).tables(.energy, config: config)[0]
        #expect(all.rows.count > 3)
        let cut = try Self.review(rowLimit: 2).tables(.energy, config: config)[0]
        #expect(cut.rows.count == 3)
        #expect(Array(cut.rows.prefix(2)) == Array(all.rows.prefix(2)))
        let last = cut.rows[2]
        #expect(last.count == all.header.count)
        let more = String(all.rows.count - 2)
        #expect(last[0] == .text("… and \(more) more: `salesctl energy score --today 2026-11-20` lists them all"))
        let ja = try Language.$scoped.withValue(.ja) { try Self.review(rowLimit: 2).tables(.energy, config: config)[0] }
        #expect(ja.rows[2][0] == .text("…ほか \(more) 件。すべては `salesctl energy score --today 2026-11-20` で表示できます"))
    }

    /// One row more than the limit is shown whole: a "1 more" line would take its place.
    @Test func oneRowOverTheLimitIsShown() throws {
        let config = try ExamplesTests.basic().store.config
        let count = try Self.review(rowLimit: nil).tables(.energy, config: config)[0].rows.count
        let almost = try Self.review(rowLimit: count - 1).tables(.energy, config: config)[0]
        #expect(almost.rows.count == count && !almost.rows.contains { $0[0].plain.hasPrefix("…") })
    }

    /// Small tables (the funnel, the lost reasons) have no full list and are never cut.
    @Test func tablesWithoutAFullListAreNeverCut() throws {
        let config = try ExamplesTests.basic().store.config
        let funnel = try Self.review(rowLimit: 1).tables(.pipeline, config: config)[0]
        #expect(funnel.rows.count > 2 && funnel.fullList == nil)
    }

    @Test func chartsOfEveryDealShowTheFirstRowsAndSaySo() throws {
        let config = try ExamplesTests.basic().store.config
        let all = ReviewChart.charts(.energy, review: try Self.review(rowLimit: nil), config: config)[0]
        let cut = ReviewChart.charts(.energy, review: try Self.review(rowLimit: 2), config: config)[0]
        #expect(all.bars.count > 3 && cut.bars.count == 2)
        #expect(cut.bars.map(\.label) == all.bars.prefix(2).map(\.label))
        #expect(cut.title == all.title + " (first 2 of \(all.bars.count))")
        let quality = ReviewChart.charts(.quality, review: try Self.review(rowLimit: 2), config: config)[0]
        #expect(quality.bars.count == 2 && quality.title.hasSuffix("(first 2 of \(all.bars.count))"))
    }
}
