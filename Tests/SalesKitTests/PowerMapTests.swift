import Testing

@testable import SalesKit

@Suite struct PowerMapTests {
    static let today = CalendarDate("2026-11-20")!

    func deal(_ people: [KeyPerson], status: Deal.Status = .open) -> Deal {
        Deal(
            id: "acme", title: "刷新", customer: "アクメ", stage: "define", status: status,
            created: CalendarDate("2026-06-01")!, keyPersons: people)
    }

    func report(_ date: String, _ names: [String], deal: String = "acme") -> Report {
        Report(
            path: "reports/x-\(date).md", date: CalendarDate(date)!, deal: deal, author: "佐藤 健", kind: "visit",
            attendees: names.map { Report.Attendee(name: $0) })
    }

    @Test func groupsByRoleAndFindsLastMetAndReportingLines() {
        let people = [
            KeyPerson(
                name: "中村 修", role: .I, stance: .uncooperative, authority: .weak, information: .sufficient,
                reportsTo: "山田 浩二"),
            KeyPerson(
                name: "山田 浩二", role: .D, stance: .supporter, authority: .strong, information: .sufficient,
                reportsTo: "小林 正人"),
            KeyPerson(name: "小林 正人", role: .A, stance: .cooperative, authority: .strong, information: .insufficient)
        ]
        let reports = [
            report("2026-11-01", ["山田浩二"]), report("2026-11-10", ["山田 浩二", "中村 修"]),
            report("2026-11-15", ["小林 正人"], deal: "other"), report("2026-11-25", ["小林 正人"])
        ]
        let map = PowerMap.build(deal: deal(people), reports: reports, today: Self.today, days: 30)
        #expect(map.people.map(\.keyPerson.name) == ["山田 浩二", "小林 正人", "中村 修"])
        #expect(map.people[0].lastMet == CalendarDate("2026-11-10") && map.people[0].meetings == 2)
        #expect(map.people[0].daysSinceMet == 10)
        #expect(map.people[0].directReports == ["中村 修"])
        #expect(map.people[1].lastMet == nil)
        #expect(map.people.map(\.quadrant) == [.one, .two, .three])
        #expect(map.warnings.map(\.code) == ["never-met"])
        #expect(map.warnings[0].message.hasPrefix("approver 小林 正人 (A) has never been met"))
        #expect(map.mermaid.contains("  p2 --> p1\n  p1 --> p3\n"))
    }

    @Test func warnings() {
        let weakOnly = [
            KeyPerson(name: "大野 恵子", role: .I, authority: .weak, reportsTo: "西田 部長"),
            KeyPerson(name: "松本 隆", role: .A, stance: .opposed)
        ]
        let map = PowerMap.build(
            deal: deal(weakOnly), reports: [report("2026-09-01", ["大野 恵子"])], today: Self.today, days: 30)
        #expect(
            map.warnings.map(\.code) == [
                "no-decision-maker", "never-met", "opposed-approver", "weak-only-contact", "not-met-recently"
            ])
        #expect(
            map.warnings[3].message
                == "our only contact 大野 恵子 has weak authority: ask your own manager to meet their boss (西田 部長), or find another route"
        )
        #expect(map.warnings[4].message == "大野 恵子 not met for 80 days (last 2026-09-01); the limit is 30")
        #expect(map.outsiders == ["西田 部長"])
        #expect(map.mermaid.contains("  x1[\"西田 部長<br/>(not a key person)\"]\n"))
        #expect(map.mermaid.contains("  x1 --> p2\n"))
        let onHold = PowerMap.build(
            deal: deal(weakOnly, status: .onHold), reports: [report("2026-09-01", ["大野 恵子"])], today: Self.today,
            days: 30)
        #expect(!onHold.warnings.map(\.code).contains("not-met-recently"))
        let won = PowerMap.build(deal: deal(weakOnly, status: .won), reports: [], today: Self.today, days: 30)
        #expect(won.warnings.isEmpty)
        let nobody = PowerMap.build(deal: deal([]), reports: [], today: Self.today, days: 30)
        #expect(nobody.warnings.map(\.code) == ["no-decision-maker"])
    }

    @Test func mermaidEscapesLabels() {
        #expect(PowerMap.mermaidEscape("A \"B\" <C> #1") == "A #quot;B#quot; #lt;C#gt; #35;1")
    }
}
