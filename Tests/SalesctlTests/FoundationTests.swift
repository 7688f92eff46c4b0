import Foundation
import Testing

/// End-to-end: init, deal new/list/show, report add/list/show, on a fresh store.
@Suite struct FoundationTests {
    /// A new store with one deal, `acme-erp`.
    func storeWithDeal() throws -> String {
        let dir = try Harness.temporaryDirectory() + "/team"
        try #require(Harness.run(["init", dir]).status == 0)
        let created = try Harness.run(
            [
                "deal", "new", "acme-erp", "--title", "基幹システム刷新", "--customer", "株式会社アクメ",
                "--amount", "12,000,000", "--expected-close", "2027-03-31", "--date", "2026-11-01",
                "--key-person", "山田 太郎,部長,情報システム部,D,○", "--today", "2026-11-01"
            ], in: dir)
        #expect(created.status == 0, "\(created.stderr)")
        return dir
    }

    @Test func initCreatesLayoutAndRefusesTwice() throws {
        let dir = try Harness.temporaryDirectory()
        let first = try Harness.run(["init", "store"], in: dir)
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("Initialized empty salesctl store in "))
        for path in ["salesctl.yaml", "deals", "reports", ".gitignore"] {
            #expect(FileManager.default.fileExists(atPath: "\(dir)/store/\(path)"))
        }
        let config = try Harness.read("\(dir)/store/salesctl.yaml")
        #expect(config.contains("label: 発見"))
        let before = try Harness.snapshot(dir)
        let second = try Harness.run(["init", "store"], in: dir)
        #expect(second.status == 1)
        #expect(second.stderr == "salesctl: a store already exists at '\(dir)/store'\n")
        #expect(try Harness.snapshot(dir) == before)
    }

    @Test func dealNewWritesTheDocumentedFile() throws {
        let dir = try storeWithDeal()
        let text = try Harness.read(dir + "/deals/acme-erp.yaml")
        #expect(
            text == """
                title: 基幹システム刷新
                customer: 株式会社アクメ
                owner: 佐藤 健
                stage: discovery
                status: open
                amount: 12000000
                created: 2026-11-01
                expected_close: 2027-03-31
                key_persons:
                  - name: 山田 太郎
                    title: 部長
                    department: 情報システム部
                    role: D
                    stance: supporter
                history:
                  - date: 2026-11-01
                    by: 佐藤 健
                    event: created
                    stage: discovery

                """)
    }

    @Test(
        arguments: [
            (
                ["deal", "new", "../x", "--title", "t", "--customer", "c"],
                "salesctl: invalid deal id '../x': use only lower-case letters a-z, digits and '-' (like acme-erp)\n"
            ),
            (
                ["deal", "new", "Acme", "--title", "t", "--customer", "c"],
                "salesctl: invalid deal id 'Acme': use only lower-case letters a-z, digits and '-' (like acme-erp)\n"
            ),
            (["deal", "new", "-x", "--title", "t", "--customer", "c"], nil),
            (
                ["deal", "new", "acme-erp", "--title", "t", "--customer", "c"],
                "salesctl: deal 'acme-erp' already exists\n"
            ),
            (
                ["deal", "new", "b", "--title", "t", "--customer", "c", "--stage", "negotiation"],
                "salesctl: unknown stage 'negotiation'\nhint: valid: discovery (発見), define (定義), decision (決定), delivery (デリバリー), maintenance (維持)\n"
            ),
            (
                ["deal", "new", "b", "--title", "t", "--customer", "c", "--amount", "12万"],
                "salesctl: amount '12万' is not a whole number\n"
            ),
            (
                ["deal", "new", "b", "--title", "t", "--customer", "c", "--expected-close", "2026-13-45"],
                "salesctl: invalid date '2026-13-45' for --expected-close (expected YYYY-MM-DD)\n"
            ),
            (
                ["deal", "new", "b", "--title", "t", "--customer", "c", "--key-person", "山田,部長,,X"],
                "salesctl: unknown role 'X'; valid: D, A, I\n"
            ),
            (["deal", "show", "acme-erb"], "salesctl: no deal 'acme-erb'\nhint: did you mean 'acme-erp'?\n"),
            (["report", "add", "--deal", "nope", "--kind", "visit", "-m", "x"], "salesctl: no deal 'nope'\n"),
            (
                ["report", "add", "--deal", "acme-erp", "--kind", "fax", "-m", "x"],
                "salesctl: unknown kind 'fax'\nhint: valid: visit (訪問), visit-us (来社), web-meeting (Web会議), phone (電話), inquiry (問い合わせ), email-reply (メール返信), demo (デモ), email (メール)\n"
            ),
            (
                ["report", "add", "--deal", "acme-erp", "--kind", "visit", "--signal", "vibes", "-m", "x"],
                "salesctl: unknown signal 'vibes'\nhint: valid: introduced-boss (上司を紹介された), new-stakeholder (新しい関係者が参加), budget-request (予算取りの相談), ringi-started (稟議開始), question (質問を受けた), homework-given (宿題をもらった)\n"
            ),
            (
                [
                    "report", "add", "--deal", "acme-erp", "--kind", "visit", "--date", "2026-12-01", "--today",
                    "2026-11-20", "-m", "x"
                ],
                "salesctl: report date 2026-12-01 is after today (2026-11-20)\n"
            ),
            (
                ["report", "add", "--deal", "acme-erp", "--kind", "visit", "--homework", "見積;田中;来週", "-m", "x"],
                "salesctl: homework due date '来週' is not a date YYYY-MM-DD\n"
            ),
            (
                ["report", "add", "--deal", "acme-erp", "--kind", "visit", "--attendee", ",部長", "-m", "x"],
                "salesctl: attendee ',部長' must be \"name,title[,department]\"\n"
            ),
            (
                ["deal", "list", "--status", "closedish"],
                "salesctl: unknown status 'closedish'; valid: open, won, lost, dropped, on-hold, closed, all\n"
            ),
            (
                ["deal", "list", "--today", "yesterday"],
                "salesctl: invalid date 'yesterday' for --today (expected YYYY-MM-DD)\n"
            ),
            (
                ["report", "list", "--since", "2026/11/01"],
                "salesctl: invalid date '2026/11/01' for --since (expected YYYY-MM-DD)\n"
            ),
            (["report", "show", "zzzzzz"], "salesctl: no report 'zzzzzz'\n")
        ] as [([String], String?)])
    func badInputFailsCleanlyAndTouchesNothing(arguments: [String], expected: String?) throws {
        let dir = try storeWithDeal()
        let before = try Harness.snapshot(dir)
        let result = try Harness.run(arguments, in: dir)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        if let expected { #expect(result.stderr == expected) } else { #expect(!result.stderr.isEmpty) }
        #expect(
            !result.stderr.dropLast().contains("\n") || result.stderr.contains("hint:")
                || result.stderr.contains("Usage"))
        #expect(try Harness.snapshot(dir) == before)
    }

    @Test func reportAddFillsKeyPersonAndPrintsPath() throws {
        let dir = try storeWithDeal()
        let result = try Harness.run(
            [
                "report", "add", "--deal", "acme-erp", "--kind", "訪問", "--date", "2026-11-20",
                "--attendee", "山田 太郎", "--attendee", "伊藤 花子,課長,経理部",
                "--signal", "質問を受けた", "--homework", "見積書を送付;田中;2026-11-27",
                "--next", "12月第1週に提案", "-m", "刷新時期を確認。", "--today", "2026-11-20"
            ], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let path = result.stdout.trimmingCharacters(in: .newlines)
        #expect(path.hasPrefix("reports/2026/11/2026-11-20-acme-erp-"))
        #expect(path.hasSuffix(".md"))
        let text = try Harness.read(dir + "/" + path)
        #expect(
            text == """
                ---
                date: 2026-11-20
                deal: acme-erp
                author: 佐藤 健
                kind: visit
                attendees:
                  - name: 山田 太郎
                    title: 部長
                    department: 情報システム部
                  - name: 伊藤 花子
                    title: 課長
                    department: 経理部
                signals:
                  - question
                homework:
                  - text: 見積書を送付
                    for: 田中
                    due: 2026-11-27
                next: 12月第1週に提案
                ---

                刷新時期を確認。

                """)
        let check = try Harness.run(["check", "--today", "2026-11-20"], in: dir)
        #expect(check.status == 0)
        #expect(check.stdout.isEmpty)
    }

    @Test func reportBodyFromStandardInputAndNoTerminal() throws {
        let dir = try storeWithDeal()
        let piped = try Harness.run(
            [
                "report", "add", "--deal", "acme-erp", "--kind", "phone", "--file", "-",
                "--today", "2026-11-20"
            ], in: dir, stdin: "電話で導入時期を確認\n")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(
            try Harness.read(dir + "/" + piped.stdout.trimmingCharacters(in: .newlines)).hasSuffix(
                "---\n\n電話で導入時期を確認\n"))
        let bare = try Harness.run(
            ["report", "add", "--deal", "acme-erp", "--kind", "phone", "--today", "2026-11-20"], in: dir)
        #expect(bare.status == 0)
        #expect(
            try Harness.read(dir + "/" + bare.stdout.trimmingCharacters(in: .newlines)).hasSuffix("kind: phone\n---\n"))
    }

    @Test func twoReportsSameDealSameDayGetDifferentNames() throws {
        let dir = try storeWithDeal()
        let args = ["report", "add", "--deal", "acme-erp", "--kind", "phone", "-m", "x", "--today", "2026-11-20"]
        let a = try Harness.run(args, in: dir).stdout
        let b = try Harness.run(args, in: dir).stdout
        #expect(a != b)
        let list = try Harness.run(["report", "list", "-q"], in: dir)
        #expect(list.stdout.split(separator: "\n").count == 2)
    }

    @Test func listAndShowInEveryFormat() throws {
        let dir = try storeWithDeal()
        _ = try Harness.run(
            [
                "report", "add", "--deal", "acme-erp", "--kind", "visit", "--attendee", "山田 太郎",
                "-m", "要件を確認", "--date", "2026-11-10", "--today", "2026-11-10"
            ], in: dir)
        let table = try Harness.run(["deal", "list"], in: dir)
        #expect(
            table.stdout == """
                id        title             customer        owner    stage  status      amount  currency  expected_close  last_contact
                acme-erp  基幹システム刷新  株式会社アクメ  佐藤 健  発見   open    12,000,000  JPY       2027-03-31      2026-11-10

                """)
        let json = try Harness.run(["deal", "list", "--format", "json"], in: dir)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(decoded?.first?["amount"] as? Int == 12_000_000)
        #expect(decoded?.first?["last_contact"] as? String == "2026-11-10")
        let csv = try Harness.run(["deal", "list", "--format", "csv"], in: dir)
        #expect(
            csv.stdout.hasPrefix(
                "id,title,customer,owner,stage,status,amount,currency,expected_close,last_contact\nacme-erp,基幹システム刷新,株式会社アクメ,佐藤 健,discovery,open,12000000,JPY,2027-03-31,2026-11-10\n"
            ))
        let quiet = try Harness.run(["deal", "list", "-q"], in: dir)
        #expect(quiet.stdout == "acme-erp\n")
        let show = try Harness.run(["deal", "show", "acme-erp"], in: dir)
        #expect(show.stdout.contains("  2026-11-01 * created in 発見  佐藤 健\n  2026-11-10 ● 訪問: 山田 太郎(部長)  佐藤 健\n"))
        #expect(show.stdout.contains("  D     ○ supporter  山田 太郎  部長   情報システム部"))
        let showJSON = try Harness.run(["deal", "show", "acme-erp", "--format", "json"], in: dir)
        let detail = try JSONSerialization.jsonObject(with: Data(showJSON.stdout.utf8)) as? [String: Any]
        #expect((detail?["timeline"] as? [Any])?.count == 2)
        let reports = try Harness.run(["report", "list", "--format", "tsv"], in: dir)
        #expect(
            reports.stdout.hasPrefix(
                "date\tdeal\tkind\tauthor\tattendees\tpath\tlogged\n2026-11-10\tacme-erp\tvisit\t佐藤 健\t山田 太郎 (部長, 情報システム部)\treports/2026/11/2026-11-10-acme-erp-"
            ))
        let path = reports.stdout.split(separator: "\n")[1].split(separator: "\t", omittingEmptySubsequences: false)[5]
        let suffix = String(path.split(separator: "-").last!.dropLast(3))
        let one = try Harness.run(["report", "show", suffix], in: dir)
        #expect(one.stdout.contains("attendee:  山田 太郎 (部長, 情報システム部)\n"))
        #expect(one.stdout.hasSuffix("\n要件を確認\n"))
    }

    @Test func storeIsFoundUpwardFromSubdirectoryAndByEnvironment() throws {
        let dir = try storeWithDeal()
        #expect(try Harness.run(["deal", "list", "-q"], in: dir + "/deals").stdout == "acme-erp\n")
        let elsewhere = try Harness.temporaryDirectory()
        #expect(
            try Harness.run(["deal", "list", "-q"], in: elsewhere, environment: ["SALESCTL_DIR": dir]).stdout
                == "acme-erp\n")
        #expect(try Harness.run(["-C", dir, "deal", "list", "-q"], in: elsewhere).stdout == "acme-erp\n")
        #expect(try Harness.run(["deal", "list", "-q", "-C", dir], in: elsewhere).stdout == "acme-erp\n")
        let none = try Harness.run(["deal", "list"], in: elsewhere)
        #expect(none.status == 1)
        #expect(none.stderr.hasPrefix("salesctl: not a salesctl store (or any parent up to /): "))
    }

    @Test func titleAndCustomerAreTrimmed() throws {
        let dir = try storeWithDeal()
        let result = try Harness.run(
            ["deal", "new", "b-1", "--title", " 基幹 ", "--customer", "　株式会社ベータ ", "--date", "2026-11-01"], in: dir)
        #expect(result.status == 0)
        let text = try Harness.read(dir + "/deals/b-1.yaml")
        #expect(text.hasPrefix("title: 基幹\ncustomer: 株式会社ベータ\n"))
    }

    @Test func missingAuthorIsWarnedAbout() throws {
        let dir = try storeWithDeal()
        let home = try Harness.temporaryDirectory()
        let result = try Harness.run(
            ["report", "add", "--deal", "acme-erp", "--kind", "phone", "-m", "x", "--today", "2026-11-20"], in: dir,
            environment: [
                "SALESCTL_AUTHOR": "", "HOME": home, "GIT_CONFIG_NOSYSTEM": "1",
                "XDG_CONFIG_HOME": home
            ])
        #expect(result.status == 0)
        #expect(
            result.stderr
                == "warning: nobody to record as the author; pass --author, set SALESCTL_AUTHOR or git's user.name\n")
    }

    @Test func exitCodes() throws {
        #expect(try Harness.run(["--version"]).status == 0)
        #expect(try Harness.run(["--help"]).stdout.contains("Exit codes: 0 ok; 1 failure or findings; 2 usage error"))
        let usage = try Harness.run(["deal", "list", "--no-such-flag"])
        #expect(usage.status == 2)
        #expect(try Harness.run(["frobnicate"]).status == 2)
    }
}
