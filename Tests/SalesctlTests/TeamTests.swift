import Foundation
import Testing

/// End-to-end: key persons and the power map, homework, the feed, and sharing a store through git.
@Suite struct TeamTests {
    static let today = ["SALESCTL_TODAY": "2026-11-20"]

    func example() throws -> String { try Harness.copyExample("basic") }

    // MARK: person

    @Test func personSetAddRemoveChangeOnlyTheirLines() throws {
        let dir = try example()
        let path = dir + "/deals/tokai-erp.yaml"
        let before = try Harness.read(path)
        // Every mutation says in one line what it changed (issue 19).
        for (args, said) in [
            (
                ["person", "set", "tokai-erp", "松本隆", "--stance", "△"],
                "tokai-erp: key person 松本 隆: stance × opposed → △ cooperative\n"
            ),
            (
                [
                    "person", "add", "tokai-erp", "伊藤 直子", "--title", "課長", "--role", "I", "--stance", "○",
                    "--authority", "weak", "--information", "sufficient", "--reports-to", "松本 隆"
                ],
                "tokai-erp: key person added: 伊藤 直子 (課長, I, ○ supporter, weak, sufficient, 松本 隆)\n"
            ),
            (["person", "rm", "tokai-erp", "井上 美和"], "tokai-erp: key person removed: 井上 美和\n")
        ] {
            let result = try Harness.run(args, in: dir, environment: Self.today)
            #expect(result.status == 0 && result.stdout == said && result.stderr.isEmpty, "\(args): \(result.stderr)")
        }
        let expected =
            before
            .replacingOccurrences(
                of: "    role: A\n    stance: opposed\n", with: "    role: A\n    stance: cooperative\n"
            )
            .replacingOccurrences(
                of: """
                      - name: 井上 美和
                        title: 本部長
                        department: 製造本部
                        role: I
                        stance: neutral
                        authority: strong
                        information: insufficient
                        reports_to: 小林 正人

                    """,
                with: """
                      - name: 伊藤 直子
                        title: 課長
                        role: I
                        stance: supporter
                        authority: weak
                        information: sufficient
                        reports_to: 松本 隆

                    """) + """
                  - date: 2026-11-20
                    by: 佐藤 健
                    event: person
                    action: set
                    name: 松本 隆
                    stance: cooperative
                    stance_was: opposed
                  - date: 2026-11-20
                    by: 佐藤 健
                    event: person
                    action: add
                    name: 伊藤 直子
                    title: 課長
                    role: I
                    stance: supporter
                    authority: weak
                    information: sufficient
                    reports_to: 松本 隆
                  - date: 2026-11-20
                    by: 佐藤 健
                    event: person
                    action: rm
                    name: 井上 美和

                """
        #expect(try Harness.read(path) == expected)
        #expect(try Harness.run(["check"], in: dir, environment: Self.today).status == 0)
        let show = try Harness.run(["deal", "show", "tokai-erp"], in: dir, environment: Self.today)
        #expect(show.stdout.contains("* key person 松本 隆: stance × opposed → △ cooperative  佐藤 健\n"))
        #expect(show.stdout.contains("* key person added: 伊藤 直子 (課長, I, ○ supporter, weak, sufficient, 松本 隆)  佐藤 健\n"))
    }

