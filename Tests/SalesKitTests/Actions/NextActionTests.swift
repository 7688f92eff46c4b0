import Testing

@testable import SalesKit

/// Next actions live in the history: the open one is the latest `set` with no `done` after it.
@Suite struct NextActionTests {
    static func d(_ text: String) -> CalendarDate { CalendarDate(text)! }

    static func deal(_ events: [Deal.Event], status: Deal.Status = .open) -> Deal {
        Deal(
            id: "tokai-erp", title: "基幹システム刷新", customer: "東海精機株式会社", owner: "田中 美咲", stage: "decision",
            status: status, created: d("2026-06-15"), history: events)
    }

    static func set(_ date: String, _ text: String, due: String, for who: String? = nil) -> Deal.Event {
        Deal.Event(
            date: d(date), by: "田中 美咲", kind: "next",
            fields: [("action", "set"), ("text", text), ("due", due)] + (who.map { [("for", $0)] } ?? []))
    }

    static func done(_ date: String) -> Deal.Event {
        Deal.Event(date: d(date), by: "田中 美咲", kind: "next", fields: [("action", "done"), ("text", "x")])
    }

    @Test func theLatestSetWithoutDoneIsOpen() {
        let deal = Self.deal([
            Self.set("2026-11-02", "後任を確認", due: "2026-11-06"), Self.done("2026-11-05"),
            Self.set("2026-11-10", "稟議を確認", due: "2026-11-18", for: "佐藤 健")
        ])
        let open = NextAction.current(of: deal)
        #expect(open?.text == "稟議を確認")
        #expect(open?.due == Self.d("2026-11-18"))
        #expect(open?.who(in: deal) == "佐藤 健")
        // As of 2026-11-07 the first was done and the second not yet set.
        #expect(NextAction.current(of: deal, asOf: Self.d("2026-11-07")) == nil)
        #expect(NextAction.standing(of: deal, today: Self.d("2026-11-07")) == .missing)
        // Due 11-18: open on the 18th, overdue on the 19th.
        #expect(NextAction.standing(of: deal, today: Self.d("2026-11-18")) == .open)
        #expect(NextAction.standing(of: deal, today: Self.d("2026-11-19")) == .overdue)
    }

