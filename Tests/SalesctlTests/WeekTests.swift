import Foundation
import Testing

/// End-to-end: issue 20's commands (deal set, next set/done, report add --next-due, agenda) on
/// copies of examples/basic, today 2026-11-20.
@Suite struct WeekTests {
    static let today = ["SALESCTL_TODAY": "2026-11-20"]

    @discardableResult
    func run(_ arguments: [String], in dir: String) throws -> Harness.Result {
        try Harness.run(arguments, in: dir, environment: Self.today)
    }

    @Test func dealSetChangesOnlyItsLinesAndShowsInShowAndFeed() throws {
        let dir = try Harness.copyExample("basic")
        let before = try Harness.read(dir + "/deals/kansai-logi.yaml")
        let result = try run(
            [
                "deal", "set", "kansai-logi", "--amount", "19,800,000", "--expected-close", "2027-02-26",
                "--note", "B社対抗で値引き"
            ], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        // 2027-01-29 → 2027-02-26: 2 days left in January + 26 = 28 days.
        #expect(
            result.stdout
                == "kansai-logi: amount 22,000,000 → 19,800,000, expected close 2027-01-29 → 2027-02-26 (+28 days) — B社対抗で値引き\n"
        )
        let after = try Harness.read(dir + "/deals/kansai-logi.yaml")
        let expected =
            before
            .replacingOccurrences(of: "amount: 22000000\n", with: "amount: 19800000\n")
            .replacingOccurrences(of: "expected_close: 2027-01-29\n", with: "expected_close: 2027-02-26\n")
            + (before.hasSuffix("\n") ? "" : "\n") + """
                  - date: 2026-11-20
                    by: 佐藤 健
                    event: changed
                    amount: 19800000
                    amount_was: 22000000
                    expected_close: 2027-02-26
                    expected_close_was: 2027-01-29
                    note: B社対抗で値引き

                """
        #expect(after == expected)
        let show = try run(["deal", "show", "kansai-logi"], in: dir)
        #expect(
            show.stdout.contains(
                "  2026-11-20 * amount 22,000,000 → 19,800,000, expected close 2027-01-29 → 2027-02-26 (+28 days) — B社対抗で値引き  佐藤 健\n"
            ))
        let feed = try run(["feed", "--since", "2026-11-20", "--format", "json"], in: dir)
        #expect(feed.stdout.contains("\"event\": \"changed\""))
        #expect(feed.stdout.contains("amount 22,000,000 → 19,800,000"))
        #expect(try run(["check"], in: dir).status == 0)
    }

    @Test func dealSetOwnerAndMembersMatchNames() throws {
        let dir = try Harness.copyExample("basic")
        let result = try run(["deal", "set", "hokuriku-ec", "--owner", "鈴木", "--add-member", "鈴木大輔"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "hokuriku-ec: owner 高橋 由美 → 鈴木 大輔, member added: 鈴木 大輔\n")
        let text = try Harness.read(dir + "/deals/hokuriku-ec.yaml")
        #expect(text.contains("owner: 鈴木 大輔\nmembers:\n  - 高橋 由美\n  - 鈴木 大輔\nstage: discovery\n"))
    }

    @Test(
        arguments: [
            (
                ["deal", "set", "tokai-erp"], 2,
                "salesctl: nothing to change; give at least one of --title, --customer, --amount, --currency, --expected-close, --owner, --source, --add-member, --rm-member\n"
            ),
            (["deal", "set", "tokai-erp", "--amount", "4千万"], 2, "salesctl: amount '4千万' is not a whole number\n"),
            (
                ["deal", "set", "tokai-erp", "--expected-close", "2027/01/29"], 2,
                "salesctl: invalid date '2027/01/29' for the expected close (expected YYYY-MM-DD)\n"
            ),
            (
                ["deal", "set", "tokai-erp", "--owner", "山本"], 1,
                "salesctl: no owner matches '山本'\nhint: known: '佐藤 健', '田中 美咲', '鈴木 大輔', '高橋 由美'\n"
            ),
            (
                ["deal", "set", "tokai-erp", "--add-member", "ghost"], 1,
                "salesctl: no member matches 'ghost'\nhint: known: '佐藤 健', '田中 美咲', '鈴木 大輔', '高橋 由美'\n"
            ),
            (
                ["deal", "set", "tokai-erp", "--stage", "define"], 2,
                "salesctl: unknown option '--stage'. Did you mean '--date'?\nUsage: salesctl deal set [<options>] <id>\n  See 'salesctl deal set --help' for more information.\n"
            ),
            (
                ["deal", "set", "tokai-erb", "--amount", "1"], 1,
                "salesctl: no deal 'tokai-erb'\nhint: did you mean 'tokai-erp'?\n"
            ),
            (
                ["deal", "set", "tokai-erp", "--amount", "48000000"], 1,
                "salesctl: deal 'tokai-erp' already has these values; nothing changed\n"
            ),
            (
                ["next", "set", "tokai-erp", "確認", "--due", "2026-11-31"], 2,
                "salesctl: invalid date '2026-11-31' for --due (expected YYYY-MM-DD)\n"
            ),
            (["next", "set", "tokai-erp", " ", "--due", "2026-11-30"], 2, "salesctl: a next action needs a text\n"),
            (
                ["next", "set", "tokai-erp", "確認", "--due", "2026-11-30", "--for", "ghost"], 1,
                "salesctl: no member matches 'ghost'\nhint: known: '佐藤 健', '田中 美咲', '鈴木 大輔', '高橋 由美'\n"
            ),
            (
                ["next", "set", "minato-sfa", "確認", "--due", "2026-11-30"], 1,
                "salesctl: deal 'minato-sfa' is lost; reopen it before planning a next action\n"
            ),
            (
                ["next", "done", "hokuriku-ec"], 1,
                "salesctl: deal 'hokuriku-ec' has no open next action\nhint: set one with 'salesctl next set hokuriku-ec TEXT --due YYYY-MM-DD'\n"
            ),
            (
                ["report", "add", "--deal", "tokai-erp", "--kind", "phone", "--next-due", "2026-11-30", "-m", "x"], 2,
                "salesctl: --next-due needs --next TEXT\nUsage: salesctl report add [<options>] --deal <deal>\n  See 'salesctl report add --help' for more information.\n"
            ),
            (
                [
                    "report", "add", "--deal", "tokai-erp", "--kind", "phone", "--next", "x", "--next-due", "11/30",
                    "-m", "x"
                ], 2,
                "salesctl: invalid date '11/30' for --next-due (expected YYYY-MM-DD)\n"
            ),
            (
                [
                    "report", "add", "--deal", "minato-sfa", "--kind", "phone", "--next", "x", "--next-due",
                    "2026-11-30", "-m", "x"
                ], 1,
                "salesctl: deal 'minato-sfa' is lost; reopen it before planning a next action\n"
            ),
            (
                ["agenda", "--for", "ghost"], 1,
                "salesctl: no member matches 'ghost'\nhint: known: '佐藤 健', '田中 美咲', '鈴木 大輔', '高橋 由美'\n"
            ),
            (["agenda", "--days=-1"], 2, "salesctl: --days must not be negative\n"),
            // A negative number after an option is its value, not an option (was "missing value").
            (["agenda", "--days", "-1"], 2, "salesctl: --days must not be negative\n")
        ] as [([String], Int32, String)])
    func errorsTouchNothing(arguments: [String], status: Int32, message: String) throws {
        let dir = try Harness.copyExample("basic")
        let before = try Harness.snapshot(dir)
        let result = try run(arguments, in: dir)
        #expect(result.status == status)
        #expect(result.stderr == message)
        #expect(result.stdout.isEmpty)
        #expect(try Harness.snapshot(dir) == before)
    }

    @Test func nextActionsSetDoneAndAgenda() throws {
        let dir = try Harness.copyExample("basic")
        let set = try run(
            ["next", "set", "tokai-erp", "小林取締役に稟議を確認", "--due", "2026-11-18", "--date", "2026-11-13"], in: dir)
        #expect(set.stdout == "tokai-erp: next action: 小林取締役に稟議を確認 (due 2026-11-18)\n")
        #expect(
            try run(["next", "set", "kansai-logi", "移行スケジュール案を提出", "--due", "2026-11-27", "--for", "高橋"], in: dir)
                .status == 0)
        let added = try run(
            [
                "report", "add", "--deal", "hokuriku-ec", "--kind", "phone", "--next", "要件ヒアリング",
                "--next-due", "2026-12-10", "-m", "展示会のお礼"
            ], in: dir)
        #expect(added.status == 0, "\(added.stderr)")
        let stem = String(added.stdout.split(separator: "/").last!.dropLast(4))
        #expect(
            try Harness.read(dir + "/deals/hokuriku-ec.yaml").hasSuffix(
                """
                    event: next
                    action: set
                    text: 要件ヒアリング
                    due: 2026-12-10
                    report: \(stem)

                """))
        // Due within 7 days of 2026-11-20 (up to 11-27) or overdue, per member, oldest first:
        // 田中 美咲's homework (due 11-06: 14 days late) and pacific-scm's (07-31: 112 days),
        // tokai-erp's next action for its owner 田中 美咲 (11-18: 2 days late), 鈴木's homework
        // due 11-26 (-6) and 高橋's homework and next action due 11-27 (-7). hokuriku-ec's
        // action (12-10) is beyond the horizon.
        let agenda = try run(["agenda", "--format", "tsv"], in: dir)
        let rows = agenda.stdout.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        #expect(rows.first == ["member", "due", "late", "deal", "kind", "text", "ref"])
        #expect(
            rows.dropFirst().map { "\($0[0]) \($0[1]) \($0[2]) \($0[3]) \($0[4])" } == [
                "佐藤 健 2026-10-16 35 nishinihon-cloud homework",
                "田中 美咲 2026-07-31 112 pacific-scm homework",
                "田中 美咲 2026-11-06 14 tokai-erp homework",
                "田中 美咲 2026-11-18 2 tokai-erp next",
                "鈴木 大輔 2026-11-26 -6 kansai-logi homework",
                "高橋 由美 2026-11-27 -7 kansai-logi homework",
                "高橋 由美 2026-11-27 -7 kansai-logi next"
            ])
        #expect(try run(["agenda", "--for", "高橋", "-q"], in: dir).stdout == "kansai-logi\n")
        #expect(try run(["agenda", "--overdue", "--for", "田中美咲", "-q"], in: dir).stdout == "pacific-scm\ntokai-erp\n")
        #expect(
            try run(["agenda", "--days", "20", "--for", "高橋 由美", "-q"], in: dir).stdout == "kansai-logi\nhokuriku-ec\n")

        let done = try run(["next", "done", "tokai-erp", "--note", "1月の役員会で審議"], in: dir)
        #expect(done.stdout == "tokai-erp: next action done: 小林取締役に稟議を確認 — 1月の役員会で審議\n")
        #expect(
            try run(["agenda", "--overdue", "--for", "田中 美咲", "--format", "csv"], in: dir).stdout.contains(",next,")
                == false)
        let show = try run(["deal", "show", "kansai-logi"], in: dir)
        #expect(show.stdout.contains("\nnext:     移行スケジュール案を提出 (due 2026-11-27, 高橋 由美)\n"))
        #expect(try run(["check"], in: dir).status == 0)
    }
}