    @Test func personRemoveWarnsAboutReportsToLeftBehind() throws {
        let dir = try example()
        let result = try Harness.run(["person", "rm", "tokai-erp", "山田 浩二"], in: dir, environment: Self.today)
        #expect(result.status == 0)
        #expect(
            result.stderr
                == "warning: 中村 修 still reports to 山田 浩二; fix it with 'salesctl person set tokai-erp \"中村 修\" --reports-to ...'\n"
        )
    }

    @Test func personAddCreatesKeyPersonsInADealWithout() throws {
        let dir = try example()
        let result = try Harness.run(
            ["person", "add", "hokuriku-ec", "森 雅人", "--title", "部長", "--role", "D", "--stance", "−"],
            in: dir, environment: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try Harness.read(dir + "/deals/hokuriku-ec.yaml").contains(
                """
                source: 展示会(2026年9月)で名刺交換
                key_persons:
                  - name: 森 雅人
                    title: 部長
                    role: D
                    stance: neutral
                history:

                """))
    }

    @Test(
        arguments: [
            (
                ["person", "add", "tokai-erp", "山田浩二"], 1,
                "salesctl: key person '山田 浩二' is already in deal 'tokai-erp'; change them with 'salesctl person set'\n"
            ),
            (
                ["person", "add", "tokai-erp", "森", "--stance", "好き"], 2,
                "salesctl: unknown stance '好き'; valid: supporter ○, cooperative △, neutral −, uncooperative ▽, opposed ×\n"
            ),
            (
                ["person", "add", "tokai-erp", "森", "--role", "boss"], 2,
                "salesctl: unknown role 'boss'; valid: D, A, I\n"
            ),
            (
                ["person", "add", "tokai-erp", "森", "--authority", "big"], 2,
                "salesctl: unknown authority 'big'; valid: strong, weak\n"
            ),
            (
                ["person", "add", "tokai-erp", "森", "--information", "lots"], 2,
                "salesctl: unknown information 'lots'; valid: sufficient, insufficient\n"
            ),
            (
                ["person", "add", "tokai-erp", "森", "--reports-to", "森"], 2,
                "salesctl: key person '森' cannot report to themselves\n"
            ),
            (["person", "add", "tokai-erp", ""], 2, "salesctl: a key person needs a name\n"),
            (
                ["person", "add", "tokai-erb", "森"], 1,
                "salesctl: no deal 'tokai-erb'\nhint: did you mean 'tokai-erp'?\n"
            ),
            (
                ["person", "add", "tokai-erp", "森", "--date", "11/20"], 2,
                "salesctl: invalid date '11/20' for --date (expected YYYY-MM-DD)\n"
            ),
            (
                ["person", "set", "tokai-erp", "松本 隆"], 2,
                "salesctl: nothing to change; give at least one of --title, --department, --role, --stance, --authority, --information, --reports-to\n"
            ),
            (
                ["person", "set", "tokai-erp", "松本 隆", "--stance", "×"], 1,
                "salesctl: key person '松本 隆' already has these values; nothing changed\n"
            ),
            (
                ["person", "set", "tokai-erp", "松本 隆志", "--stance", "○"], 1,
                "salesctl: no key person '松本 隆志' in deal 'tokai-erp'\nhint: did you mean '松本 隆'?\n"
            ),
            (
                ["person", "rm", "hokuriku-ec", "森"], 1,
                "salesctl: no key person '森' in deal 'hokuriku-ec'\nhint: add one with 'salesctl person add hokuriku-ec NAME'\n"
            ),
            (["person", "map", "tokai-erp", "--days", "0"], 2, "salesctl: --days must be at least 1, not 0\n"),
            (["person", "map", "nope"], 1, "salesctl: no deal 'nope'\n")
        ] as [([String], Int32, String)])
    // A bad value is 2; a person who is missing or already so is refused, 1 (these were 2 before).
    func personBadInputFailsCleanly(arguments: [String], status: Int32, message: String) throws {
        let result = try Harness.runRefused(arguments, in: try example(), environment: Self.today)
        #expect(result.status == status)
        #expect(result.stderr == message)
    }

    @Test func personMapOnTheExample() throws {
        let dir = try example()
        let table = try Harness.run(["person", "map", "tokai-erp"], in: dir, environment: Self.today)
        #expect(table.status == 0)
        #expect(
            table.stdout.hasPrefix(
                """
                tokai-erp  基幹システム刷新  東海精機株式会社

                role  stance           name       title           department      reports to  contact  last met    days
                D     ○ supporter      山田 浩二  部長            情報システム部  小林 正人   ①        2026-10-28    23
                A     △ cooperative    小林 正人  取締役          管理本部                    ②        2026-09-30    51
                A     × opposed        松本 隆    専務取締役 CFO  財務本部                    ②        2026-10-15    36

                """))
        #expect(table.stdout.contains("  ! approver 松本 隆 is opposed (×): find out why, and who can persuade them\n"))
        let json = try Harness.run(
            ["person", "map", "tokai-erp", "--format", "json", "--days", "40"], in: dir, environment: Self.today)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let people = try #require(object["people"] as? [[String: Any]])
        #expect(people.map { $0["role"] as? String } == ["D", "A", "A", "I", "I"])
        #expect(people[0]["quadrant"] as? Int == 1 && people[0]["days_since_met"] as? Int == 23)
        #expect(people[0]["direct_reports"] as? [String] == ["中村 修"])
        let codes = (object["warnings"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
        #expect(codes == ["opposed-approver", "not-met-recently", "not-met-recently", "not-met-recently"])
        let weak = try Harness.run(["person", "map", "aoba-rpa", "--format", "json"], in: dir, environment: Self.today)
        #expect(weak.stdout.contains("\"code\": \"weak-only-contact\""))
        let mermaid = try Harness.run(
            ["person", "map", "tokai-erp", "--format", "mermaid"], in: dir, environment: Self.today)
        #expect(
            mermaid.stdout.hasPrefix(
                "flowchart TD\n  p1[\"山田 浩二<br/>部長 情報システム部<br/>D ○ supporter ①<br/>last met 2026-10-28\"]\n"))
        #expect(mermaid.stdout.contains("  p2 --> p1\n"))
        let markdown = try Harness.run(
            ["person", "map", "tokai-erp", "--format", "markdown"], in: dir, environment: Self.today)
        #expect(markdown.stdout.hasPrefix("## 基幹システム刷新 (東海精機株式会社): power structure\n\n| role |"))
        #expect(markdown.stdout.contains("\n```mermaid\nflowchart TD\n"))
    }
}

