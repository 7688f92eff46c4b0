import Foundation
import Testing

@testable import SalesKit

/// Which homework `homework list` selects: its filter, the assignee a typed name (NameMatch).
@Suite struct HomeworkSelectTests {
    static let today = ExamplesTests.today

    @Test func homeworkSelectResolvesTheTypedAssignee() throws {
        let (_, deals, reports) = try ExamplesTests.basic()
        let items = Homework.items(reports: reports, deals: deals)
        let mine = try Homework.select(
            items, deals: deals, filter: Homework.Filter(openOnly: true, member: "田中美咲"), today: Self.today)
        #expect(!mine.isEmpty)
        #expect(mine.allSatisfy { $0.assignee == "田中 美咲" && $0.done == nil })
        #expect(throws: SalesError.self) {
            try Homework.select(items, deals: deals, filter: Homework.Filter(member: "nobody"), today: Self.today)
        }
    }
}
