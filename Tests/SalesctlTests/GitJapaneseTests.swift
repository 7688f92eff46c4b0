import Foundation
import Testing

/// `git setup` and the merge driver in Japanese (issue 21): what they say, with real git.
@Suite struct GitJapaneseTests {
    static let ja = ["SALESCTL_LANG": "ja"]

    @Test func setupSaysWhatItChangedInJapanese() throws {
        let dir = try GitSetupTests.repository()
        let first = try GitSetupTests.salesctl(["git", "setup"], in: dir, Self.ja)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(
            first.stdout == """
                git config merge.salesctl.name を "salesctl deal history" に設定しました
                git config merge.salesctl.driver を "salesctl merge-driver %O %A %B %P" に設定しました
                .gitattributes に追加しました: *.yaml text eol=lf, *.md text eol=lf, deals/*.yaml merge=salesctl(どのクローンにも必要なので、コミットしてください)

                """)
        let again = try GitSetupTests.salesctl(["git", "setup"], in: dir, Self.ja)
        #expect(again.stdout == "変更はありません。マージドライバーは設定済みです\n")
        let hook = try GitSetupTests.salesctl(["git", "setup", "--hook"], in: dir, Self.ja)
        #expect(hook.stdout == "pre-commit フック .git/hooks/pre-commit を入れました。コミットの前に毎回 'salesctl check' を実行します\n")
        let path = dir + "/.git/hooks/pre-commit"
        try (try Harness.read(path) + "# an older version\n").write(toFile: path, atomically: false, encoding: .utf8)
        let updated = try GitSetupTests.salesctl(["git", "setup", "--hook"], in: dir, Self.ja)
        #expect(updated.stdout == "pre-commit フック .git/hooks/pre-commit を更新しました。コミットの前に毎回 'salesctl check' を実行します\n")
        let hookAgain = try GitSetupTests.salesctl(["git", "setup", "--hook"], in: dir, Self.ja)
        #expect(hookAgain.stdout == "変更はありません。マージドライバーも pre-commit フックも設定済みです\n")
        try GitSetupTests.git(["config", "merge.salesctl.driver", "other-driver %A"], in: dir)
        let forced = try GitSetupTests.salesctl(["git", "setup", "--force"], in: dir, Self.ja)
        #expect(
            forced.stdout
                == "git config merge.salesctl.driver を \"salesctl merge-driver %O %A %B %P\" に設定しました(変更前: 'other-driver %A')\n"
        )
    }

    @Test func theMergeDriverSpeaksJapanese() throws {
        let (conflict, _) = try Self.drive(ours: "title: x\nstage: b\n", theirs: "title: x\nstage: c\n")
        #expect(conflict.status == 1)
        #expect(
            conflict.stderr
                == "salesctl merge-driver: deals/acme.yaml: 両方の側で 'stage' が変わりました。その行だけを衝突マーカーで囲み、履歴のイベントはすべて残しました\n"
        )
        let fields = (0..<12).map { "f\($0)" }
        let base = fields.map { "\($0): a\n" }.joined()
        let (many, _) = try Self.drive(
            ours: base.replacingOccurrences(of: ": a\n", with: ": b\n"),
            theirs: base.replacingOccurrences(of: ": a\n", with: ": c\n"), base: base)
        #expect(
            many.stderr == "salesctl merge-driver: deals/acme.yaml: 両方の側で "
                + fields.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
                + " ほか 2 か所が変わりました。それらの行だけを衝突マーカーで囲み、履歴のイベントはすべて残しました\n")
        let (broken, _) = try Self.drive(ours: "title: [x\n", theirs: "title: y\n")
        #expect(
            broken.stderr
                == "salesctl merge-driver: deals/acme.yaml: ours:2:1: error: [yaml-syntax] […] のリストの読み取り中: ',' か ']' が見つかりません(1 行 8 列から)。行単位でマージします\n"
        )
        let ended = "title: x\nhistory:\n  - date: 2026-11-01\n    event: created\n...\n"
        let (unfit, _) = try Self.drive(
            ours: ended.replacingOccurrences(of: "...\n", with: "  - date: 2026-11-20\n    event: x\n...\n"),
            theirs: ended.replacingOccurrences(of: "...\n", with: "source: y\n...\n"), base: ended)
        #expect(
            unfit.stderr
                == "salesctl merge-driver: deals/acme.yaml: 3 つの版を項目単位では組み合わせられません(ドキュメントの区切りがあるか、片方でリストのインデントが変わっていませんか?)。行単位でマージします\n"
        )
        let (whole, _) = try Self.drive(ours: "- a\n", theirs: "- b\n", base: "- c\n")
        #expect(whole.stderr.hasPrefix("salesctl merge-driver: deals/acme.yaml: base: error: [type] 商談ファイルは"))
    }

    /// git runs the driver at the top of the work tree: a store below it (sales/) is found from
    /// the deal file's path, and its `language: ja` speaks.
    @Test func aStoreBelowTheTopSpeaksItsLanguage() throws {
        let top = try Harness.temporaryDirectory()
        #expect(try Harness.run(["init", top + "/sales"]).status == 0)
        for (name, text) in [
            ("base", "title: x\nstage: a\n"), ("ours", "title: x\nstage: b\n"), ("theirs", "title: x\nstage: c\n")
        ] {
            try text.write(toFile: top + "/" + name, atomically: false, encoding: .utf8)
        }
        let result = try Harness.run(
            ["merge-driver", "base", "ours", "theirs", "sales/deals/acme.yaml"], in: top,
            environment: ["SALESCTL_LANG": ""])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("salesctl merge-driver: sales/deals/acme.yaml: 両方の側で 'stage' が変わりました"))
    }

    /// The three versions in a fresh directory, merged by the driver in Japanese.
    static func drive(ours: String, theirs: String, base: String = "title: x\nstage: a\n") throws -> (
        result: Harness.Result, merged: String
    ) {
        let dir = try Harness.temporaryDirectory()
        for (name, text) in [("base", base), ("ours", ours), ("theirs", theirs)] {
            try text.write(toFile: dir + "/" + name, atomically: false, encoding: .utf8)
        }
        let result = try Harness.run(
            ["merge-driver", "base", "ours", "theirs", "deals/acme.yaml"], in: dir, environment: Self.ja)
        return (result, try Harness.read(dir + "/ours"))
    }
}
