import Foundation
import Testing

/// The language setting (issue 21, item 1): `language:` in salesctl.yaml, SALESCTL_LANG over it,
/// English without either; `init` writes ja unless told en.
@Suite struct LanguageTests {
    @Test func initWritesJapaneseUnlessToldEnglish() throws {
        let dir = try Harness.temporaryDirectory()
        #expect(try Harness.run(["init", "ja-team"], in: dir).status == 0)
        #expect(try Harness.read(dir + "/ja-team/salesctl.yaml").contains("\nlanguage: ja\n"))
        #expect(try Harness.run(["init", "--language", "en", "en-team"], in: dir).status == 0)
        #expect(try Harness.read(dir + "/en-team/salesctl.yaml").contains("\nlanguage: en\n"))
        let ja = try Harness.run(
            ["-C", "ja-team", "deal", "show", "nothing"], in: dir, environment: ["SALESCTL_LANG": ""])
        #expect(ja.stderr == "salesctl: 商談 'nothing' はありません\n")
        #expect(ja.status == 1)
        let en = try Harness.run(
            ["-C", "en-team", "deal", "show", "nothing"], in: dir, environment: ["SALESCTL_LANG": ""])
        #expect(en.stderr == "salesctl: no deal 'nothing'\n")
    }

    @Test func theEnvironmentWinsAndAStoreWithoutTheKeySpeaksEnglish() throws {
        let dir = try Harness.copyExample("basic")
        let plain = try Harness.run(["deal", "show", "tokai-erb"], in: dir, environment: ["SALESCTL_LANG": ""])
        #expect(plain.stderr == "salesctl: no deal 'tokai-erb'\nhint: did you mean 'tokai-erp'?\n")
        let ja = try Harness.run(["deal", "show", "tokai-erb"], in: dir, environment: ["SALESCTL_LANG": "ja"])
        #expect(ja.stderr == "salesctl: 商談 'tokai-erb' はありません\nhint: 'tokai-erp' のことですか?\n")
        let bad = try Harness.run(["deal", "list"], in: dir, environment: ["SALESCTL_LANG": "fr"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "salesctl: invalid SALESCTL_LANG 'fr' (expected ja or en)\n")
    }

    @Test func codesIdsAndJSONStayTheSame() throws {
        let dir = try Harness.copyExample("basic")
        let en = try Harness.run(
            ["deal", "list", "--format", "json"], in: dir, environment: ["SALESCTL_TODAY": "2026-11-20"])
        let ja = try Harness.run(
            ["deal", "list", "--format", "json"], in: dir,
            environment: ["SALESCTL_TODAY": "2026-11-20", "SALESCTL_LANG": "ja"])
        #expect(en.stdout == ja.stdout)
        #expect(!en.stdout.isEmpty)
    }
}
