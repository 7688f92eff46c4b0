import Foundation
import Testing

@testable import SalesKit

/// `energy score` as it prints: the ranking, or a page per deal.
@Suite struct EnergyViewTests {
    static let today = ExamplesTests.today

    @Test func energyPagesForNamedDealsAndARankingOtherwise() throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let open = deals.filter { $0.status == .open }
        let ranked = Energy.scores(deals: open, reports: reports, config: store.config, today: Self.today, ranked: true)
        #expect(ranked.map(\.total) == ranked.map(\.total).sorted(by: >))
        #expect(ranked.first?.deal == "tokai-erp")
        func write(_ scores: [Energy.Score], format: OutputFormat, pages: Bool) -> String {
            var text = ""
            Language.$scoped.withValue(.en) {
                EnergyText.write(
                    scores, deals: deals, config: store.config, format: format, explain: false, pages: pages,
                    style: .plain
                ) { text += $0 }
            }
            return text
        }
        let table = write(ranked, format: .table, pages: false)
        #expect(table.hasPrefix("deal "))
        #expect(table.split(separator: "\n").dropFirst().first?.hasPrefix("tokai-erp ") == true)
        let tokai = ranked.filter { $0.deal == "tokai-erp" }
        #expect(write(tokai, format: .table, pages: true).hasPrefix("tokai-erp  基幹システム刷新 (東海精機株式会社)\n"))
        // Pages are for people at a terminal: a script still gets its rows.
        #expect(write(tokai, format: .csv, pages: true).hasPrefix("deal,customer,owner,total,"))
    }
}
