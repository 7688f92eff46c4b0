import Testing

@testable import SalesKit

/// Staleness rules and suggestions on in-memory deals, as of 2026-11-20.
@Suite struct StalenessTests {
    let config = Config.defaults  // stale_days 30; decision 14; maintenance 60
    let asOf = CalendarDate("2026-11-20")!

    func deal(
        _ id: String, stage: String = "define", status: Deal.Status = .open, created: String = "2026-06-01",
        keyPersons: [KeyPerson] = [], history: [Deal.Event] = []
    ) -> Deal {
        Deal(
            id: id, title: "t", customer: "c", owner: "佐藤 健", stage: stage, status: status,
            created: CalendarDate(created)!, keyPersons: keyPersons, history: history)
    }

    @Test func boundaryThresholdsAndNoReports() {
        let deals = [
            deal("exactly-30"), deal("thirty-one"), deal("decision-15", stage: "decision"),
            deal("decision-14", stage: "decision"), deal("maintenance-45", stage: "maintenance"),
            deal("no-reports", created: "2026-10-20"), deal("new", created: "2026-11-01"),
            deal("won", status: .won), deal("on-hold", status: .onHold)
        ]
        let contacts: [String: CalendarDate] = [
            "exactly-30": CalendarDate("2026-10-21")!, "thirty-one": CalendarDate("2026-10-20")!,
            "decision-15": CalendarDate("2026-11-05")!, "decision-14": CalendarDate("2026-11-06")!,
            "maintenance-45": CalendarDate("2026-10-06")!, "won": CalendarDate("2026-01-01")!,
            "on-hold": CalendarDate("2026-01-01")!,
            "new": CalendarDate("2026-12-01")!  // after as-of: ignored, counts from creation (19 days)
        ]
        let stale = Staleness.find(deals: deals, lastContacts: contacts, config: config, asOf: asOf)
        #expect(stale.map(\.deal.id) == ["thirty-one", "decision-15", "no-reports"])
        #expect(stale.map(\.daysSince) == [31, 15, 31])
        #expect(stale.map(\.threshold) == [30, 14, 30])
        #expect(stale[2].lastContact == nil)
        // --days overrides every stage: 15 days → decision-15 and exactly-30 (30 > 15) too.
        let fixed = Staleness.find(deals: deals, lastContacts: contacts, config: config, asOf: asOf, days: 15)
        #expect(fixed.map(\.deal.id) == ["exactly-30", "thirty-one", "maintenance-45", "no-reports", "new"])
        #expect(Staleness.isStale(daysSince: 30, threshold: 30) == false)
        #expect(Staleness.isStale(daysSince: 31, threshold: 30))
    }

