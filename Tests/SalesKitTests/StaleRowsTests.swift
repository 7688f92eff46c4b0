import Foundation
import Testing

@testable import SalesKit

/// The rows of `stale list`, from one listing of the store.
@Suite struct StaleRowsTests {
    static let today = ExamplesTests.today

    @Test func staleRowsListTheStoreOnce() throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let open = deals.filter { $0.status == .open }
        let (rows, findings) = store.staleRows(open, asOf: Self.today, days: nil, sort: .days, suggest: true)
        #expect(findings.isEmpty)
        // The same rows as finding the stale deals and reading their reports step by step.
        let stale = Staleness.find(
            deals: open, lastContacts: store.lastContacts(until: Self.today), config: store.config, asOf: Self.today)
        let expected = Staleness.rows(
            stale, reports: reports.filter { r in stale.contains { $0.deal.id == r.deal } }, config: store.config,
            asOf: Self.today, sort: .days, suggest: true)
        #expect(!rows.isEmpty)
        #expect(rows.map(\.deal.id) == expected.map(\.deal.id))
        #expect(rows.map(\.stale.daysSince) == expected.map(\.stale.daysSince))
    }
}
