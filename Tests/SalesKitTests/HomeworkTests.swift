import Testing

@testable import SalesKit

@Suite struct HomeworkTests {
    static let today = CalendarDate("2026-11-20")!

    func report(_ path: String, _ date: String, _ homework: [Report.Homework]) -> Report {
        Report(path: path, date: CalendarDate(date)!, deal: "acme", author: "佐藤 健", kind: "visit", homework: homework)
    }

    @Test func itemsAreClosedByHistoryEventsAndSortedByDue() {
        let reports = [
            report(
                "reports/2026/11/2026-11-02-acme-aaaaaa.md", "2026-11-02",
                [
                    Report.Homework(text: "見積", assignee: "田中 美咲", due: CalendarDate("2026-11-10")),
                    Report.Homework(text: "構成図", assignee: "佐藤 健")
                ]),
            report(
                "reports/2026/11/2026-11-05-acme-bbbbbb.md", "2026-11-05",
                [
                    Report.Homework(text: "事例", assignee: "田中美咲", due: CalendarDate("2026-11-30"))
                ])
        ]
        var deal = Deal(id: "acme", title: "t", customer: "c", stage: "define", created: CalendarDate("2026-11-01")!)
        deal.history = [
            Deal.Event(
                date: CalendarDate("2026-11-08")!, by: "田中 美咲", kind: "homework-done",
                fields: [("ref", "2026-11-02-acme-aaaaaa#1"), ("note", "送付済")])
        ]
        let items = Homework.items(reports: reports, deals: [deal])
        #expect(
            items.map(\.ref) == ["2026-11-02-acme-aaaaaa#1", "2026-11-05-acme-bbbbbb#1", "2026-11-02-acme-aaaaaa#2"])
        #expect(items[0].status(today: Self.today) == .done && items[0].age(today: Self.today) == 6)
        #expect(items[0].done == HomeworkItem.Done(date: CalendarDate("2026-11-08")!, by: "田中 美咲", note: "送付済"))
        #expect(items[1].status(today: Self.today) == .open)
        #expect(items[1].status(today: CalendarDate("2026-12-03")!) == .overdue)
        #expect(items[1].daysOverdue(today: CalendarDate("2026-12-03")!) == 3)
        #expect(items[2].age(today: Self.today) == 18)
        #expect(
            items.filter { Homework.Filter(openOnly: true, member: "田中 美咲").matches($0, today: Self.today) }.map(\.text)
                == ["事例"])
        #expect(items.filter { Homework.Filter(overdueOnly: true).matches($0, today: Self.today) }.isEmpty)
    }

    @Test func references() throws {
        #expect(
            Homework.ref(reportPath: "reports/2026/11/2026-11-02-acme-aaaaaa.md", index: 0)
                == "2026-11-02-acme-aaaaaa#1")
        #expect(try Homework.parseRef("aaaaaa#2") == ("aaaaaa", 2))
        for bad in ["2026-11-02-acme-aaaaaa", "x#0", "#1", "x#one", "x#1#2"] {
            #expect(throws: SalesError.self) { try Homework.parseRef(bad) }
        }
    }
}
