import Foundation
import Testing

@testable import SalesKit

/// `report list` as it prints: the day a late entry was logged next to its date in the table.
@Suite struct ReportListViewTests {
    static let today = ExamplesTests.today

    @Test func reportListMovesLoggedNextToTheDateOnlyInTheTable() {
        let rows = [
            ["2026-11-02", "a", "visit", "x", "", "reports/2026/11/a.md", ""],
            ["2026-11-03", "b", "phone", "y", "", "reports/2026/11/b.md", "2026-11-05"]
        ]
        let table = ReportListView.list(rows, format: .table)
        #expect(table.header == ["date", "logged", "deal", "kind", "author", "attendees", "path"])
        #expect(table.rows[1] == ["2026-11-03", "2026-11-05", "b", "phone", "y", "", "reports/2026/11/b.md"])
        let onTime = ReportListView.list([rows[0]], format: .table)
        #expect(onTime.header == ["date", "deal", "kind", "author", "attendees", "path"])
        #expect(onTime.rows == [Array(rows[0].prefix(6))])
        let csv = ReportListView.list(rows, format: .csv)
        #expect(csv.header == ReportRows.header && csv.rows == rows)
    }
}
