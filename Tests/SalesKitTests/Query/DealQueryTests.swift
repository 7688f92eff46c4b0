import Testing

@testable import SalesKit

/// The filters of list commands follow NameMatch's one rule.
@Suite struct DealQueryTests {
    static func deal(_ id: String, owner: String?, customer: String, status: Deal.Status = .open) -> Deal {
        var deal = Deal(
            id: id, title: "t", customer: customer, owner: owner, stage: "discovery",
            created: CalendarDate(year: 2026, month: 1, day: 1))
        deal.status = status
        return deal
    }

    static let deals = [
        deal("a", owner: "鈴木 大輔", customer: "東海精機株式会社"),
        deal("b", owner: "高橋 由美", customer: "株式会社みなと商事", status: .lost),
        deal("c", owner: "高橋 由美", customer: "北陸フーズ株式会社"),
        deal("d", owner: "田中 美咲", customer: "東海物流株式会社"),
        deal("e", owner: nil, customer: "西日本建設株式会社")
    ]

    func ids(_ query: DealQuery) -> [String] { query.select(Self.deals).map(\.id) }

    @Test func ownersByExactNameSpacesOrUniquePrefix() throws {
        let config = Config.defaults
        #expect(ids(try DealQuery(owner: "鈴木 大輔", config: config, deals: Self.deals)) == ["a"])
        #expect(ids(try DealQuery(owner: "鈴木大輔", config: config, deals: Self.deals)) == ["a"])
        #expect(ids(try DealQuery(owner: "鈴木　大輔", config: config, deals: Self.deals)) == ["a"])
        #expect(ids(try DealQuery(owner: "鈴木", config: config, deals: Self.deals)) == ["a"])
        // The owner of a lost deal is known even when only open deals are listed.
        #expect(ids(try DealQuery(status: "open", owner: "高橋", config: config, deals: Self.deals)) == ["c"])
    }

    @Test func unknownAndAmbiguousNamesAreErrors() throws {
        #expect(
            throws: SalesError.noMatch(
                what: "owner", typed: "山本",
                known: ["田中 美咲", "鈴木 大輔", "高橋 由美"])
        ) {
            try DealQuery(owner: "山本", config: .defaults, deals: Self.deals)
        }
        #expect(
            throws: SalesError.ambiguousName(
                what: "customer", typed: "東海",
                candidates: ["東海物流株式会社", "東海精機株式会社"])
        ) {
            try DealQuery(customer: "東海", config: .defaults, deals: Self.deals)
        }
    }

    @Test func customersAlsoByUniqueSubstringWithoutCompanyMarks() throws {
        #expect(ids(try DealQuery(customer: "東海精機", config: .defaults, deals: Self.deals)) == ["a"])
        #expect(ids(try DealQuery(customer: "みなと", config: .defaults, deals: Self.deals)) == ["b"])
        #expect(ids(try DealQuery(customer: "フーズ", config: .defaults, deals: Self.deals)) == ["c"])
    }

    @Test func statusAndStage() throws {
        #expect(ids(try DealQuery(status: "closed", config: .defaults, deals: Self.deals)) == ["b"])
        #expect(throws: SalesError.self) { try DealQuery(status: "closedish", config: .defaults, deals: []) }
    }

    @Test func reportAuthorsAmongAuthorsAndTheTeam() throws {
        let store = Store(root: "/nonexistent", config: .defaults)
        #expect(try ReportQuery.author("佐藤", authors: ["佐藤 健"], store: store, deals: []) == "佐藤 健")
        #expect(try ReportQuery.author("高橋", authors: [], store: store, deals: Self.deals) == "高橋 由美")
        #expect(throws: SalesError.noMatch(what: "author", typed: "山本", known: ["佐藤 健"])) {
            try ReportQuery.author("山本", authors: ["佐藤 健"], store: store, deals: [])
        }
    }
}
