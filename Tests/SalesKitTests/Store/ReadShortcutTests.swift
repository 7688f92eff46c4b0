import Foundation
import Testing

@testable import SalesKit

/// The shortcuts the read path takes at 200k reports must give the answers of the plain code
/// they replace: byte-level keys and spaces, width fast paths, the month-directory test, the
/// streamed table, batched scoring, the payload spill.
@Suite struct ReadShortcutTests {
    @Test func textKeysCompareAndHashByBytes() {
        #expect(TextKey("山田 太郎") == TextKey("山田 太郎"))
        #expect(TextKey("山田 太郎") != TextKey("山田太郎"))
        #expect(Set([TextKey("部長"), TextKey("部長"), TextKey("課長"), TextKey("")]).count == 3)
        // Exact spelling: a decomposed が (か + U+3099) is another key, though `==` on String says equal.
        #expect("が" == "か\u{3099}")
        #expect(TextKey("が") != TextKey("か\u{3099}"))
    }

    @Test(arguments: [
        ("山田 太郎", "山田太郎"), ("山田\u{3000}太郎", "山田太郎"), ("\t山田 太郎 ", "山田太郎"), ("山田太郎", "山田太郎"),
        ("Ann Lee", "AnnLee"), ("", ""), ("あ\u{3000}", "あ"), ("\u{3000}\u{3000}", ""),
        // E3 80 80 only as a whole character: 　 (U+3000's neighbours) and 「 stay.
        ("「山田」", "「山田」"), ("、。", "、。")
    ])
    func personKeysDropSpacesByteByByte(name: String, key: String) {
        #expect(KeyPerson.nameKey(name) == key)
        #expect(KeyPerson.nameKey(name) == String(name.filter { $0 != " " && $0 != "\u{3000}" && $0 != "\t" }))
        #expect(KeyPerson.nameKey(name) == String(name.filter { !$0.isWhitespace }))
    }

    @Test(arguments: ["山田\u{00A0}太郎", "山田\u{2003}太郎", "山田\n太郎", "山田\u{1680}太郎", "\u{205F}山田太郎"])
    func nameKeysDropEveryWhitespace(name: String) {
        #expect(KeyPerson.nameKey(name) == "山田太郎")
    }

    @Test(arguments: ["部長", " 部長", "部長 ", "\u{3000}部長\u{3000}", "\t課長\t", "", " ", "情報 システム部", "あ"])
    func trimmingSpacesFastPathEqualsTheCharacterWalk(text: String) {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        let walked =
            text.firstIndex(where: { !isSpace($0) }).map { String(text[$0...text.lastIndex(where: { !isSpace($0) })!]) }
            ?? ""
        #expect(text.trimmingSpaces == walked)
        #expect(text[...].trimmingSpaces == walked)
    }

    @Test(arguments: [
        "山田 太郎", "ABC", "ｶﾞｲﾄﾞ", "か\u{3099}き", "e\u{301}", "👨‍👩‍👧", "❤️", "部長・課長", "ｱ", "\u{200B}x", "ー〜",
        "漢字とカタカナとひらがな", "Ω≈", "\u{FF21}"
    ])
    func displayWidthFastPathAgreesWithGraphemes(text: String) {
        #expect(displayWidth(text) == text.reduce(0) { $0 + graphemeWidth($1) })
    }

    @Test func controlCharactersAreFoundInUTF8() {
        #expect(hasControlCharacter("a\u{7}b"))
        #expect(hasControlCharacter("a\u{7F}"))
        #expect(hasControlCharacter("x\u{85}y"))  // C1 NEL: C2 85
        #expect(!hasControlCharacter("é ü ©"))  // C3 A9, C2 A9: not controls
        #expect(!hasControlCharacter("山田 太郎"))
    }

    @Test(arguments: [
        ("reports/2026/11/2026-11-20-acme-erp-3f9a2c.md", true),
        ("reports/2026/10/2026-11-20-acme-erp-3f9a2c.md", false),
        ("reports/2025/11/2026-11-20-acme-erp-3f9a2c.md", false),
        ("reports/2026/11/x/2026-11-20-acme-erp-3f9a2c.md", false),
        ("report/2026/11/2026-11-20-acme-erp-3f9a2c.md", false),
        ("reports/2026/1/2026-11-20-acme-erp-3f9a2c.md", false),
        ("reports/20x6/11/2026-11-20-acme-erp-3f9a2c.md", false), ("reports/2026/11/", false), ("reports/2026", false)
    ])
    func monthDirectoryTestMatchesRelativePath(path: String, inPlace: Bool) {
        let date = CalendarDate(year: 2026, month: 11, day: 20)
        #expect(ReportName.isInMonthDirectory(path, of: date) == inPlace)
        if let name = ReportName(fileName: Store.fileName(of: path)) {
            #expect(inPlace == (ReportName(date: date, deal: name.deal, suffix: name.suffix).relativePath == path))
        }
    }

