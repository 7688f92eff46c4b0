import Testing

@testable import SalesKit

/// `deal set` on a hand-written deal file: only the changed lines change, comments and quoting
/// stay, and one `changed` event records every field's new and old value.
@Suite struct DealEditTests {
    static let day = CalendarDate("2026-11-20")!

    /// One rule for `deal new --amount` and `deal set --amount`: full width as typed with an
    /// input method reads as ASCII.
    @Test func anAmountAsTyped() throws {
        #expect(try DealEdit.amount("12,000,000") == 12_000_000)
        #expect(try DealEdit.amount("１２，０００，０００") == 12_000_000)
        #expect(try DealEdit.parseAmount("１２，０００") == "12000")
        #expect(try DealEdit.parseAmount("  ") == nil)
        #expect(throws: SalesError.invalidArgument("amount '12万' is not a whole number")) {
            try DealEdit.amount("12万")
        }
        #expect(throws: SalesError.invalidArgument("amount must not be negative")) { try DealEdit.amount("-5") }
    }
    static let people = ["佐藤 健", "田中 美咲", "鈴木 大輔", "高橋 由美"]

    static let handWritten = """
        # 東海精機: 基幹システム刷新
        title: '基幹システム刷新'
        customer: 東海精機株式会社
        owner: 田中 美咲
        members:
          - 田中 美咲   # 主担当
          - 佐藤 健
        stage: decision   # 稟議中
        amount: 48000000  # 税抜
        created: 2026-06-15
        expected_close: 2026-11-13
        history:
          - date: 2026-06-15
            by: 田中 美咲
            event: created
            stage: discovery

        """

    func document(_ text: String = handWritten) throws -> Store.DealDocument {
        let bytes = Array(text.utf8)
        let node = try bytes.withUnsafeBytes { try YAMLReader.parse($0, path: "deals/tokai-erp.yaml") }
        return Store.DealDocument(
            path: "deals/tokai-erp.yaml", bytes: bytes, root: node!.mapping!,
            deal: try Deal.parse(node, id: "tokai-erp", path: "deals/tokai-erp.yaml"))
    }

    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func amountAndCloseChangeTheirLinesAndAppendOneEvent() throws {
        let change = try DealEdit.set(
            document(), fields: .init(amount: "9,800,000", expectedClose: "2027-01-29"),
            note: "B社対抗で値引き", date: Self.day, by: "佐藤 健", people: Self.people)
        let expected =
            Self.handWritten
            .replacingOccurrences(of: "amount: 48000000  # 税抜", with: "amount: 9800000  # 税抜")
            .replacingOccurrences(of: "expected_close: 2026-11-13", with: "expected_close: 2027-01-29")
                + """
                  - date: 2026-11-20
                    by: 佐藤 健
                    event: changed
                    amount: 9800000
                    amount_was: 48000000
                    expected_close: 2027-01-29
                    expected_close_was: 2026-11-13
                    note: B社対抗で値引き

                """
        #expect(text(change.bytes) == expected)
        // 2026-11-13 → 2027-01-29: 17 days left in November + 31 + 29 = 77 days later.
        #expect(
            DealEdit.describe(change.event)
                == "amount 48,000,000 → 9,800,000, expected close 2026-11-13 → 2027-01-29 (+77 days) — B社対抗で値引き")
    }

    @Test func closePulledInShowsNegativeDays() {
        let event = Deal.Event(
            date: Self.day, by: nil, kind: "changed",
            fields: [("expected_close", "2026-11-12"), ("expected_close_was", "2026-11-13")])
        #expect(DealEdit.describe(event) == "expected close 2026-11-13 → 2026-11-12 (-1 day)")
        #expect(TimelineEntry.describe(event, config: .defaults) == "expected close 2026-11-13 → 2026-11-12 (-1 day)")
    }

    @Test func quotedTitleKeepsItsQuotesAndMissingFieldGoesInDocumentedOrder() throws {
        let change = try DealEdit.set(
            document(), fields: .init(title: "基幹システム刷新(第2期)", source: "紹介"),
            note: nil, date: Self.day, by: nil, people: Self.people)
        let out = text(change.bytes)
        #expect(out.contains("title: '基幹システム刷新(第2期)'\n"))
        #expect(out.contains("expected_close: 2026-11-13\nsource: 紹介\nhistory:\n"))
        #expect(change.event.fields.map(\.0) == ["title", "title_was", "source"])
    }

    @Test func ownerAndMembersGoThroughNameMatch() throws {
        let change = try DealEdit.set(
            document(), fields: .init(owner: "鈴木", addMembers: ["高橋由美"], removeMembers: ["田中　美咲"]),
            note: nil, date: Self.day, by: "佐藤 健", people: Self.people)
        let out = text(change.bytes)
        #expect(out.contains("owner: 鈴木 大輔\nmembers:\n  - 佐藤 健\n  - 高橋 由美\nstage:"))
        #expect(DealEdit.describe(change.event) == "owner 田中 美咲 → 鈴木 大輔, member added: 高橋 由美, member removed: 田中 美咲")
    }

    @Test func removingTheLastMemberRemovesTheKey() throws {
        let doc = try document(Self.handWritten.replacingOccurrences(of: "  - 佐藤 健\n", with: ""))
        let change = try DealEdit.set(
            doc, fields: .init(removeMembers: ["田中 美咲"]), note: nil, date: Self.day, by: nil, people: Self.people)
        #expect(!text(change.bytes).contains("members:"))
    }

    @Test func emptyValueRemovesAnOptionalField() throws {
        let change = try DealEdit.set(
            document(), fields: .init(expectedClose: ""), note: nil, date: Self.day, by: nil, people: Self.people)
        #expect(!text(change.bytes).contains("expected_close: 2026"))
        #expect(DealEdit.describe(change.event) == "expected close 2026-11-13 → (removed)")
    }

    @Test(arguments: [
        (DealEdit.Fields(amount: "12.5"), "amount '12.5' is not a whole number", Int32(2)),
        (DealEdit.Fields(amount: "-1"), "amount must not be negative", 2),
        (
            DealEdit.Fields(expectedClose: "2026-02-30"),
            "invalid date '2026-02-30' for the expected close (expected YYYY-MM-DD)", 2
        ),
        (DealEdit.Fields(currency: "円"), "currency '円' is not a three-letter code such as JPY, USD or EUR", 2),
        (DealEdit.Fields(title: " "), "title must not be empty", 2),
        (
            DealEdit.Fields(owner: "山本"),
            "salesctl: no owner matches '山本'\nhint: known: '佐藤 健', '田中 美咲', '鈴木 大輔', '高橋 由美'", 1
        ),
        (DealEdit.Fields(addMembers: ["佐藤"]), "'佐藤 健' is already a member of deal 'tokai-erp'", 1),
        (
            DealEdit.Fields(removeMembers: ["鈴木 大輔"]),
            "salesctl: no member of deal 'tokai-erp' matches '鈴木 大輔'\nhint: known: '佐藤 健', '田中 美咲'", 1
        ),
        (DealEdit.Fields(amount: "48,000,000"), "deal 'tokai-erp' already has these values; nothing changed", 1),
        (DealEdit.Fields(), "nothing to change: no field given", 2)
    ])
    func refusals(fields: DealEdit.Fields, message: String, code: Int32) throws {
        do {
            _ = try DealEdit.set(document(), fields: fields, note: nil, date: Self.day, by: nil, people: Self.people)
            Issue.record("expected an error")
        } catch let error as SalesError {
            #expect(error.message.hasSuffix(message))
            #expect(error.kind == (code == 2 ? .malformed : .refused))  // the CLI exits 2 for malformed, 1 for refused
        }
    }
}
