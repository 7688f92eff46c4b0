import Foundation
import Testing

/// The exit-code table, end to end: 0 ok; 1 refused, not found, or findings; 2 a malformed
/// command line or value; 75 lock busy (CrashTests.heldLockTimesOutWithExit75). The error's
/// kind decides the code.
@Suite struct ExitCodeTests {
    static let today = ["SALESCTL_TODAY": "2026-11-20"]

    @Test(
        arguments: [
            // Not found, or refused: 1 (report show and homework done were 2 before issue 18).
            (["report", "show", "zzzzzz"], 1, "salesctl: no report 'zzzzzz'\n"),
            (
                ["homework", "done", "2026-08-04-tokai-erp-65298b#1"], 1,
                "salesctl: homework '2026-08-04-tokai-erp-65298b#1' is already done (2026-08-17, 田中 美咲)\n"
            ),
            (["deal", "show", "nope"], 1, "salesctl: no deal 'nope'\n"),
            (
                ["deal", "win", "minato-sfa"], 1,
                "salesctl: deal 'minato-sfa' is lost; reopen it first: salesctl deal reopen minato-sfa\n"
            ),
            // Malformed values: 2, and the message names the flag.
            (
                ["deal", "drop", "tokai-erp"], 2,
                "salesctl: 'deal drop' needs --reason CODE; valid: price (価格), competitor (競合に負けた), no-budget (予算なし), "
                    + "timing (時期が合わない), no-decision (意思決定されず), lost-contact (連絡が途絶えた)\n"
            ),
            (
                ["deal", "advance", "kansai-logi", "--force"], 2,
                "salesctl: --force needs --reason TEXT: say why the deal moves without the missing steps\n"
            ),
            (["deal", "new", "x-1", "--title", " ", "--customer", "c"], 2, "salesctl: --title must not be empty\n"),
            (
                ["report", "add", "--deal", "tokai-erp", "--kind", "visit", "--date", "2026-11-21", "-m", "x"], 2,
                "salesctl: report date 2026-11-21 is after today (2026-11-20)\n"
            ),
            (
                ["deal", "new", "Bad_ID", "--title", "t", "--customer", "c"], 2,
                "salesctl: invalid deal id 'Bad_ID': use only lower-case letters a-z, digits and '-' (like acme-erp)\n"
            ),
            (
                ["deal", "show", "../x"], 2,
                "salesctl: invalid deal id '../x': use only lower-case letters a-z, digits and '-' (like acme-erp)\n"
            ),
            (
                ["deal", "list", "--today", "soon"], 2,
                "salesctl: invalid date 'soon' for --today (expected YYYY-MM-DD)\n"
            )
        ] as [([String], Int32, String)])
    func codeFollowsTheKindOfError(arguments: [String], status: Int32, message: String) throws {
        let dir = try Harness.copyExample("basic")
        let before = try Harness.snapshot(dir)
        let result = try Harness.run(arguments, in: dir, environment: Self.today)
        #expect(result.status == status)
        #expect(result.stderr == message)
        #expect(result.stdout.isEmpty)
        #expect(try Harness.snapshot(dir) == before)
    }

    @Test func badTodayFromTheEnvironmentNamesTheVariable() throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(["stale", "list"], in: dir, environment: ["SALESCTL_TODAY": "tomorrow"])
        #expect(result.status == 2)
        #expect(result.stderr == "salesctl: invalid date 'tomorrow' in SALESCTL_TODAY (expected YYYY-MM-DD)\n")
        let ja = try Harness.run(
            ["stale", "list"], in: dir, environment: ["SALESCTL_TODAY": "tomorrow", "SALESCTL_LANG": "ja"])
        #expect(ja.status == 2)
        #expect(ja.stderr == "salesctl: SALESCTL_TODAY の日付 'tomorrow' が読めません(YYYY-MM-DD の形で書いてください)\n")
        // The flag wins over the variable, and a bad flag is named as the flag.
        let flag = try Harness.run(
            ["stale", "list", "--today", "soon"], in: dir, environment: ["SALESCTL_TODAY": "tomorrow"])
        #expect(flag.status == 2)
        #expect(flag.stderr == "salesctl: invalid date 'soon' for --today (expected YYYY-MM-DD)\n")
        let good = try Harness.run(
            ["stale", "list", "--today", "2026-11-20"], in: dir, environment: ["SALESCTL_TODAY": "tomorrow"])
        #expect(good.status == 0, "\(good.stderr)")
    }

    @Test func aDirectoryThatCannotBeEnteredIsRefused() throws {
        let elsewhere = try Harness.temporaryDirectory()
        let result = try Harness.run(["-C", "no-such-dir", "deal", "list"], in: elsewhere)
        #expect(result.status == 1)
        #expect(
            result.stderr == "salesctl: 'no-such-dir': cannot change to this directory: no such file or directory\n")
        let missing = try Harness.run(["-C"], in: elsewhere)
        #expect(missing.status == 2)
        #expect(missing.stderr == "salesctl: -C needs a directory\n")
    }

    /// A leading -C works as in git: the store is found from DIR and paths on the command line
    /// are relative to it; later -C options join the earlier ones.
    @Test func leadingDirectoryIsTheWorkingDirectory() throws {
        let dir = try Harness.copyExample("basic")
        let parent = (dir as NSString).deletingLastPathComponent
        let name = (dir as NSString).lastPathComponent
        try "電話で導入時期を確認\n".write(toFile: dir + "/body.md", atomically: false, encoding: .utf8)
        let elsewhere = try Harness.temporaryDirectory()
        let add = try Harness.run(
            [
                "-C", parent, "-C", name, "report", "add", "--deal", "kansai-logi", "--kind", "phone",
                "--file", "body.md"
            ], in: elsewhere, environment: Self.today)
        #expect(add.status == 0, "\(add.stderr)")
        let path = add.stdout.trimmingCharacters(in: .newlines)
        #expect(try Harness.read(dir + "/" + path).hasSuffix("\n電話で導入時期を確認\n"))
        let initialized = try Harness.run(["-C", elsewhere, "init", "team"], in: dir)
        #expect(initialized.status == 0)
        #expect(FileManager.default.fileExists(atPath: elsewhere + "/team/salesctl.yaml"))
    }
}