    @Test func streamedTableEqualsTheWholeString() {
        let rows = (0..<3000).map { i in ["deal-\(i)", i % 3 == 0 ? "株式会社アクメ\u{7}" : "東海", String(i * 7), "山田 太郎 (部長)"]
        }
        let table = TextTable(
            columns: [
                .init(header: "deal"), .init(header: "customer", maxWidth: 8),
                .init(header: "total", alignment: .right), .init(header: "people")
            ], rows: rows)
        var pieces: [String] = []
        table.render(maxWidth: 60) { pieces.append($0) }
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.hasSuffix("\n") })
        #expect(pieces.joined() == table.render(maxWidth: 60))
        let lines = table.render().split(separator: "\n")
        #expect(lines.count == 3001)
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func batchedScoresEqualOneByOne() {
        let config = Config.defaults
        let today = CalendarDate(year: 2026, month: 11, day: 20)
        let titles = ["部長", "課長", "代表取締役社長", "顧問", " 本部長 "]
        var reports: [Report] = []
        for i in 0..<400 {
            let day = today.adding(days: -(i * 3) % 200)
            let deal = "deal-\(i % 7)"
            reports.append(
                Report(
                    path: "reports/x/\(day)-\(deal)-\(String(i, radix: 36)).md", date: day, deal: deal,
                    author: nil, kind: ["visit", "phone", "email", "unknown"][i % 4],
                    attendees: [
                        .init(
                            name: i % 2 == 0 ? "山田 太郎" : "山田\u{3000}太郎", title: titles[i % 5],
                            department: i % 3 == 0 ? "情報システム部" : nil)
                    ],
                    signals: i % 5 == 0 ? ["question"] : []))
        }
        reports.shuffle()  // `scores` must sort what `loadReports` would have sorted
        let deals = (0..<8).map {
            Deal(
                id: "deal-\($0)", title: "t", customer: "c", stage: "define", created: today.adding(days: -300),
                keyPersons: [KeyPerson(name: "山田太郎", title: "部長", role: .D)])
        }
        let batched = Energy.scores(deals: deals, reports: reports, config: config, today: today, keepLines: true)
        let light = Energy.scores(deals: deals, reports: reports, config: config, today: today, keepLines: false)
        for (k, deal) in deals.enumerated() {
            let single = Energy.score(deal: deal, reports: reports, config: config, today: today)
            #expect(batched[k] == single)
            var withoutLines = single
            withoutLines.lines = []
            #expect(light[k] == withoutLines)
        }
        #expect(batched[7].reportCount == 0)
    }

    @Test func spilledPayloadsReadBackInOrder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("salesctl-spill-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let spill = try #require(PayloadSpill(directory: dir))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)  // unlinked at once
        var expected: [(Int, [UInt8])] = []
        for i in 0..<3000 {
            let payload = Array("payload \(i) 山田".utf8) + [UInt8](repeating: UInt8(i % 251), count: i % 700)
            expected.append((spill.append(payload), payload))
        }
        let mapping = try #require(spill.map())
        for (offset, payload) in expected {
            #expect(Array(mapping.bytes[offset..<offset + payload.count]) == payload)
        }
    }

    @Test func oneListingServesLastContactsAndLoads() throws {
        let t = try CacheTests()
        defer { try? FileManager.default.removeItem(atPath: t.root) }
        let listing = t.store.listReports()
        #expect(
            t.store.lastContacts(until: CacheTests.today, in: listing) == t.store.lastContacts(until: CacheTests.today))
        #expect(t.store.lastContacts(in: listing)["acme-erp"] == CalendarDate(year: 2026, month: 11, day: 10))
        let shared = t.store.loadReports(deals: ["acme-erp"], detail: .summary, listing: listing)
        let own = t.store.loadReports(deals: ["acme-erp"], detail: .summary)
        #expect(shared.reports == own.reports && shared.findings == own.findings)
        #expect(!shared.reports.isEmpty)
    }
}
