import Foundation
import Testing

/// What the write commands say after a change, and the `stale list --suggest` advice, in both
/// languages. Scripts' output (JSON, CSV) is the same in both.
@Suite struct LanguageSuccessTests {
    static func run(_ arguments: [String], in dir: String, _ language: String) throws -> Harness.Result {
        try Harness.run(arguments, in: dir, environment: ["SALESCTL_TODAY": "2026-11-20", "SALESCTL_LANG": language])
    }

    @Test(arguments: [
        (
            ["deal", "step", "kansai-logi", "proposal", "--note", "提案書を提出"],
            "kansai-logi: checked 提案書と見積を準備 — 提案書を提出",
            "商談 kansai-logi: ステップ完了: 提案書と見積を準備 — 提案書を提出"
        ),
        (
            ["deal", "win", "tokai-erp", "--note", "注文書を受領"],
            "tokai-erp: status open → won — 注文書を受領",
            "商談 tokai-erp を受注にしました — 注文書を受領"
        ),
        (
            ["deal", "lose", "kansai-logi", "--reason", "competitor"],
            "kansai-logi: status open → lost (競合に負けた)",
            "商談 kansai-logi を失注にしました(理由: 競合に負けた)"
        ),
        (
            ["deal", "set", "aoba-rpa", "--amount", "9800000", "--expected-close", "2027-01-29"],
            "aoba-rpa: amount 4,500,000 → 9,800,000, expected close 2026-09-30 → 2027-01-29 (+121 days)",
            "商談 aoba-rpa: 金額 4,500,000 → 9,800,000, 受注予定日 2026-09-30 → 2027-01-29(+121日)"
        ),
        (
            ["next", "set", "hokuriku-ec", "見積を再提出", "--due", "2026-11-27"],
            "hokuriku-ec: next action: 見積を再提出 (due 2026-11-27)",
            "商談 hokuriku-ec: 次のアクション: 見積を再提出 (期限 2026-11-27)"
        )
    ])
    func successLines(arguments: [String], english: String, japanese: String) throws {
        let en = try Self.run(arguments, in: try Harness.copyExample("basic"), "en")
        #expect(en.status == 0)
        #expect(en.stdout == english + "\n")
        let ja = try Self.run(arguments, in: try Harness.copyExample("basic"), "ja")
        #expect(ja.status == 0)
        #expect(ja.stdout == japanese + "\n")
    }

    @Test func aStageMoveReadsAsASentenceInJapanese() throws {
        let dir = try Harness.copyExample("basic")
        for step in ["schedule", "competitors", "proposal"] {
            #expect(try Self.run(["deal", "step", "kansai-logi", step], in: dir, "ja").status == 0)
        }
        let ja = try Self.run(["deal", "advance", "kansai-logi"], in: dir, "ja")
        #expect(ja.stdout == "商談 kansai-logi を決定に進めました\n")
        let show = try Self.run(["deal", "show", "kansai-logi"], in: dir, "ja")
        #expect(show.stdout.contains("ステージ 定義 → 決定"))
        let json = try Self.run(["deal", "show", "kansai-logi", "--format", "json"], in: dir, "ja")
        #expect(json.stdout.contains("\"stage 定義 → 決定\""))
        #expect(
            json.stdout == (try Self.run(["deal", "show", "kansai-logi", "--format", "json"], in: dir, "en")).stdout)
    }

    @Test func suggestionsSpeakJapaneseForPeopleAndEnglishForScripts() throws {
        let dir = try Harness.copyExample("basic")
        let ja = try Self.run(["stale", "list", "--suggest"], in: dir, "ja")
        #expect(
            ja.stdout.contains(
                "    → 初回の接触をして 'salesctl report add --deal hokuriku-ec' で報告する(2026-10-01 の商談登録から活動報告がない)\n"))
        #expect(ja.stdout.contains("    → パワーストラクチャーを把握する: 誰が決め、誰が承認し、誰が影響力を持つかを聞いて記録する(キーパーソンが未登録)\n"))
        let en = try Self.run(["stale", "list", "--suggest"], in: dir, "en")
        #expect(
            en.stdout.contains(
                "    → make the first contact and log it with 'salesctl report add --deal hokuriku-ec' (no activity report since the deal was created on 2026-10-01)\n"
            ))
        for format in ["json", "csv", "tsv"] {
            let arguments = ["stale", "list", "--suggest", "--format", format]
            #expect(try Self.run(arguments, in: dir, "ja").stdout == (try Self.run(arguments, in: dir, "en")).stdout)
        }
        let markdown = try Self.run(["stale", "list", "--suggest", "--format", "markdown"], in: dir, "ja")
        #expect(markdown.stdout.contains("初回の接触をして"))
    }
}