    @Test func describeSetAndDone() {
        #expect(
            NextAction.describe(Self.set("2026-11-10", "稟議を確認", due: "2026-11-18", for: "佐藤 健"))
                == "next action: 稟議を確認 (due 2026-11-18, 佐藤 健)")
        let done = Deal.Event(
            date: Self.d("2026-11-18"), by: nil, kind: "next",
            fields: [("action", "done"), ("text", "稟議を確認"), ("note", "1月の役員会")])
        #expect(TimelineEntry.describe(done, config: .defaults) == "next action done: 稟議を確認 — 1月の役員会")
    }

    static let file = """
        title: 基幹システム刷新
        customer: 東海精機株式会社
        owner: 田中 美咲
        stage: decision
        created: 2026-06-15
        history:
          - date: 2026-06-15
            event: created
            stage: discovery

        """

    func document(_ text: String = file) throws -> Store.DealDocument {
        let bytes = Array(text.utf8)
        let node = try bytes.withUnsafeBytes { try YAMLReader.parse($0, path: "deals/tokai-erp.yaml") }
        return Store.DealDocument(
            path: "deals/tokai-erp.yaml", bytes: bytes, root: node!.mapping!,
            deal: try Deal.parse(node, id: "tokai-erp", path: "deals/tokai-erp.yaml"))
    }

    @Test func setAppendsAnEventOnly() throws {
        let change = try NextAction.set(
            document(), text: " 稟議を確認 ", due: Self.d("2026-11-27"), for: "高橋",
            date: Self.d("2026-11-20"), by: "佐藤 健", people: ["高橋 由美", "佐藤 健"])
        #expect(
            String(decoding: change.bytes, as: UTF8.self) == Self.file + """
                  - date: 2026-11-20
                    by: 佐藤 健
                    event: next
                    action: set
                    text: 稟議を確認
                    due: 2026-11-27
                    for: 高橋 由美

                """)
    }

    @Test func doneNeedsAnOpenActionAndLostDealsTakeNone() throws {
        #expect(throws: SalesError.self) {
            try NextAction.done(document(), note: nil, date: Self.d("2026-11-20"), by: nil)
        }
        let lost = try document(
            Self.file.replacingOccurrences(of: "stage: decision\n", with: "stage: decision\nstatus: lost\n"))
        do {
            _ = try NextAction.set(
                lost, text: "x", due: Self.d("2026-11-27"), for: nil, date: Self.d("2026-11-20"), by: nil, people: [])
            Issue.record("expected a refusal")
        } catch let error as SalesError {
            #expect(error.message == "salesctl: deal 'tokai-erp' is lost; reopen it before planning a next action")
            #expect(error.kind == .refused)
        }
    }

    @Test func agendaPerMemberOldestFirst() {
        let today = Self.d("2026-11-20")
        let a = Self.deal([Self.set("2026-11-10", "稟議を確認", due: "2026-11-18")])
        var b = Self.deal([Self.set("2026-11-19", "移行案を提出", due: "2026-11-27", for: "高橋 由美")])
        b.id = "kansai-logi"
        var c = Self.deal([Self.set("2026-11-19", "来月の訪問", due: "2026-12-20")])
        c.id = "far"
        var lost = Self.deal([Self.set("2026-11-19", "x", due: "2026-11-19")], status: .lost)
        lost.id = "lost"
        let homework = HomeworkItem(
            ref: "r#1", report: "reports/r.md", deal: "tokai-erp", given: Self.d("2026-10-15"),
            givenTo: "田中 美咲", text: "ROI試算", assignee: nil, due: Self.d("2026-11-06"), done: nil)
        let items = Agenda.build(deals: [a, b, c, lost], homework: [homework], today: today)
        // Horizon 11-20 + 7 = 11-27: 'far' (12-20) is out, the lost deal is out.
        #expect(
            items.map { "\($0.member) \($0.due) \($0.kind.rawValue) \($0.daysLate(today: today))" } == [
                "田中 美咲 2026-11-06 homework 14",  // 11-20 − 11-06 = 14 days late
                "田中 美咲 2026-11-18 next 2",
                "高橋 由美 2026-11-27 next -7"
            ])
        #expect(Agenda.build(deals: [a, b, c], homework: [homework], today: today, overdueOnly: true).count == 2)
        #expect(
            Agenda.build(deals: [a, b, c], homework: [homework], today: today, member: "高橋 由美").map(\.deal) == [
                "kansai-logi"
            ])
    }
}

@Suite struct PeriodTests {
    @Test(arguments: [
        ("2026-11", "2026-11-01", "2026-11-30"), ("2026-Q4", "2026-10-01", "2026-12-31"),
        ("2026", "2026-01-01", "2026-12-31"), ("2028-02", "2028-02-01", "2028-02-29"),
        ("2026-Q1", "2026-01-01", "2026-03-31")
    ])
    func bounds(text: String, first: String, last: String) throws {
        let period = try #require(Period(text))
        #expect(period.first.description == first)
        #expect(period.last.description == last)
        #expect(period.description == text)
    }

    @Test(arguments: ["2026-13", "2026-Q5", "26-11", "2026-1", "2026-Q", "x"])
    func malformed(text: String) { #expect(Period(text) == nil) }

    @Test func targetsAndWonAtParse() throws {
        let config = try Config.parse(
            Array(
                """
                currency: JPY
                won_at: デリバリー
                targets:
                  - period: 2026-Q4
                    amount: 90000000
                  - period: 2026-11
                    member: 田中 美咲
                    amount: 30000000
                    currency: USD
                """.utf8))
        #expect(config.wonAt == "delivery")
        #expect(config.isPostSale("maintenance") && !config.isPostSale("decision"))
        #expect(
            config.targets == [
                Target(period: Period("2026-Q4")!, member: nil, amount: 90_000_000, currency: "JPY"),
                Target(period: Period("2026-11")!, member: "田中 美咲", amount: 30_000_000, currency: "USD")
            ])
        #expect(throws: SalesError.self) { try Config.parse(Array("won_at: shipping\n".utf8)) }
        #expect(throws: SalesError.self) {
            try Config.parse(Array("targets:\n  - period: 2026-13\n    amount: 1\n".utf8))
        }
    }
}
