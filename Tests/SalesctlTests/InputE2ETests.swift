import Foundation
import Testing

/// Issue 19, "input that never lies", with the built binary on copies of examples/basic: what a
/// rep typed is stored as meant, or refused with nothing written.
@Suite struct InputE2ETests {
    static let today = ["--today", "2026-11-20"]

    func run(_ arguments: [String], in dir: String, stdin: String? = nil) throws -> Harness.Result {
        try Harness.run(arguments, in: dir, stdin: stdin)
    }

    /// The newest report of `deal` written by the last command (its path is the last stdout line).
    func written(_ result: Harness.Result, in dir: String) throws -> String {
        let path = try #require(result.stdout.split(separator: "\n").last.map(String.init))
        return try Harness.read(dir + "/" + path)
    }

    // MARK: 1. separators

    @Test func fullWidthSeparatorsSplitEveryStructuredFlag() throws {
        let dir = try Harness.copyExample("basic")
        let report = try run(
            [
                "report", "add", "--deal", "tokai-erp", "--kind", "visit", "--attendee", "岡田修，部長",
                "--attendee", "佐々木 翔、課長、経理部", "--homework", "見積を送付；田中 美咲；2026-11-27", "-m", "x"
            ] + Self.today,
            in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.isEmpty)
        let text = try written(report, in: dir)
        #expect(
            text.contains(
                """
                attendees:
                  - name: 岡田修
                    title: 部長
                  - name: 佐々木 翔
                    title: 課長
                    department: 経理部
                homework:
                  - text: 見積を送付
                    for: 田中 美咲
                    due: 2026-11-27

                """))
        let deal = try run(
            [
                "deal", "new", "kita-crm", "--title", "CRM", "--customer", "北日本物流",
                "--key-person", "山田 太郎、部長、情報システム部、D、○"
            ] + Self.today, in: dir)
        #expect(deal.status == 0 && deal.stdout == "deals/kita-crm.yaml\n" && deal.stderr.isEmpty)
        #expect(
            try Harness.read(dir + "/deals/kita-crm.yaml").contains(
                """
                key_persons:
                  - name: 山田 太郎
                    title: 部長
                    department: 情報システム部
                    role: D
                    stance: supporter

                """))
        #expect(try run(["check"] + Self.today, in: dir).status == 0)
    }

    @Test func namesThatStillHoldASeparatorAreWarnedAboutOnceAfterSuccess() throws {
        let dir = try Harness.copyExample("basic")
        let report = try run(
            [
                "report", "add", "--deal", "tokai-erp", "--kind", "visit", "--attendee", "岡田修；部長",
                "--attendee", "高橋 一郎", "--homework", "見積;田中、鈴木", "-m", "x"
            ] + Self.today, in: dir)
        #expect(report.status == 0)
        #expect(report.stdout.hasPrefix("reports/2026/11/2026-11-20-tokai-erp-"))
        #expect(
            report.stderr == """
                warning: attendee name '岡田修；部長' contains '；'; if it separates a name from a title, the wrong separator was typed (fields are separated by , ， 、 and homework fields by ; ；)
                warning: attendee '高橋 一郎' has no title and matches no key person or earlier contact at '東海精機株式会社'; give one as "name,title[,department]" so energy counts it
                warning: homework assignee name '田中、鈴木' contains '、'; if it separates a name from a title, the wrong separator was typed (fields are separated by , ， 、 and homework fields by ; ；)

                """)
        let deal = try run(
            [
                "deal", "new", "kita-crm", "--title", "CRM", "--customer", "北日本物流",
                "--key-person", "山田 太郎；部長"
            ] + Self.today, in: dir)
        #expect(deal.status == 0 && deal.stdout == "deals/kita-crm.yaml\n")
        #expect(
            deal.stderr
                == "warning: key person name '山田 太郎；部長' contains '；'; if it separates a name from a title, the wrong separator was typed (fields are separated by , ， 、 and homework fields by ; ；)\n"
        )
        // A failing command warns about nothing: its error is all it says.
        let before = try Harness.snapshot(dir)
        let failed = try run(
            ["report", "add", "--deal", "tokai-erp", "--kind", "fax", "--attendee", "岡田修；部長", "-m", "x"] + Self.today,
            in: dir)
        #expect(failed.status == 2)
        #expect(
            failed.stderr
                == "salesctl: unknown kind 'fax'\nhint: valid: visit (訪問), visit-us (来社), web-meeting (Web会議), phone (電話), inquiry (問い合わせ), email-reply (メール返信), demo (デモ), email (メール)\n"
        )
        #expect(try Harness.snapshot(dir) == before)
    }

    // MARK: 2. remembered titles

    @Test func anAttendeeWithoutATitleTakesTheLatestKnownOne() throws {
        let dir = try Harness.copyExample("basic")
        // A second deal at the same customer; its people were met on tokai-erp.
        try #require(
            run(
                [
                    "deal", "new", "tokai-mes", "--title", "MES", "--customer", "東海精機株式会社",
                    "--key-person", "山田 太郎,部長,,D", "--date", "2026-11-01"
                ] + Self.today, in: dir
            ).status == 0)
        // 中村 修 is 主任 as tokai-erp's key person, but a later report met him as 課長.
        try #require(
            run(
                [
                    "report", "add", "--deal", "tokai-erp", "--kind", "phone", "--attendee", "中村 修,課長,情報システム部",
                    "--date", "2026-11-19", "-m", "昇進の挨拶"
                ] + Self.today, in: dir
            ).status == 0)
        let energyBefore = try run(["energy", "score", "tokai-mes", "--format", "json"] + Self.today, in: dir)
        #expect(energyBefore.stdout.contains("\"total\": 0"))
        let report = try run(
            [
                "report", "add", "--deal", "tokai-mes", "--kind", "visit", "--attendee", "松本隆",
                "--attendee", "中村修", "--attendee", "山田 太郎", "-m", "キックオフ"
            ] + Self.today, in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.isEmpty)
        // Written into the file, so energy counts the titles and git diff shows them.
        #expect(
            try written(report, in: dir).contains(
                """
                attendees:
                  - name: 松本 隆
                    title: 専務取締役 CFO
                    department: 財務本部
                  - name: 中村 修
                    title: 課長
                    department: 情報システム部
                  - name: 山田 太郎
                    title: 部長

                """))
        let energy = try run(["energy", "score", "tokai-mes", "--explain"] + Self.today, in: dir)
        #expect(
            energy.stdout.contains("2026-11-20 visit 3 + 松本 隆 (専務取締役 CFO) 8 + 中村 修 (課長) 3 + 山田 太郎 (部長) 5 = 19"),
            "\(energy.stdout)")
        #expect(energy.stdout.contains("3 people, 3 titles, 2 departments"))
        // The deal's own key person comes first: on tokai-erp, 中村 修 is still its 主任.
        let own = try run(
            ["report", "add", "--deal", "tokai-erp", "--kind", "visit", "--attendee", "中村修", "-m", "x"] + Self.today,
            in: dir)
        #expect(try written(own, in: dir).contains("  - name: 中村 修\n    title: 主任\n    department: 情報システム部\n"))
    }

    @Test func aUniquePrefixIsCompletedAndSaidSo() throws {
        let dir = try Harness.copyExample("basic")
        let report = try run(
            ["report", "add", "--deal", "tokai-erp", "--kind", "visit", "--attendee", "松本", "-m", "x"] + Self.today,
            in: dir)
        #expect(report.status == 0)
        #expect(try written(report, in: dir).contains("  - name: 松本 隆\n    title: 専務取締役 CFO\n"))
        #expect(
            report.stderr
                == "note: attendee '松本' written as '松本 隆', the only person known at '東海精機株式会社' whose name starts so\n")
    }

    // MARK: 3. report add --file with front matter

    @Test func aFileWithFrontMatterIsReadLikeAReport() throws {
        let dir = try Harness.copyExample("basic")
        let file = dir + "/../note.md"
        try """
        ---
        kind: 訪問
        date: 2026-11-19
        attendees:
          - 松本隆
          - 岡田修，部長
        signals: [question]
        homework:
          - text: 見積を送付
            for: 田中 美咲
            due: 2026-11-27
        next: 12月に提案
        ---

        本文です。

        """.write(toFile: file, atomically: false, encoding: .utf8)
        // --kind on the command line wins over the file's kind.
        let result = try run(
            ["report", "add", "--deal", "tokai-erp", "--file", file, "--kind", "phone"] + Self.today, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("reports/2026/11/2026-11-19-tokai-erp-"))
        let text = try written(result, in: dir)
        #expect(
            text.hasPrefix(
                """
                ---
                date: 2026-11-19
                logged: 2026-11-20
                deal: tokai-erp
                author: 佐藤 健
                kind: phone
                attendees:
                  - name: 松本 隆
                    title: 専務取締役 CFO
                    department: 財務本部
                  - name: 岡田修
                    title: 部長
                signals:
                  - question
                homework:
                  - text: 見積を送付
                    for: 田中 美咲
                    due: 2026-11-27
                next: 12月に提案
                ---

                本文です。

                """), "\(text)")
        #expect(!text.contains("---\n\n---"))
        // From standard input too; a body without front matter stays a body.
        let piped = try run(
            ["report", "add", "--deal", "tokai-erp", "--file", "-"] + Self.today, in: dir,
            stdin: "---\nkind: phone\n---\n電話で確認\n")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(try written(piped, in: dir).hasSuffix("kind: phone\n---\n\n電話で確認\n"))
        let plain = try run(
            ["report", "add", "--deal", "tokai-erp", "--kind", "phone", "--file", "-"] + Self.today, in: dir,
            stdin: "ただの本文\n")
        #expect(try written(plain, in: dir).hasSuffix("kind: phone\n---\n\nただの本文\n"))
    }

    @Test(arguments: [
        (
            "---\nkind: visit\ndeal: kansai-logi\n---\nbody\n",
            "salesctl: NOTE:3:1: unknown field 'deal'; a report file may set attendees, signals, homework, next, kind, date\n"
        ),
        (
            "---\nkind: visit\ndate: 2026-11-21\n---\nbody\n",
            "salesctl: NOTE:3:7: date 2026-11-21 is after today (2026-11-20)\n"
        ),
        (
            "---\nkind: visit\nattendees:\n  - name: 岡田\n    post: 部長\n---\n",
            "salesctl: NOTE:5:5: unknown field 'post'; valid: name, title, department\n"
        ),
        (
            "---\nkind: visit\nhomework:\n  - 見積;田中;来週\n---\n",
            "salesctl: NOTE:4:5: homework due date '来週' is not a date YYYY-MM-DD\n"
        ),
        (
            "---\nkind: fax\n---\n",
            "salesctl: NOTE:2:7: unknown kind 'fax'\nhint: valid: visit (訪問), visit-us (来社), web-meeting (Web会議), phone (電話), inquiry (問い合わせ), email-reply (メール返信), demo (デモ), email (メール)\n"
        ),
        (
            "---\n---\nno kind anywhere\n",
            "salesctl: a report needs a kind: pass --kind KIND (visit, visit-us, web-meeting, phone, inquiry, email-reply, demo, email)\n"
        )
    ])
    func aBadReportFileIsRefusedWithItsPlace(_ text: String, _ message: String) throws {
        let dir = try Harness.copyExample("basic")
        let file = try Harness.temporaryDirectory() + "/note.md"
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        let before = try Harness.snapshot(dir)
        let result = try run(["report", "add", "--deal", "tokai-erp", "--file", file] + Self.today, in: dir)
        #expect(result.status == 2)
        #expect(result.stderr == message.replacingOccurrences(of: "NOTE", with: file))
        #expect(result.stdout.isEmpty)
        #expect(try Harness.snapshot(dir) == before)
    }

    // MARK: 6. late entries

    @Test func aLateReportShowsUpInTheWindowItWasLoggedIn() throws {
        let dir = try Harness.copyExample("basic")
        let today = ["--today", "2026-12-02"]
        let late = try run(
            [
                "report", "add", "--deal", "tokai-erp", "--kind", "visit", "--date", "2026-11-26",
                "--attendee", "山田 浩二", "-m", "11/26の訪問"
            ] + today, in: dir)
        #expect(late.status == 0, "\(late.stderr)")
        let path = late.stdout.trimmingCharacters(in: .newlines)
        #expect(try written(late, in: dir).hasPrefix("---\ndate: 2026-11-26\nlogged: 2026-12-02\ndeal: tokai-erp\n"))
        // Today's report has no logged date.
        let now = try run(["report", "add", "--deal", "tokai-erp", "--kind", "phone", "-m", "x"] + today, in: dir)
        #expect(!(try written(now, in: dir).contains("logged")))

        let list = try run(["report", "list", "--since", "2026-11-30"] + today, in: dir)
        #expect(
            list.stdout.contains("2026-11-26  2026-12-02  tokai-erp  visit  佐藤 健  山田 浩二 (部長, 情報システム部)  \(path)"),
            "\(list.stdout)")
        let csv = try run(["report", "list", "--since", "2026-11-30", "--format", "csv"] + today, in: dir)
        #expect(
            csv.stdout.hasPrefix(
                "date,deal,kind,author,attendees,path,logged\n2026-11-26,tokai-erp,visit,佐藤 健,\"山田 浩二 (部長, 情報システム部)\",\(path),2026-12-02\n"
            ),
            "\(csv.stdout)")
        let json = try run(["report", "list", "--since", "2026-11-30", "--format", "json"] + today, in: dir)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(
            reports.first?["date"] as? String == "2026-11-26" && reports.first?["logged"] as? String == "2026-12-02")
        #expect(reports.count == 2 && reports.last?["logged"] is NSNull)
        // Outside both dates it stays out; by its contact date alone it is in.
        #expect(
            try run(["report", "list", "--since", "2026-11-27", "--until", "2026-12-01", "-q"] + today, in: dir).stdout
                .isEmpty)
        #expect(
            try run(["report", "list", "--since", "2026-11-26", "--until", "2026-11-26", "-q"] + today, in: dir).stdout
                == path + "\n")

        let feed = try run(["feed", "--since", "2026-11-30"] + today, in: dir)
        #expect(
            feed.stdout.contains("2026-11-26\n  tokai-erp  ● 訪問: 山田 浩二(部長) (logged 2026-12-02)  佐藤 健\n"),
            "\(feed.stdout)")
        let feedJSON = try run(["feed", "--since", "2026-11-30", "--format", "json"] + today, in: dir)
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(feedJSON.stdout.utf8)) as? [[String: Any]])
        let entry = try #require(entries.first { $0["path"] as? String == path })
        #expect(entry["date"] as? String == "2026-11-26" && entry["logged"] as? String == "2026-12-02")
        #expect(try run(["check", "--today", "2026-12-02"], in: dir).status == 0)
    }

    @Test func backDatedEventsRecordTheDayTheyWereLoggedAndReachTheFeed() throws {
        let dir = try Harness.copyExample("basic")
        let today = ["--today", "2026-12-02"]
        let step = try run(
            ["deal", "step", "kansai-logi", "proposal", "--date", "2026-11-26", "--note", "提案書を準備"] + today,
            in: dir)
        #expect(step.status == 0, "\(step.stderr)")
        let quality = try run(
            ["quality", "set", "kansai-logi", "champion", "yes", "--date", "2026-11-25"] + today, in: dir)
        #expect(quality.status == 0, "\(quality.stderr)")
        let same = try run(["quality", "set", "kansai-logi", "empathy", "yes"] + today, in: dir)
        #expect(same.status == 0)
        let file = try Harness.read(dir + "/deals/kansai-logi.yaml")
        #expect(
            file.contains(
                """
                    event: step
                    step: proposal
                    note: 提案書を準備
                    logged: 2026-12-02

                """), "\(file)")
        #expect(file.contains("    indicator: champion\n    value: \"yes\"\n    logged: 2026-12-02\n"))
        #expect(file.hasSuffix("    indicator: empathy\n    value: \"yes\"\n"))
        let feed = try run(["feed", "--since", "2026-11-30", "--deal", "kansai-logi"] + today, in: dir)
        #expect(
            feed.stdout.contains("2026-11-25\n  kansai-logi  * quality 推進者: yes (logged 2026-12-02)  佐藤 健\n"),
            "\(feed.stdout)")
        #expect(
            feed.stdout.contains("2026-11-26\n  kansai-logi  * checked 提案書と見積を準備 — 提案書を準備 (logged 2026-12-02)  佐藤 健\n"))
        #expect(feed.stdout.contains("2026-12-02\n  kansai-logi  * quality 共感: yes  佐藤 健\n"))
        #expect(try run(["check", "--today", "2026-12-02"], in: dir).status == 0)
    }

    // MARK: 9. smaller items

    @Test func currencyIsStoredAsItsCode() throws {
        let dir = try Harness.copyExample("basic")
        let created = try run(
            [
                "deal", "new", "us-deal", "--title", "t", "--customer", "Acme Inc.", "--amount", "1000",
                "--currency", "usd"
            ] + Self.today, in: dir)
        #expect(created.status == 0)
        #expect(try Harness.read(dir + "/deals/us-deal.yaml").contains("\ncurrency: USD\n"))
        let before = try Harness.snapshot(dir)
        let bad = try run(
            ["deal", "new", "x-deal", "--title", "t", "--customer", "c", "--currency", "dollars"] + Self.today, in: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr == "salesctl: currency 'dollars' is not a three-letter code such as JPY, USD or EUR\n")
        #expect(try Harness.snapshot(dir) == before)
    }

    @Test func homeworkDueBeforeTheReportIsRefused() throws {
        let dir = try Harness.copyExample("basic")
        let before = try Harness.snapshot(dir)
        let result = try run(
            [
                "report", "add", "--deal", "tokai-erp", "--kind", "visit", "--date", "2026-11-18",
                "--homework", "見積を送付;田中 美咲;2026-11-17", "-m", "x"
            ] + Self.today, in: dir)
        #expect(result.status == 2)
        #expect(result.stderr == "salesctl: homework '見積を送付' is due 2026-11-17, before the report's date 2026-11-18\n")
        #expect(try Harness.snapshot(dir) == before)
        // Due on the day of the report is fine.
        #expect(
            try run(
                [
                    "report", "add", "--deal", "tokai-erp", "--kind", "visit", "--date", "2026-11-18",
                    "--homework", "見積を送付;田中 美咲;2026-11-18", "-m", "x"
                ] + Self.today, in: dir
            ).status == 0)
    }

    @Test func aBackwardMoveShowsItsReasonInShowAndFeed() throws {
        let dir = try Harness.copyExample("basic")
        let back = try run(
            ["deal", "advance", "tokai-erp", "--to", "define", "--reason", "推進者の山田部長が異動"] + Self.today, in: dir)
        #expect(back.status == 0)
        #expect(back.stdout == "tokai-erp: stage 決定 → 定義 (back: 推進者の山田部長が異動)\n")
        let show = try run(["deal", "show", "tokai-erp"] + Self.today, in: dir)
        #expect(show.stdout.contains("  2026-11-20 * stage 決定 → 定義 (back: 推進者の山田部長が異動)  佐藤 健\n"))
        let feed = try run(["feed", "--deal", "tokai-erp"] + Self.today, in: dir)
        #expect(feed.stdout.contains("tokai-erp  * stage 決定 → 定義 (back: 推進者の山田部長が異動)  佐藤 健\n"))
    }

    @Test func qualityCheckListsUnknownAnswersWithTheUnanswered() throws {
        let dir = try Harness.copyExample("basic")
        try #require(run(["quality", "set", "tokai-erp", "empathy", "unknown"] + Self.today, in: dir).status == 0)
        let check = try run(["quality", "check", "tokai-erp", "--format", "json"] + Self.today, in: dir)
        #expect(check.status == 1)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first?["unanswered"] as? [String] == ["empathy"])
        #expect(rows.first?["unknown"] as? [String] == ["empathy"])
        let table = try run(["quality", "check", "tokai-erp"] + Self.today, in: dir)
        #expect(table.stdout.contains("共感 (unknown)"))
    }
}