extension TeamTests {
    // MARK: homework

    @Test func homeworkListAndDone() throws {
        let dir = try example()
        let open = try Harness.run(
            ["homework", "list", "--open", "--deal", "kansai-logi"], in: dir, environment: Self.today)
        #expect(open.status == 0, "\(open.stderr)")
        #expect(
            open.stdout == """
                ref                              deal         given       due         for        status  age  text
                2026-11-19-kansai-logi-70dca6#1  kansai-logi  2026-11-19  2026-11-26  鈴木 大輔  open      1  保守費用の年額見積
                2026-11-13-kansai-logi-98eae7#1  kansai-logi  2026-11-13  2026-11-27  高橋 由美  open      7  3拠点統合時の移行スケジュール案

                """)
        let overdue = try Harness.run(
            ["homework", "list", "--overdue", "--for", "田中美咲", "--format", "csv"], in: dir, environment: Self.today)
        #expect(
            overdue.stdout == """
                ref,deal,given,due,for,status,age,text
                2026-07-08-pacific-scm-0226ec#1,pacific-scm,2026-07-08,2026-07-31,田中 美咲,overdue,135,英語版の操作マニュアルを提供
                2026-10-15-tokai-erp-0a8cf2#1,tokai-erp,2026-10-15,2026-11-06,田中 美咲,overdue,36,CFO向けに投資回収(ROI)試算を提出

                """)
        let reportPath = dir + "/reports/2026/11/2026-11-19-kansai-logi-70dca6.md"
        let reportBefore = try Harness.read(reportPath)
        let dealBefore = try Harness.read(dir + "/deals/kansai-logi.yaml")
        let done = try Harness.run(
            ["homework", "done", "70dca6#1", "--note", "年額見積を送付"], in: dir, environment: Self.today)
        #expect(done.status == 0 && done.stderr.isEmpty, "\(done.stderr)")
        #expect(done.stdout == "kansai-logi: homework done 2026-11-19-kansai-logi-70dca6#1: 保守費用の年額見積\n")
        #expect(try Harness.read(reportPath) == reportBefore)
        #expect(
            try Harness.read(dir + "/deals/kansai-logi.yaml") == dealBefore + """
                  - date: 2026-11-20
                    by: 佐藤 健
                    event: homework-done
                    ref: 2026-11-19-kansai-logi-70dca6#1
                    note: 年額見積を送付

                """)
        let json = try Harness.run(
            ["homework", "list", "--deal", "kansai-logi", "--format", "json"], in: dir, environment: Self.today)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let item = try #require(items.first { $0["ref"] as? String == "2026-11-19-kansai-logi-70dca6#1" })
        #expect(item["status"] as? String == "done" && item["age_days"] as? Int == 1)
        #expect((item["done"] as? [String: Any])?["note"] as? String == "年額見積を送付")
        #expect(try Harness.run(["check"], in: dir, environment: Self.today).status == 0)
    }

    @Test(
        arguments: [
            (
                ["homework", "done", "2026-11-19-kansai-logi-70dca6"], 2,
                "salesctl: invalid homework reference '2026-11-19-kansai-logi-70dca6' (expected REPORT#N, like 2026-08-04-tokai-erp-65298b#1; see 'salesctl homework list')\n"
            ),
            (
                ["homework", "done", "zzzzzz#1"], 1,
                "salesctl: no report 'zzzzzz' for homework 'zzzzzz#1'; see 'salesctl homework list'\n"
            ),
            (
                ["homework", "done", "70dca6#2"], 1,
                "salesctl: report '2026-11-19-kansai-logi-70dca6' has 1 homework item; there is no #2\n"
            ),
            (
                ["homework", "done", "2026-08-04-tokai-erp-65298b#1"], 1,
                "salesctl: homework '2026-08-04-tokai-erp-65298b#1' is already done (2026-08-17, 田中 美咲)\n"
            ),
            (
                ["homework", "done", "70dca6#1", "--date", "2026-11-18"], 2,
                "salesctl: done date 2026-11-18 is before the homework was given (2026-11-19)\n"
            ),
            (
                ["homework", "done", "70dca6#1", "--date", "2026-11-21"], 2,
                "salesctl: done date 2026-11-21 is after today (2026-11-20)\n"
            ),
            (["homework", "list", "--deal", "nope"], 1, "salesctl: no deal 'nope'\n"),
            (["homework", "list", "--format", "yaml"], 2, nil)
        ] as [([String], Int32, String?)])
    // Exit codes by the error's kind: a malformed reference or date is 2; a report or item that does
    // not exist, or an item already done, is 1 (issue 18: these were 2 before).
    func homeworkBadInputFailsCleanly(arguments: [String], status: Int32, message: String?) throws {
        let result = try Harness.runRefused(arguments, in: try example(), environment: Self.today)
        #expect(result.status == status)
        if let message { #expect(result.stderr == message) }
    }

    @Test func checkFindsHomeworkDoneThatPointsNowhere() throws {
        let dir = try example()
        let path = dir + "/deals/kansai-logi.yaml"
        try
            (try Harness.read(path) + """
                  - date: 2026-11-20
                    event: homework-done
                    ref: 2026-11-19-kansai-logi-70dca6#3
                  - date: 2026-11-20
                    event: homework-done
                    ref: 2026-11-19-kansai-logi-ffffff#1

                """).write(toFile: path, atomically: false, encoding: .utf8)
        let check = try Harness.run(["check"], in: dir, environment: Self.today)
        #expect(check.status == 1)
        let lines = check.stdout.split(separator: "\n").filter { $0.contains("unknown-homework") }
        #expect(lines.count == 2)
        #expect(
            lines.first?.hasSuffix(
                "error: [unknown-homework] history: homework '2026-11-19-kansai-logi-70dca6#3': the report has 1 homework item"
            ) == true)
    }
}

