import Foundation
import Testing

/// Table headings and the status, standing and signal words in both languages; CSV, TSV and
/// JSON the same in both.
@Suite struct LanguageTableTests {
    static func run(_ arguments: [String], in dir: String, _ language: String) throws -> Harness.Result {
        try Harness.run(arguments, in: dir, environment: ["SALESCTL_TODAY": "2026-11-20", "SALESCTL_LANG": language])
    }

    @Test func headingsAndWordsForPeople() throws {
        let dir = try Harness.copyExample("basic")
        let ja = try Self.run(["deal", "list"], in: dir, "ja").stdout
        #expect(ja.hasPrefix("ID  "))
        #expect(ja.contains("件名") && ja.contains("受注予定日") && ja.contains("最終接触日"))
        #expect(ja.contains(" 保留 ") && ja.contains(" 受注 "))
        let en = try Self.run(["deal", "list"], in: dir, "en").stdout
        #expect(en.hasPrefix("id  ") && en.contains("expected_close") && en.contains(" on-hold "))
        let stale = try Self.run(["stale", "list"], in: dir, "ja").stdout
        #expect(stale.contains("最終接触日") && stale.contains(" 低下 ") && stale.contains("1(期限切れ 1)"))
        #expect(try Self.run(["stale", "list"], in: dir, "en").stdout.contains(" falling "))
        let map = try Self.run(["person", "map", "tokai-erp"], in: dir, "ja").stdout
        #expect(map.contains("役割  スタンス    氏名       役職 "))
        #expect(map.contains("○ 後援者"))
        let homework = try Self.run(["homework", "list"], in: dir, "ja").stdout
        #expect(homework.contains("期限切れ 112日"))
        let markdown = try Self.run(["stale", "list", "--format", "markdown"], in: dir, "ja").stdout
        #expect(markdown.hasPrefix("| 商談 "))
    }

    @Test(arguments: [
        ["deal", "list"], ["stale", "list"], ["homework", "list"], ["forecast"], ["lost"], ["energy", "score"]
    ])
    func scriptsReadTheSameInBothLanguages(command: [String]) throws {
        let dir = try Harness.copyExample("basic")
        for format in ["csv", "tsv", "json", "excel"] {
            let en = try Self.run(command + ["--format", format], in: dir, "en")
            let ja = try Self.run(command + ["--format", format], in: dir, "ja")
            #expect(en.status == 0)
            #expect(!en.stdout.isEmpty)
            #expect(ja.stdout == en.stdout, "\(command) --format \(format)")
        }
    }
}
