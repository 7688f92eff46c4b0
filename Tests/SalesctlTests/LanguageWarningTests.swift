import Foundation
import Testing

/// Warnings, notes and hints on stderr in both languages.
@Suite struct LanguageWarningTests {
    @Test func skippedFilesAreWarnedAboutInTheStoresLanguage() throws {
        let dir = try Harness.copyExample("broken")
        let ja = try Harness.run(["deal", "list"], in: dir, environment: ["SALESCTL_LANG": "ja"])
        #expect(ja.stderr.contains("warning: 読めないため飛ばしました: deals/yaml-syntax.yaml:14:1: error: [yaml-syntax] "))
        #expect(ja.stderr.contains("\nwarning: 商談 10 件をこの出力と合計から除きました: deals/Bad_ID.yaml, "))
        #expect(ja.stderr.hasSuffix("\nhint: 飛ばしたファイルは手で直してください。'salesctl check' でストアの問題をすべて確認できます\n"))
        let en = try Harness.run(["deal", "list"], in: dir, environment: ["SALESCTL_LANG": "en"])
        #expect(en.stderr.contains("warning: skipped deals/yaml-syntax.yaml:14:1: error: [yaml-syntax] "))
        #expect(en.stderr.contains("\nwarning: 10 deals left out of this output and its totals: deals/Bad_ID.yaml, "))
    }

    @Test func anAttendeeWithoutATitle() throws {
        let arguments = ["report", "add", "--deal", "tokai-erp", "--kind", "visit", "--attendee", "岡田", "-m", "x"]
        let environment = ["SALESCTL_TODAY": "2026-11-20"]
        let ja = try Harness.run(
            arguments, in: try Harness.copyExample("basic"),
            environment: environment.merging(["SALESCTL_LANG": "ja"]) { $1 })
        #expect(ja.status == 0)
        #expect(
            ja.stderr == "warning: 出席者 '岡田' は役職がなく、'東海精機株式会社' のキーパーソンにも過去の接触相手にも当たりません。"
                + "エネルギーに数えるには \"氏名,役職[,部署]\" と書いてください\n")
        let en = try Harness.run(arguments, in: try Harness.copyExample("basic"), environment: environment)
        #expect(
            en.stderr.hasPrefix(
                "warning: attendee '岡田' has no title and matches no key person or earlier contact at '東海精機株式会社'; "))
    }

    @Test func checkFindingsSpeakTheLanguageButKeepTheirCodes() throws {
        let dir = try Harness.copyExample("broken")
        let ja = try Harness.run(["check"], in: dir, environment: ["SALESCTL_LANG": "ja"])
        #expect(ja.status == 1)
        #expect(
            ja.stdout.contains(
                "deals/unknown-stage.yaml:5:8: error: [unknown-stage] ステージ 'negotiation' は salesctl.yaml にありません(stages: "
            ))
        #expect(
            ja.stdout.contains(
                "deals/id-mismatch.yaml:2:5: error: [id-mismatch] id 'another-deal' がファイル名 'id-mismatch' と一致しません\n"))
        let en = try Harness.run(["check"], in: dir, environment: ["SALESCTL_LANG": "en"])
        #expect(
            en.stdout.contains(
                "deals/unknown-stage.yaml:5:8: error: [unknown-stage] stage 'negotiation' is not in salesctl.yaml (stages: "
            ))
        let json = ["check", "--format", "json"]
        #expect(
            try Harness.run(json, in: dir, environment: ["SALESCTL_LANG": "ja"]).stdout
                == (try Harness.run(json, in: dir, environment: ["SALESCTL_LANG": "en"])).stdout)
    }

    @Test func theFeedSpeaksTheLanguage() throws {
        let dir = try Harness.copyExample("basic")
        let arguments = ["feed", "--since", "2026-11-01", "--today", "2026-11-20"]
        let ja = try Harness.run(arguments, in: dir, environment: ["SALESCTL_LANG": "ja"])
        #expect(ja.stdout.contains("次: "))
        #expect(!ja.stdout.contains("next: "))
        let en = try Harness.run(arguments, in: dir, environment: ["SALESCTL_LANG": "en"])
        #expect(en.stdout.contains("next: "))
        let markdown = try Harness.run(
            arguments + ["--format", "markdown"], in: dir, environment: ["SALESCTL_LANG": "ja"])
        #expect(markdown.stdout.contains("  - 次: "))
    }
}
