import Testing

@testable import SalesKit

/// Customers derived from deals and reports, checked by hand.
@Suite struct CustomersTests {
    let today = CalendarDate("2026-11-20")!
    var config: Config { Config.defaults }

    func deal(
        _ id: String, _ customer: String, status: Deal.Status = .open, amount: Int?, currency: String? = nil,
        history: [Deal.Event] = []
    ) -> Deal {
        Deal(
            id: id, title: id, customer: customer, owner: "A", stage: "define", status: status, amount: amount,
            currency: currency, created: CalendarDate("2026-06-01")!, history: history)
    }

    var deals: [Deal] {
        [
            deal("t1", "東海精機株式会社", amount: 1_000_000),
            deal(
                "t2", "東海精機(株)", status: .won, amount: 2_000_000,
                history: [
                    Deal.Event(
                        date: CalendarDate("2026-10-01")!, by: "A", kind: "status",
                        fields: [("from", "open"), ("to", "won"), ("amount", "1800000")])
                ]),
            deal("t3", "東海 精機株式会社", amount: 500, currency: "USD"),
            deal("t4", "東海精機株式会社", status: .lost, amount: 9_000_000),
            deal("k1", "東海興業株式会社", amount: 3_000_000),
            deal("f1", "富士電子", status: .won, amount: 4_000_000)
        ]
    }

    @Test func oneCustomerAcrossSpellingsAndCompanyMarks() {
        let groups = Customers.groups(deals)
        #expect(groups.map(\.name) == ["富士電子", "東海精機株式会社", "東海興業株式会社"])  // by code point: 精 < 興
        #expect(groups[1].deals.map(\.id) == ["t1", "t2", "t3", "t4"])
        #expect(groups[1].spellings == ["東海 精機株式会社", "東海精機(株)", "東海精機株式会社"])
    }

    @Test func findFollowsTheNameRule() throws {
        #expect(try Customers.find("東海精機", in: deals).name == "東海精機株式会社")  // unique prefix, 株式会社 aside
        #expect(try Customers.find("精機", in: deals).name == "東海精機株式会社")  // unique substring
        #expect(try Customers.find("(株)東海精機", in: deals).deals.count == 4)
        #expect(throws: SalesError.self) { try Customers.find("東海", in: deals) }  // 精機 or 興業
        #expect(throws: SalesError.self) { try Customers.find("大阪", in: deals) }
    }

    @Test func listAndDetail() {
        func report(
            _ date: String, _ deal: String, _ kind: String, _ people: [Report.Attendee],
            homework: [Report.Homework] = []
        ) -> Report {
            Report(
                path: "reports/\(date)-\(deal).md", date: CalendarDate(date)!, deal: deal, author: "A", kind: kind,
                attendees: people, homework: homework)
        }
        let reports = [
            report("2026-09-01", "t1", "visit", [.init(name: "山田 浩二", title: "課長", department: "情報システム部")]),
            report(
                "2026-10-01", "t2", "phone", [.init(name: "山田浩二", title: "部長"), .init(name: "佐々木 茂")],
                homework: [Report.Homework(text: "見積", due: CalendarDate("2026-10-20"))]),
            report("2026-11-25", "t1", "visit", [.init(name: "未来 の人")])  // after today: not counted
        ]
        let list = Customers.list(deals: deals, reports: reports, config: config, today: today)
        let tokai = list.first { $0.name == "東海精機株式会社" }!
        #expect(tokai.openDeals == 2 && tokai.wonDeals == 1)
        #expect(tokai.open == [.init(currency: "JPY", amount: 1_000_000), .init(currency: "USD", amount: 500)])
        #expect(tokai.won == [.init(currency: "JPY", amount: 1_800_000)])  // as the win recorded
        #expect(tokai.lastContact == CalendarDate("2026-10-01"))
        let single = Energy.scores(
            deals: deals.filter { $0.id.hasPrefix("t") }, reports: Array(reports.prefix(2)),
            config: config, today: today, keepLines: false)
        #expect(tokai.energy == single.reduce(0) { $0 + $1.total } && tokai.energy > 0)
        let detail = Customers.detail(
            name: tokai.name, deals: deals.filter { $0.id.hasPrefix("t") }, reports: reports,
            config: config, today: today)
        // 山田 is one person (spaces aside): the latest title 部長, the department from the older report.
        #expect(detail.people.map(\.name) == ["佐々木 茂", "山田浩二"])
        #expect(detail.people[1].title == "部長" && detail.people[1].department == "情報システム部")
        #expect(detail.people[1].contacts == 2 && detail.people[1].deals == ["t1", "t2"])
        #expect(detail.homework.map(\.text) == ["見積"])
    }
}
