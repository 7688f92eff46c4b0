import Testing

@testable import SalesKit

@Suite struct RenderWidthTests {
    @Test(arguments: [
        ("salesctl", 8), ("", 0), ("山田部長", 8), ("ｱ", 1), ("ｱｲｳ", 3), ("Ａ", 2), ("e\u{301}", 1),
        ("カ\u{3099}", 2), ("한국어", 6), ("\u{3000}", 2), ("、。「」", 8), ("α", 1), ("é", 1),
        ("😀", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇯🇵", 2), ("❤", 1), ("❤️", 2), ("🧀", 2),
        ("\t", 0), ("a\u{200B}b", 2), ("\u{85}", 0), ("山田 Taro", 9)
    ])
    func widths(_ text: String, _ expected: Int) {
        #expect(displayWidth(text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func truncation() {
        #expect(truncate("山田部長", toWidth: 8) == "山田部長")
        #expect(truncate("山田部長", toWidth: 7) == "山田部…")
        #expect(truncate("山田部長", toWidth: 6) == "山田…")  // 部 would straddle the limit
        #expect(truncate("山田部長", toWidth: 5) == "山田…")
        #expect(truncate("abcdef", toWidth: 4) == "abc…")
        #expect(truncate("abcdef", toWidth: 1) == "…")
        #expect(truncate("abcdef", toWidth: 0) == "")
        #expect(truncate("e\u{301}e\u{301}e\u{301}", toWidth: 2) == "e\u{301}…")
        #expect(truncate("👨‍👩‍👧👨‍👩‍👧", toWidth: 3) == "👨‍👩‍👧…")
        for width in 0...10 {
            #expect(displayWidth(truncate("株式会社アクメ ERP", toWidth: width)) <= width)
        }
    }

    @Test func padding() {
        #expect(pad("山田", toWidth: 6, alignRight: false) == "山田  ")
        #expect(pad("山田", toWidth: 6, alignRight: true) == "  山田")
        #expect(pad("山田部長", toWidth: 4, alignRight: false) == "山田部長")
    }
}

extension RenderWidthTests {
    /// Half-width dakuten/handakuten (U+FF9E, U+FF9F) extend the grapheme before them but take
    /// a column of their own on a terminal: ｶﾞ is two columns, like ｶ plus ﾞ.
    @Test func halfWidthVoicedSoundMarksTakeAColumn() {
        #expect(displayWidth("ｶﾞｲﾄﾞ導入") == 9)
        #expect(displayWidth("ﾊﾟｿｺﾝ") == 5)
        #expect(pad("ｶﾞ", toWidth: 4, alignRight: false) == "ｶﾞ  ")
    }
}
