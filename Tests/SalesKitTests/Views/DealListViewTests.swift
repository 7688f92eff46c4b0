import Foundation
import Testing

@testable import SalesKit

/// `deal list` as it prints, for people and for scripts.
@Suite struct DealListViewTests {
    static let today = ExamplesTests.today

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func dealListForPeopleAndScripts() throws {
        let (store, deals, _) = try ExamplesTests.basic()
        let contacts = store.lastContacts(until: Self.today)
        let table = Self.lines(
            Language.$scoped.withValue(.en) {
                DealListView.list(deals, lastContacts: contacts, config: store.config, format: .table)
                    .render(.table, style: .plain)
            })
        #expect(table.first?.hasPrefix("id ") == true && table.first?.hasSuffix("last_contact") == true)
        #expect(table.contains { $0.hasPrefix("fuji-mes ") && $0.contains("デリバリー") && $0.contains("31,500,000") })
        let csv = DealListView.list(deals, lastContacts: contacts, config: store.config, format: .csv)
        let fuji = try #require(csv.rows.first { $0[0] == "fuji-mes" })
        #expect(fuji[4] == "delivery" && fuji[5] == "won" && fuji[6] == "31500000")
        #expect(fuji[9] == contacts["fuji-mes"]?.description)
    }
}
