import Foundation
import Testing

@testable import SalesKit

/// Which deals `quality check` reports.
@Suite struct QualityFindingsTests {
    static let today = ExamplesTests.today

    @Test func qualityFindingsKeepOnlyDealsWithSomethingToSay() throws {
        let (store, deals, _) = try ExamplesTests.basic()
        let findings = Quality.findings(deals, config: store.config, today: ExamplesTests.today, min: 50)
        let all = deals.map { Quality.assess($0, config: store.config, today: ExamplesTests.today, min: 50) }
        #expect(findings.map(\.deal) == all.filter(\.hasFindings).map(\.deal))
        #expect(findings.allSatisfy { $0.hasFindings })
        // Below a minimum nobody reaches, every deal is a finding, min passed through.
        let strict = Quality.findings(deals, config: store.config, today: ExamplesTests.today, min: 101)
        #expect(strict.count == deals.count && strict.allSatisfy { $0.belowMin == 101 })
    }
}
