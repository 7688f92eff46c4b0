import Testing

@testable import SalesKit

@Suite struct NameMatchTests {
    let people = ["高橋 由美", "鈴木 大輔", "田中 美咲", "佐藤 健", "Alex Smith"]

    @Test func exactSpellingWins() {
        #expect(NameMatch.resolve("佐藤 健", among: people, kind: .person) == .match("佐藤 健"))
    }

    @Test(arguments: ["高橋由美", "高橋　由美", " 高橋 由美"])
    func spacesOfEitherWidthAreIgnored(typed: String) {
        #expect(NameMatch.resolve(typed, among: people, kind: .person) == .match("高橋 由美"))
    }

    @Test func widthAndCaseOfLettersAreIgnored() {
        #expect(NameMatch.resolve("ａｌｅｘ　ｓｍｉｔｈ", among: people, kind: .person) == .match("Alex Smith"))
    }

    @Test func aUniquePrefixFindsTheFullName() {
        #expect(NameMatch.resolve("高橋", among: people, kind: .person) == .match("高橋 由美"))
        #expect(NameMatch.resolve("鈴木", among: people, kind: .person) == .match("鈴木 大輔"))
    }

    @Test func anAmbiguousPrefixListsTheCandidates() {
        let names = people + ["高橋 健一"]
        #expect(NameMatch.resolve("高橋", among: names, kind: .person) == .ambiguous(["高橋 健一", "高橋 由美"]))
        // The exact loose form still wins over a longer name with the same start.
        #expect(NameMatch.resolve("佐藤健", among: people + ["佐藤 健太"], kind: .person) == .match("佐藤 健"))
    }

    @Test func personsDoNotMatchBySubstring() {
        #expect(NameMatch.resolve("由美", among: people, kind: .person) == .none)
    }

    @Test func customersMatchByUniqueSubstringIgnoringCompanyMarks() {
        let customers = ["東海精機株式会社", "株式会社パシフィック通商", "北陸フーズ株式会社", "(株)東海物産"]
        #expect(NameMatch.resolve("パシフィック", among: customers, kind: .customer) == .match("株式会社パシフィック通商"))
        #expect(NameMatch.resolve("東海精機", among: customers, kind: .customer) == .match("東海精機株式会社"))
        #expect(NameMatch.resolve("（株）東海物産", among: customers, kind: .customer) == .match("(株)東海物産"))
        #expect(NameMatch.resolve("東海", among: customers, kind: .customer) == .ambiguous(["(株)東海物産", "東海精機株式会社"]))
        #expect(NameMatch.resolve("株式会社", among: customers, kind: .customer) == .none)
    }

    @Test func requireThrowsWithTheKnownNamesOrTheCandidates() {
        #expect(throws: SalesError.noMatch(what: "owner", typed: "山本", known: people.sorted())) {
            try NameMatch.require("山本", among: people, kind: .person, what: "owner")
        }
        let error = SalesError.noMatch(what: "owner", typed: "山本", known: ["佐藤 健", "高橋 由美"])
        #expect(error.message == "salesctl: no owner matches '山本'\nhint: known: '佐藤 健', '高橋 由美'")
        #expect(error.kind == .refused)
        let ambiguous = SalesError.ambiguousName(what: "member", typed: "高橋", candidates: ["高橋 健一", "高橋 由美"])
        #expect(ambiguous.message == "salesctl: member '高橋' is ambiguous\nhint: it could be '高橋 健一', '高橋 由美'")
        #expect(ambiguous.kind == .refused)
    }

    @Test func sameNameIgnoresSpacesButNotPrefixes() {
        #expect(NameMatch.sameName("山田太郎", "山田 太郎"))
        #expect(!NameMatch.sameName("山田", "山田 太郎"))
    }
}
