import Foundation
import Testing

@testable import SalesKit

/// `pipeline changes` as it prints: the totals after the changes for people only.
@Suite struct PipelineChangesViewTests {
    static let today = ExamplesTests.today

    @Test func pipelineChangesThenTotalsForPeopleOnly() throws {
        let (store, deals, _) = try ExamplesTests.basic()
        let changes = PipelineChanges.build(
            deals: deals, config: store.config, since: CalendarDate("2026-10-01")!, until: ExamplesTests.today)
        #expect(!changes.lines.isEmpty)
        func write(_ format: OutputFormat) -> String {
            var text = ""
            changes.write(format, config: store.config, style: .plain) { text += $0 }
            return text
        }
        let table = changes.view(for: .table, config: store.config).render(.table, style: .plain)
        #expect(write(.table) == table + "\n" + changes.totalsView.render(.table, style: .plain))
        #expect(write(.csv) == changes.view(for: .csv, config: store.config).render(.csv, style: .plain))
        #expect(!write(.csv).contains("\nchange,cur,deals,amount"))
    }
}
