import Foundation
import Testing

@testable import SalesKit

/// Dates, amounts, names and text as CRMs write them.
@Suite struct ImportValuesTests {
    let tokyo = TimeZone(identifier: "Asia/Tokyo")!

    @Test(arguments: [
        ("2026-06-15", "2026-06-15"), ("2026/6/5", "2026-06-05"), ("2026年6月15日", "2026-06-15"),
        ("２０２６/０６/１５", "2026-06-15"), ("2026-06-15 10:23", "2026-06-15"), ("2026-06-15 23:59:59", "2026-06-15"),
        // UTC moments become the team's day (Asia/Tokyo is +9).
        ("2026-06-15T14:59:59.000Z", "2026-06-15"), ("2026-06-15T15:00:00.000Z", "2026-06-16"),
        ("2026-06-15T20:00:00-05:00", "2026-06-16"), ("2026-06-15T08:00:00+0900", "2026-06-15")
    ])
    func dates(_ text: String, _ expected: String) {
        #expect(ImportValues.date(text, order: .ymd, zone: tokyo)?.description == expected)
    }

    @Test func dateOrders() {
        #expect(ImportValues.date("06/15/2026", order: .mdy, zone: tokyo)?.description == "2026-06-15")
        #expect(ImportValues.date("15/06/2026", order: .dmy, zone: tokyo)?.description == "2026-06-15")
        #expect(ImportValues.date("06/15/2026", order: .ymd, zone: tokyo) == nil)
        for bad in ["", "2026-02-30", "tomorrow", "2026-06", "=TODAY()", "2026-06-15x"] {
            #expect(ImportValues.date(bad, order: .ymd, zone: tokyo) == nil, "\(bad)")
        }
    }

    @Test func amounts() {
        #expect(ImportValues.amount("48000000") == 48_000_000)
        #expect(ImportValues.amount("48,000,000") == 48_000_000)
        #expect(ImportValues.amount("¥48,000,000") == 48_000_000)
        #expect(ImportValues.amount("JPY 48000000") == 48_000_000)
        #expect(ImportValues.amount("32000000.0") == 32_000_000)
        #expect(ImportValues.amount("1234.5") == 1235)
        #expect(ImportValues.amount("１２０万") == nil)
        #expect(ImportValues.amount("-500") == -500)
        #expect(ImportValues.amount("=1+1") == nil)
        #expect(ImportValues.amount("1.2.3") == nil)
        #expect(ImportValues.amount("") == nil)
    }

    @Test func peopleAndLines() {
        #expect(ImportValues.people("木村 直樹; 清水 彩") == ["木村 直樹", "清水 彩"])
        #expect(ImportValues.people("小林 正人 (kobayashi@example.jp)、井上 美和") == ["小林 正人", "井上 美和"])
        #expect(ImportValues.line("  二行の\n件名\t です ") == "二行の 件名 です")
        #expect(ImportValues.body("一行目\r\n二行目\r\n\r\n") == "一行目\n二行目")
        #expect(ImportValues.controlCharacter(in: "a\u{0}b") == "U+0000")
        #expect(ImportValues.controlCharacter(in: "a\tb\nc") == nil)
    }
}
