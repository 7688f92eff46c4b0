import Foundation
import Testing

@testable import SalesKit

/// `lost` as it prints: the groups, then the deals.
@Suite struct LostViewTests {
    static let today = ExamplesTests.today

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func lostGroupsThenDeals() throws {
        let (store, deals, _) = try ExamplesTests.basic()
        let lost = LostDeals.build(deals: deals, contacts: store.contactDates(), config: store.config)
        let table = Self.lines(
            Language.$scoped.withValue(.en) {
                LostView.render(lost, format: .table, config: store.config, style: .plain)
            })
        #expect(table.first?.hasPrefix("reason  ") == true)
        #expect(table.contains { $0.hasPrefix("競合に負けた  JPY      1  9,800,000") })
        #expect(table.contains { $0.hasPrefix("closed      id ") && $0.hasSuffix("note") })
        #expect(table.contains { $0.hasPrefix("2026-10-15  minato-sfa ") && $0.contains(" lost ") })
        let tsv = Self.lines(LostView.render(lost, format: .tsv, config: store.config, style: .plain))
        #expect(tsv.first?.hasSuffix("\tcurrency\tnote\treopened") == true)
        #expect(
            tsv.contains {
                $0.hasPrefix("2026-10-15\tminato-sfa\t")
                    && $0.contains("\tlost\tdecision\tcompetitor\t142\t6\t9800000\tJPY\t")
            })
    }
}
