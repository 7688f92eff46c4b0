import Testing

@testable import SalesKit

/// `Message.fill`: the placeholders of a catalogue message, filled in one pass.
@Suite struct MessageFillTests {
    @Test func argumentsGoWhereTheirNumbersAre() {
        #expect(Message.fill("{1} → {0}", ["a", "b"]) == "b → a")
        #expect(Message.fill("商談 {0} を{1}に進めました", ["tokai-erp", "デリバリー"]) == "商談 tokai-erp をデリバリーに進めました")
        #expect(Message.fill("{0}{0}", ["x"]) == "xx")
    }

    @Test func pluralFollowsTheNumber() {
        #expect(Message.fill("{0} day{s0}", ["1"]) == "1 day")
        #expect(Message.fill("{0} day{s0}", ["-1"]) == "-1 day")
        #expect(Message.fill("{0} day{s0}", ["2"]) == "2 days")
        #expect(Message.fill("{0} day{s0}", ["0"]) == "0 days")
    }

    /// An argument is never searched for placeholders: user data that looks like one stays.
    @Test func argumentsAreInsertedAsTheyAre() {
        #expect(Message.fill("{0} and {1}", ["{1}", "b"]) == "{1} and b")
        #expect(Message.fill("customer {0}", ["{s0} {0}"]) == "customer {s0} {0}")
    }

    @Test func placeholdersWithoutArgumentsAndStrayBracesStay() {
        #expect(Message.fill("{2} {x} { {0", ["a"]) == "{2} {x} { {0")
        #expect(Message.fill("{0}", []) == "{0}")
        #expect(Message.fill("no placeholders", ["a"]) == "no placeholders")
        #expect(Message.fill("{12}", Array(repeating: "v", count: 13)) == "v")
    }

    /// A particle follows a Japanese word without a space; after ASCII (an id, a quoted value,
    /// a number) the template's space stays.
    @Test func aParticleJoinsAJapaneseWord() {
        #expect(Message.fill("{0} は空にできません", ["件名"]) == "件名は空にできません")
        #expect(Message.fill("{0} は空にできません", ["'title'"]) == "'title' は空にできません")
        #expect(Message.fill("{0} が {1} から {2} に変わった", ["推進者", "良", "悪"]) == "推進者が良から悪に変わった")
        #expect(Message.fill("{0} に {1} 日会っていません", ["山田 太郎", "30"]) == "山田 太郎に 30 日会っていません")
        #expect(Message.fill("商談 {0} をデリバリーに", ["tokai-erp"]) == "商談 tokai-erp をデリバリーに")
        #expect(Message.fill("{0} ます", ["東海"]) == "東海 ます")
        #expect(Message.fill("{1} に {0} が", ["推進者", "2026-11-10"]) == "2026-11-10 に推進者が")
        #expect(Message.fill("ステージ {0}", ["定義"]) == "ステージ 定義")
        #expect(Message.fill("商談 {0} を", ["tokai-erp"]) == "商談 tokai-erp を")
        #expect(Message.fill("{0} → {1}", ["定義", "決定"]) == "定義 → 決定")
        #expect(Message.fill("{0} has {1}", ["は", "x"]) == "は has x")
        #expect(Message.errMustNotBeEmpty.text("件名", in: .ja) == "件名は空にできません")
    }

    @Test func textUsesFill() {
        #expect(Message.sugLine.text("A", "B", in: .en) == "A (B)")
        #expect(Message.sugLine.text("A", "B", in: .ja) == "A(B)")
    }
}
