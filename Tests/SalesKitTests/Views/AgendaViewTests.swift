import Foundation
import Testing

@testable import SalesKit

/// `agenda` as it prints: rows and JSON.
@Suite struct AgendaViewTests {
    static let today = ExamplesTests.today

    @Test func agendaRowsAndJSON() throws {
        let (_, deals, reports) = try ExamplesTests.basic()
        let items = Agenda.build(
            deals: deals, homework: Homework.items(reports: reports, deals: deals), today: Self.today)
        let list = AgendaView.list(items, today: Self.today)
        #expect(list.header == ["member", "due", "late", "deal", "kind", "text", "ref"])
        let row = try #require(list.rows.first { $0[6] == "2026-07-08-pacific-scm-0226ec#1" })
        #expect(row[0] == "田中 美咲" && row[1] == "2026-07-31" && row[2] == "112" && row[4] == "homework")
        let json = list.json().render(pretty: false)
        #expect(json.contains(#""days_late":112"#) && json.contains(#""title":"#))
    }
}
