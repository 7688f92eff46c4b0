import Foundation
import Testing

@testable import SalesKit

/// `homework list` as it prints: the status in words for people, as a code for scripts.
@Suite struct HomeworkViewTests {
    static let today = ExamplesTests.today

    @Test func homeworkStatusInWordsForPeopleAndCodesForScripts() throws {
        let (_, deals, reports) = try ExamplesTests.basic()
        let items = Homework.items(reports: reports, deals: deals)
        let people = Language.$scoped.withValue(.en) { HomeworkView.list(items, format: .table, today: Self.today) }
        let scripts = HomeworkView.list(items, format: .csv, today: Self.today)
        #expect(people.header == ["ref", "deal", "given", "due", "for", "status", "age", "text"])
        let ref = "2026-07-08-pacific-scm-0226ec#1"
        #expect(people.rows.first { $0[0] == ref }?[5] == "overdue 112d")
        #expect(scripts.rows.first { $0[0] == ref }?[5] == "overdue")
        #expect(people.rows.first { $0[0] == "2026-07-03-fuji-mes-138ade#1" }?[5] == "done 2026-07-09")
    }
}