extension TeamTests {
    // MARK: feed and git

    /// Runs git with a clean configuration; `name` is the author and committer.
    @discardableResult
    func git(_ arguments: [String], in directory: String, name: String = "佐藤 健") throws -> Harness.Result {
        try Harness.git(arguments, in: directory, name: name)
    }

    /// A shared store: origin.git, and clones `a` (田中 美咲) and `b` (鈴木 大輔) of it.
    func sharedStore() throws -> (a: String, b: String) {
        let root = try Harness.temporaryDirectory()
        let seed = root + "/seed"
        #expect(try Harness.run(["init", seed]).status == 0)
        #expect(try Harness.read(seed + "/.gitattributes").contains("\ndeals/*.yaml merge=salesctl\n"))
        #expect(
            try Harness.run(
                [
                    "deal", "new", "acme-erp", "--title", "基幹システム刷新", "--customer", "株式会社アクメ",
                    "--date", "2026-11-01", "--key-person", "山田 太郎,部長,情報システム部,D,○"
                ],
                in: seed, environment: Self.today
            ).status == 0)
        try git(["init", "-q"], in: seed)
        try git(["add", "."], in: seed)
        try git(["commit", "-qm", "store"], in: seed)
        try git(["clone", "-q", "--bare", seed, root + "/origin.git"], in: root)
        try git(["clone", "-q", root + "/origin.git", root + "/a"], in: root)
        try git(["clone", "-q", root + "/origin.git", root + "/b"], in: root)
        return (root + "/a", root + "/b")
    }

    @discardableResult
    func salesctl(_ arguments: [String], in dir: String, as author: String) throws -> Harness.Result {
        let result = try Harness.run(
            arguments, in: dir, environment: Self.today.merging(["SALESCTL_AUTHOR": author]) { $1 })
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result
    }

    func configureDriver(_ clone: String) throws {
        try git(["config", "merge.salesctl.driver", "\(Harness.binary) merge-driver %O %A %B %P"], in: clone)
    }

    @Test func reportsFromTwoClonesMergeWithoutConflict() throws {
        let (a, b) = try sharedStore()
        try salesctl(
            ["deal", "advance", "acme-erp", "--to", "define", "--force", "--reason", "山田部長が実施を明言"], in: a, as: "田中 美咲")
        try salesctl(
            ["report", "add", "--deal", "acme-erp", "--kind", "visit", "--attendee", "山田 太郎", "-m", "訪問"], in: a,
            as: "田中 美咲")
        try git(["add", "-A"], in: a)
        try git(["commit", "-qm", "訪問"], in: a, name: "田中 美咲")
        try git(["push", "-q"], in: a)
        // Same deal, same day: only reports on b's side; their random suffixes never collide.
        try salesctl(["report", "add", "--deal", "acme-erp", "--kind", "phone", "-m", "電話"], in: b, as: "鈴木 大輔")
        try git(["add", "-A"], in: b)
        try git(["commit", "-qm", "電話"], in: b, name: "鈴木 大輔")
        let pull = try git(["pull", "-q", "--no-rebase", "--no-edit"], in: b, name: "鈴木 大輔")
        #expect(pull.status == 0, "\(pull.stderr)")
        #expect(try Harness.run(["check"], in: b, environment: Self.today).status == 0)
        #expect(try Harness.run(["report", "list", "-q"], in: b).stdout.split(separator: "\n").count == 2)
        #expect(try Harness.read(b + "/deals/acme-erp.yaml").contains("stage: define\n"))
    }

    @Test func concurrentHistoryAppendsConflictInGitAndTheDriverMergesThem() throws {
        let (a, b) = try sharedStore()
        try salesctl(
            ["deal", "advance", "acme-erp", "--to", "define", "--force", "--reason", "山田部長が実施を明言"], in: a, as: "田中 美咲")
        try salesctl(["report", "add", "--deal", "acme-erp", "--kind", "visit", "-m", "訪問"], in: a, as: "田中 美咲")
        try git(["add", "-A"], in: a)
        try git(["commit", "-qm", "stage"], in: a, name: "田中 美咲")
        try git(["push", "-q"], in: a)
        try salesctl(["quality", "set", "acme-erp", "referral", "yes", "--note", "既存顧客の紹介"], in: b, as: "鈴木 大輔")
        try salesctl(["person", "set", "acme-erp", "山田 太郎", "--authority", "strong"], in: b, as: "鈴木 大輔")
        try git(["add", "-A"], in: b)
        try git(["commit", "-qm", "quality"], in: b, name: "鈴木 大輔")

        // Plain git: both sides appended history at the end of the same file.
        let plain = try git(["pull", "--no-rebase", "--no-edit"], in: b, name: "鈴木 大輔")
        #expect(plain.status != 0)
        #expect(plain.stdout.contains("CONFLICT (content): Merge conflict in deals/acme-erp.yaml"))
        // An unresolved merge never passes check...
        let markers = try Harness.run(["check"], in: b, environment: Self.today)
        #expect(markers.status == 1 && markers.stdout.contains("deals/acme-erp.yaml:"))
        // ...nor does a line union (what `merge=union` would do): the shared `- date:` line is
        // kept once and the two events melt into one item with duplicate keys.
        let stages = try [1, 2, 3].map { try git(["show", ":\($0):deals/acme-erp.yaml"], in: b).stdout }
        let root = FileManager.default.temporaryDirectory.path + "/union-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (name, text) in zip(["base", "ours", "theirs"], stages) {
            try text.write(toFile: root + "/" + name, atomically: false, encoding: .utf8)
        }
        try git(["merge-file", "--union", "ours", "base", "theirs"], in: root)
        try FileManager.default.removeItem(atPath: b + "/deals/acme-erp.yaml")
        try FileManager.default.copyItem(atPath: root + "/ours", toPath: b + "/deals/acme-erp.yaml")
        let union = try Harness.run(["check"], in: b, environment: Self.today)
        #expect(union.status == 1)
        #expect(union.stdout.contains("duplicate"), "\(union.stdout)")
        try git(["merge", "--abort"], in: b)

        // With the driver named (init wrote .gitattributes), the same pull merges cleanly.
        try configureDriver(b)
        let pull = try git(["pull", "-q", "--no-rebase", "--no-edit"], in: b, name: "鈴木 大輔")
        #expect(pull.status == 0, "\(pull.stdout)\(pull.stderr)")
        #expect(try Harness.run(["check"], in: b, environment: Self.today).status == 0)
        let deal = try Harness.read(b + "/deals/acme-erp.yaml")
        #expect(deal.contains("stage: define\n"))
        #expect(deal.contains("    stance: supporter\n    authority: strong\n"))
        #expect(
            deal.hasSuffix(
                """
                    event: quality
                    indicator: referral
                    value: "yes"
                    note: 既存顧客の紹介
                  - date: 2026-11-20
                    by: 鈴木 大輔
                    event: person
                    action: set
                    name: 山田 太郎
                    authority: strong
                  - date: 2026-11-20
                    by: 田中 美咲
                    event: stage
                    from: discovery
                    to: define
                    forced: true
                    reason: 山田部長が実施を明言
                    missing: plan, reason, schedule, competitors

                """))

        // The feed credits each entry to the commit that introduced it: one git log for all.
        let feed = try Harness.run(
            ["feed", "--since", "2026-11-01", "--format", "json"], in: b, environment: Self.today)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(feed.stdout.utf8)) as? [[String: Any]])
        let byEvent = Dictionary(
            entries.map { ($0["event"] as! String, $0["committed_by"] as? String) }, uniquingKeysWith: { a, _ in a })
        #expect(byEvent["created"] == "佐藤 健")
        #expect(byEvent["stage"] == "田中 美咲")
        #expect(byEvent["quality"] == "鈴木 大輔")
        #expect(byEvent["person"] == "鈴木 大輔")
        #expect(byEvent["report"] == "田中 美咲")
        let text = try Harness.run(["feed"], in: b, environment: Self.today)
        #expect(
            text.stdout.contains(
                "  acme-erp  * stage 発見 → 定義 (forced: 山田部長が実施を明言); missing: plan, reason, schedule, competitors  田中 美咲  [田中 美咲 "
            ))

        // A real conflict (both sides set a different stage) is still left to people.
        try git(["push", "-q"], in: b)
        try configureDriver(a)
        try salesctl(
            ["deal", "advance", "acme-erp", "--to", "decision", "--force", "--reason", "稟議開始"], in: a, as: "田中 美咲")
        try git(["commit", "-qam", "decision"], in: a, name: "田中 美咲")
        try git(["pull", "-q", "--no-rebase", "--no-edit"], in: a, name: "田中 美咲")
        try salesctl(["deal", "advance", "acme-erp", "--to", "discovery", "--reason", "予算が白紙に"], in: b, as: "鈴木 大輔")
        try git(["commit", "-qam", "back"], in: b, name: "鈴木 大輔")
        try git(["push", "-q"], in: b)
        let conflict = try git(["pull", "--no-rebase", "--no-edit"], in: a, name: "田中 美咲")
        #expect(conflict.status != 0)
        #expect(try Harness.run(["check"], in: a, environment: Self.today).status == 1)
    }

    @Test func feedOnTheExampleOutsideGit() throws {
        let dir = try example()
        let feed = try Harness.run(["feed", "--since", "2026-11-18", "--for", "鈴木大輔"], in: dir, environment: Self.today)
        #expect(feed.status == 0, "\(feed.stderr)")
        #expect(
            feed.stdout == """
                2026-11-18
                  kansai-logi  ● Web会議: 藤田 直樹(課長), 岡本 真理子(部長) [稟議開始]  鈴木 大輔

                2026-11-19
                  kansai-logi  * next action: 移行スケジュール案を提出 (due 2026-11-27, 高橋 由美)  鈴木 大輔
                  kansai-logi  ● 問い合わせ: 藤田 直樹(課長) [質問を受けた, 宿題をもらった]  鈴木 大輔
                                 宿題: 保守費用の年額見積 (鈴木 大輔, due 2026-11-26)
                                 next: 11/26までに保守費用を回答

                """)
        let markdown = try Harness.run(
            ["feed", "--since", "2026-11-10", "--deal", "tokai-erp", "--format", "markdown"], in: dir,
            environment: Self.today)
        #expect(
            markdown.stdout == """
                ### 2026-11-10

                - **tokai-erp** quality 推進者: no — 推進者の山田部長が異動 — 佐藤 健
                - **tokai-erp** next action: 山田部長の後任を確認 (due 2026-11-13) — 田中 美咲

                ### 2026-11-13

                - **tokai-erp** next action done: 山田部長の後任を確認 — 後任は未定、推進者が不在に — 田中 美咲

                ### 2026-11-16

                - **tokai-erp** expected close 2026-11-13 → 2027-01-29 (+77 days) — 稟議は1月の役員会に上がる — 田中 美咲
                - **tokai-erp** next action: 小林取締役に稟議の日程を確認 (due 2026-11-18) — 田中 美咲

                """)
        let due = try Harness.run(
            ["feed", "--since", "2026-11-01", "--format", "json"], in: dir, environment: Self.today)
        #expect(due.stdout.contains("\"summary\": \"homework due: CFO向けに投資回収(ROI)試算を提出 (not done)\""))
        for (args, message) in [
            (
                ["feed", "--since", "yesterday"],
                "salesctl: invalid date 'yesterday' for --since (expected YYYY-MM-DD)\n"
            ),
            (["feed", "--deal", "nope"], "salesctl: no deal 'nope'\n")
        ] {
            let bad = try Harness.run(args, in: dir, environment: Self.today)
            #expect(bad.status != 0 && bad.stderr == message && bad.stdout.isEmpty)
        }
    }
}
