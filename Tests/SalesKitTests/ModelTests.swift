import Testing

@testable import SalesKit

@Suite struct ConfigTests {
    @Test func defaultTextParsesToTheDefaults() throws {
        let config = try Config.parse(Array(Config.defaultYAML.utf8))
        #expect(config.stages.map(\.id) == ["discovery", "define", "decision", "delivery", "maintenance"])
        #expect(config.stages.map(\.probability) == [10, 30, 60, 90, 100])
        #expect(config.stage(named: "決定")?.id == "decision")
        #expect(config.staleDays(forStage: "decision") == 14)
        #expect(config.staleDays(forStage: "define") == 30)
        #expect(config.kind(named: "来社")?.points == 5)
        #expect(config.titles.first?.keywords.contains("社長") == true)
        #expect(config.indicators.first { $0.id == "competitor" }?.good == .no)
        #expect(Config.defaults.stages.count == 5)
    }

    @Test func missingSectionsTakeDefaults() throws {
        let config = try Config.parse(Array("currency: USD\nstale_days: 21\n".utf8))
        #expect(config.currency == "USD")
        #expect(config.staleDays == 21)
        #expect(config.kinds == Config.defaults.kinds)
    }

    @Test func badValuesNameTheirPlace() {
        #expect(
            throws: SalesError.invalidFile(
                Finding(
                    path: "salesctl.yaml", line: 1, column: 13, code: "type",
                    message: "'stale_days' must be a whole number (like 1200000), not 'thirty'"))
        ) {
            try Config.parse(Array("stale_days: thirty\n".utf8))
        }
    }
}

@Suite struct DealTests {
    @Test func writtenDealsReadBackEqual() throws {
        var deal = Deal(
            id: "acme-erp", title: "no", customer: "株式会社アクメ", owner: "佐藤 健", members: ["田中"],
            stage: "define", status: .onHold, amount: 0, currency: "JPY",
            created: CalendarDate(year: 2026, month: 7, day: 1), expectedClose: nil, source: "0123",
            keyPersons: [KeyPerson(name: "山田", title: "部長", role: .D, stance: .opposed, authority: .weak)])
        deal.checklist = [.init(step: "budget", done: CalendarDate(year: 2026, month: 8, day: 3), note: "確認済: 4,500万円")]
        deal.history = [
            Deal.Event(
                date: CalendarDate(year: 2026, month: 7, day: 1), by: "佐藤 健", kind: "created",
                fields: [("stage", "define"), ("forced", "true")])
        ]
        let text = deal.yamlText
        let parsed = try Deal.parse(try YAMLReader.parse(text, path: "d"), id: "acme-erp", path: "d")
        #expect(parsed.title == "no")
        #expect(parsed.source == "0123")
        #expect(parsed.status == .onHold)
        #expect(parsed.amount == 0)
        #expect(parsed.keyPersons == deal.keyPersons)
        #expect(parsed.checklist.map(\.note) == ["確認済: 4,500万円"])
        #expect(parsed.history == deal.history)
        #expect(text.contains("    forced: true\n"))
    }

    @Test(arguments: [
        ("customer: c\nstage: define\ncreated: 2026-01-01\n", "missing-field"),
        ("title: t\ncustomer: c\nstage: define\ncreated: 2026-02-30\n", "bad-date"),
        ("title: t\ncustomer: c\nstage: define\ncreated: 2026-01-01\namount: 1.5\n", "type"),
        ("title: t\ncustomer: c\nstage: define\ncreated: 2026-01-01\nstatus: done\n", "bad-value"),
        (
            "title: t\ncustomer: c\nstage: define\ncreated: 2026-01-01\nkey_persons:\n  - name: x\n    stance: happy\n",
            "bad-value"
        ),
        ("title: [t]\ncustomer: c\nstage: define\ncreated: 2026-01-01\n", "type"),
        ("- a\n", "type")
    ])
    func badDealsAreRefusedWithACode(_ text: String, _ code: String) throws {
        do {
            _ = try Deal.parse(try YAMLReader.parse(text, path: "d"), id: "x", path: "d")
            Issue.record("accepted")
        } catch SalesError.invalidFile(let finding) {
            #expect(finding.code == code)
            #expect(finding.line != nil)
        }
    }

    @Test func stanceInputs() {
        #expect(KeyPerson.Stance(input: "○") == .supporter)
        #expect(KeyPerson.Stance(input: "×") == .opposed)
        #expect(KeyPerson.Stance(input: "−") == .neutral)
        #expect(KeyPerson.Stance(input: "Opposed") == .opposed)
        #expect(KeyPerson.Stance(input: "?") == nil)
    }
}

@Suite struct StoreNamingTests {
    @Test(arguments: [
        "../x", "/etc/passwd", "a/b", ".", "..", "A", "é", "a b", "a\u{0}b", String(repeating: "a", count: 65), "", "-a"
    ])
    func hostileIDsAreRefused(_ id: String) {
        #expect(!DealID.isValid(id))
    }

    @Test(arguments: ["a", "acme-erp", "0", String(repeating: "a", count: 64), "x-1-2"])
    func goodIDs(_ id: String) {
        #expect(DealID.isValid(id))
    }

    @Test func reportNames() throws {
        let name = try #require(ReportName(fileName: "2026-11-20-acme-erp-3f9a2c.md"))
        #expect(name.deal == "acme-erp")
        #expect(name.suffix == "3f9a2c")
        #expect(name.relativePath == "reports/2026/11/2026-11-20-acme-erp-3f9a2c.md")
        #expect(ReportName(fileName: "notes.md") == nil)
        #expect(ReportName(fileName: "2026-11-20-acme.md") == nil)
        #expect(ReportName(fileName: "2026-13-20-acme-x.md") == nil)
        #expect(ReportName(fileName: "2026-11-20-../x-1.md") == nil)
        // Found by FuzzValues: a suffix with dots made a path containing "..".
        #expect(ReportName(fileName: "2026-05-11-224-a9-224-a9..md") == nil)
        #expect(ReportName(fileName: "2026-11-20-acme-3F9A2C.md") == nil)
        #expect(ReportName(fileName: "2026-11-20-アクメ-3f9a2c.md") == nil)
        #expect(ReportName(fileName: "2026-11-20-acme-3f9a2c.md")?.suffix == "3f9a2c")
    }

    @Test func closestMatchSuggestsTypos() {
        #expect(closestMatch(to: "acme-erb", in: ["acme-erp", "kita-crm"]) == "acme-erp")
        #expect(closestMatch(to: "zzz", in: ["acme-erp"]) == nil)
    }

    @Test func frontMatterSplit() throws {
        let text = "---\ndate: 2026-11-20\ndeal: a\nkind: visit\n---\n\n本文\n"
        let report = try Array(text.utf8).withUnsafeBytes { try Report.parse($0, path: "r.md") }
        #expect(report.body == "本文\n")
        #expect(report.marks["deal"]?.line == 2)
    }

    @Test func messagesEscapeControlCharacters() {
        #expect(quoted("a\u{1B}[31mb\nc") == "'a\\u{1b}[31mb\\nc'")
        #expect(quoted(String(repeating: "x", count: 500)).count < 130)
    }
}
