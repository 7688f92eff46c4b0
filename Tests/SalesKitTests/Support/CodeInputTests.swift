import Testing

@testable import SalesKit

/// CodeInput: codes typed with a Japanese input method on are the codes salesctl knows.
@Suite struct CodeInputTests {
    let config = Config.defaults

    @Test(arguments: [
        ("ｖｉｓｉｔ", "visit"), ("ＵＳＤ", "USD"), ("　ｄｅｍｏ　", "demo"), (" visit ", "visit"),
        ("ﾃﾞﾘﾊﾞﾘｰ", "デリバリー"), ("訪問", "訪問"), ("web-meeting", "web-meeting")
    ])
    func normalizeIsNFKCAndTrimmed(typed: String, code: String) {
        #expect(CodeInput.normalize(typed) == code)
    }

    @Test(arguments: [
        ("２０２６－１２－０１", "2026-12-01"), ("２０２６ー１２ー０１", "2026-12-01"), ("2026−12−01", "2026-12-01"),
        ("ｔｏｋａｉ－ｅｒｐ", "tokai-erp"), ("tokai-erp", "tokai-erp")
    ])
    func asciiCodesTakeTheDashesAnInputMethodTypes(typed: String, code: String) {
        #expect(CodeInput.asciiCode(typed) == code)
    }

    @Test func dates() {
        #expect(CodeInput.date("２０２６－１２－０１") == CalendarDate(year: 2026, month: 12, day: 1))
        #expect(CodeInput.date(" 2026-12-01 ") == CalendarDate(year: 2026, month: 12, day: 1))
        #expect(CodeInput.date("２０２６－１３－０１") == nil)
        #expect(CodeInput.date("２０２６年１２月１日") == nil)
    }

    @Test(arguments: [
        ("９２０００００", 9_200_000), ("１２，０００，０００", 12_000_000), ("12,000,000", 12_000_000),
        ("12_000_000", 12_000_000), ("３０", 30), ("－５", -5)
    ])
    func integers(typed: String, value: Int) {
        #expect(CodeInput.integer(typed) == value)
    }

    @Test(arguments: ["０１２３", "1.5", "１２万", "", "ten"])
    func notIntegers(typed: String) {
        #expect(CodeInput.integer(typed) == nil)
    }

    @Test func configEntriesByFullWidthIdOrHalfWidthLabel() {
        #expect(config.kind(named: "ｖｉｓｉｔ")?.id == "visit")
        #expect(config.kind(named: "ＷＥＢ会議")?.id == nil)  // NFKC does not fold case
        #expect(config.stage(named: "ｄｅｆｉｎｅ")?.id == "define")
        #expect(config.stage(named: "ﾃﾞﾘﾊﾞﾘｰ")?.id == "delivery")
        #expect(config.signal(named: "ｑｕｅｓｔｉｏｎ")?.id == "question")
        #expect(config.lostReason(named: "ｐｒｉｃｅ")?.id == "price")
        #expect(config.indicator(named: "ｅｍｐａｔｈｙ")?.id == "empathy")
        #expect(DealProcess.findStep("ｂｕｄｇｅｔ", stage: "discovery", config: config)?.id == "budget")
    }

    @Test func aLabelWithFullWidthLettersMatchesEitherWay() {
        var config = self.config
        config.kinds.append(Config.Kind(id: "rfp", label: "ＲＦＰ受領", points: 2))
        #expect(config.kind(named: "RFP受領")?.id == "rfp")
        #expect(config.kind(named: "ＲＦＰ受領")?.id == "rfp")
    }

    @Test func rolesAndStancesAreCodes() {
        #expect(KeyPerson.Role(input: "Ｄ") == .D)
        #expect(KeyPerson.Stance(input: "ｓｕｐｐｏｒｔｅｒ") == .supporter)
        #expect(KeyPerson.Authority(input: "ｓｔｒｏｎｇ") == .strong)
    }

    @Test func homeworkDueDateIsACodeButItsTextIsKept() throws {
        // `；` is a semicolon too (issue 19, item 1); the text keeps its `、` and full width.
        let item = try Report.Homework(semicolonSeparated: "見積を再提出、急ぎ；ＳＥ 山田;２０２６－１２－０１")
        #expect(item.text == "見積を再提出、急ぎ")
        #expect(item.assignee == "ＳＥ 山田")
        #expect(item.due == CalendarDate(year: 2026, month: 12, day: 1))
    }
}
