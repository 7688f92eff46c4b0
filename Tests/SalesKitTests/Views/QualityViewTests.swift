import Foundation
import Testing

@testable import SalesKit

/// `quality check` as it prints, for people and for scripts.
@Suite struct QualityViewTests {
    static let today = ExamplesTests.today

    @Test func qualityCheckListForPeopleAndScripts() throws {
        let (store, deals, _) = try ExamplesTests.basic()
        let findings = deals.filter { $0.status == .open }
            .map { Quality.assess($0, config: store.config, today: Self.today, min: nil, reviewDays: 30) }
            .filter(\.hasFindings)
        #expect(!findings.isEmpty)
        let people = QualityText.checkList(findings, deals: deals, config: store.config, format: .table)
        let scripts = QualityText.checkList(findings, deals: deals, config: store.config, format: .csv)
        #expect(!people.header.contains("min") && scripts.header.contains("min"))
        #expect(people.rows.count == findings.count && scripts.rows.count == findings.count)
        #expect(people.rightAligned == [3])
        #expect(people.json().render().contains(#""deal": "\#(findings[0].deal)""#))
    }
}