    @Test func openHomeworkAndSuggestions() {
        let report = Report(
            path: "reports/2026/10/2026-10-01-acme-abc123.md", date: CalendarDate("2026-10-01")!, deal: "acme",
            author: "佐藤 健", kind: "visit", attendees: [.init(name: "伊藤 花子", title: "課長")],
            homework: [
                .init(text: "見積", assignee: "田中", due: CalendarDate("2026-10-10")!),
                .init(text: "資料", due: CalendarDate("2026-12-01")!),
                .init(text: "済み")
            ],
            next: "見積を持参")
        let d = deal(
            "acme", keyPersons: [KeyPerson(name: "山田 太郎", role: .D), KeyPerson(name: "鈴木 一郎", role: .A)],
            history: [
                Deal.Event(
                    date: CalendarDate("2026-10-05")!, by: nil, kind: "homework-done",
                    fields: [("ref", "2026-10-01-acme-abc123#3")])
            ])
        let stale = Staleness.find(deals: [d], lastContacts: ["acme": report.date], config: config, asOf: asOf)
        let row = Staleness.rows(stale, reports: [report], config: config, asOf: asOf)[0]
        #expect(row.homework.map(\.ref) == ["2026-10-01-acme-abc123#1", "2026-10-01-acme-abc123#2"])
        #expect(row.overdueHomework.map(\.text) == ["見積"])
        #expect(row.nextStep == "見積を持参")
        #expect(
            row.suggestions.map(\.reason) == [
                "due 2026-10-10, 41 days overdue (2026-10-01-acme-abc123#1)",
                "山田 太郎 (D) has not attended any reported contact",
                "energy falling: 0 points in the last 4 weeks, 6 in the 4 before",
                "no next action"
            ])
        #expect(row.suggestions[1].action.contains("possibly together with your own manager"))
        #expect(row.suggestions[2].action == "ask for a meeting with a higher title than 課長")
    }

    @Test func noKeyPersonsAndNoReports() {
        let d = deal("bare", created: "2026-10-01")
        let row = Staleness.rows(
            Staleness.find(deals: [d], lastContacts: [:], config: config, asOf: asOf),
            reports: [], config: config, asOf: asOf)[0]
        #expect(
            row.suggestions.map(\.reason) == [
                "no activity report since the deal was created on 2026-10-01",
                "no key persons recorded", "no next action"
            ])
    }

    @Test func approverMissingAndFallback() {
        let met = Report(
            path: "reports/2026/09/2026-09-01-acme-abc123.md", date: CalendarDate("2026-09-01")!, deal: "acme",
            author: nil, kind: "phone", attendees: [.init(name: "山田 太郎", title: "部長")])
        let withA = deal("acme", keyPersons: [KeyPerson(name: "山田 太郎", role: .D), KeyPerson(name: "鈴木 一郎", role: .A)])
        let rowA = Staleness.rows(
            Staleness.find(deals: [withA], lastContacts: ["acme": met.date], config: config, asOf: asOf),
            reports: [met], config: config, asOf: asOf)[0]
        let noNext = Suggestion(
            action:
                "agree a dated next action with the customer and record it: salesctl next set acme TEXT --due YYYY-MM-DD",
            reason: "no next action")
        #expect(
            rowA.suggestions.map(\.action) == [
                "ask the decision maker to introduce 鈴木 一郎 (approval route)", noNext.action
            ])
        let onlyD = deal("acme", keyPersons: [KeyPerson(name: "山田 太郎", role: .D)])
        let rowD = Staleness.rows(
            Staleness.find(deals: [onlyD], lastContacts: ["acme": met.date], config: config, asOf: asOf),
            reports: [met], config: config, asOf: asOf)[0]
        #expect(
            rowD.suggestions == [
                Suggestion(
                    action: "call 山田 太郎 to propose the next step", reason: "80 days without contact (threshold 30)"),
                noNext
            ])
        // A dated next action, not yet due: no next-action suggestion; overdue: one, before quality.
        var planned = onlyD
        planned.history.append(
            Deal.Event(
                date: CalendarDate("2026-11-01")!, by: nil, kind: "next",
                fields: [("action", "set"), ("text", "電話で状況確認"), ("due", "2026-11-25")]))
        let rowP = Staleness.rows(
            Staleness.find(deals: [planned], lastContacts: ["acme": met.date], config: config, asOf: asOf),
            reports: [met], config: config, asOf: asOf)[0]
        #expect(rowP.suggestions.map(\.reason) == ["80 days without contact (threshold 30)"])
        let late = Staleness.rows(
            Staleness.find(
                deals: [planned], lastContacts: ["acme": met.date], config: config,
                asOf: CalendarDate("2026-11-28")!),
            reports: [met], config: config, asOf: CalendarDate("2026-11-28")!)[0]
        // 2026-11-28 − 2026-11-25 = 3 days overdue.
        #expect(late.suggestions.map(\.reason) == ["next action due 2026-11-25, 3 days overdue"])
    }

    @Test func sortOrders() {
        var big = deal("big")
        big.amount = 50_000_000
        let small = deal("small")
        let contacts = ["big": CalendarDate("2026-10-01")!, "small": CalendarDate("2026-09-01")!]
        let stale = Staleness.find(deals: [big, small], lastContacts: contacts, config: config, asOf: asOf)
        #expect(
            Staleness.rows(stale, reports: [], config: config, asOf: asOf, sort: .days).map(\.deal.id) == [
                "small", "big"
            ])
        #expect(
            Staleness.rows(stale, reports: [], config: config, asOf: asOf, sort: .amount).map(\.deal.id) == [
                "big", "small"
            ])
    }

    @Test func lastContactsUntil() throws {
        let store = try Store.open(root: ExamplesTests.packageRoot + "/examples/basic")
        #expect(store.lastContacts()["tokai-erp"] == CalendarDate("2026-11-02"))
        #expect(store.lastContacts(until: CalendarDate("2026-11-01"))["tokai-erp"] == CalendarDate("2026-10-28"))
        #expect(store.lastContacts(until: CalendarDate("2026-06-01"))["tokai-erp"] == nil)
    }
}
