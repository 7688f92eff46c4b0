import Foundation
import Testing

@testable import SalesKit

/// The rows of `report list`: from the stream of reports, by a typed author, sorted.
@Suite struct ReportQueryTests {
    static let today = ExamplesTests.today

    @Test func reportRowsFilterByAuthorAndSort() throws {
        let (store, _, _) = try ExamplesTests.basic()
        let listed = ReportQuery(deal: "tokai-erp").rows(in: store)
        #expect(listed.findings.isEmpty)
        let all = try listed.by(author: nil, store: store)
        #expect(all.count == listed.rows.count && all.count > 5)
        #expect(all == all.sorted { ($0[0], $0[5]) < ($1[0], $1[5]) })
        let tanaka = try listed.by(author: "田中", store: store)  // a unique prefix of 田中 美咲
        #expect(!tanaka.isEmpty && tanaka.allSatisfy { $0[ReportRows.author] == "田中 美咲" })
        #expect(throws: SalesError.self) { try listed.by(author: "nobody", store: store) }
        let reports = try ReportQuery.reports(store.loadReports(deals: ["tokai-erp"]).reports, by: "田中", store: store)
        #expect(reports.count == tanaka.count)
    }
}
