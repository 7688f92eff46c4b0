import Foundation
import Testing

/// End-to-end: `quality set/show/check` and `init --quality`, on copies of examples/basic
/// (today 2026-11-20) and on small fresh stores.
@Suite struct QualityTests {
    let today = ["--today", "2026-11-20"]

    @Test func setAppendsOnlyHistoryLines() throws {
        let dir = try Harness.copyExample("basic")
        let path = dir + "/deals/tokai-erp.yaml"
        let before = try Harness.read(path)
        let result = try Harness.run(
            [
                "quality", "set", "tokai-erp", "推進者", "yes", "--note", "後任の小川部長も当社を支持",
                "--date", "2026-11-18"
            ] + today, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "tokai-erp champion (推進者): no → yes\n")
        #expect(
            try Harness.read(path) == before + """
                  - date: 2026-11-18
                    by: 佐藤 健
                    event: quality
                    indicator: champion
                    value: "yes"
                    note: 後任の小川部長も当社を支持
                    logged: 2026-11-20

                """)
        let show = try Harness.run(["quality", "show", "tokai-erp"] + today, in: dir)
        #expect(show.stdout.contains("  2026-11-10  佐藤 健  推進者 (champion): yes → no — 推進者の山田部長が異動\n"))
        #expect(show.stdout.contains("  2026-11-18  佐藤 健  推進者 (champion): no → yes — 後任の小川部長も当社を支持\n"))
        #expect(show.stdout.contains("quality 80 (4 of 5 indicators good)\n"))
        // The judgement is dated 2026-11-18: as of 2026-11-15 the champion is still gone.
        #expect(
            try Harness.run(["quality", "show", "tokai-erp", "--today", "2026-11-15"], in: dir).stdout
                .contains("quality 60 (3 of 5 indicators good)\n"))
        #expect(try Harness.run(["check"] + today, in: dir).status == 0)
    }

    @Test func setByAndDefaultDate() throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(
            ["quality", "set", "hokuriku-ec", "empathy", "unknown", "--by", "鈴木 大輔"] + today, in: dir)
        #expect(result.stdout == "hokuriku-ec empathy (共感): unknown\n")
        let text = try Harness.read(dir + "/deals/hokuriku-ec.yaml")
        #expect(
            text.hasSuffix(
                "  - date: 2026-11-20\n    by: 鈴木 大輔\n    event: quality\n    indicator: empathy\n    value: unknown\n")
        )
    }

    /// tokai-erp, as of 2026-11-20: referral yes (good), empathy yes (good), competitor yes (bad,
    /// good is "no"), champion no (bad, was yes on 2026-07-27: worsened on 2026-11-10), executive
    /// yes (good): 3 of 5 equal weights = 60.
    @Test func showJSON() throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(["quality", "show", "tokai-erp", "--format", "json"] + today, in: dir)
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["score"] as? Int == 60)
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        #expect(indicators.compactMap { $0["standing"] as? String } == ["good", "good", "bad", "bad", "good"])
        let champion = try #require(indicators.first { $0["id"] as? String == "champion" })
        #expect((champion["history"] as? [[String: Any]])?.compactMap { $0["value"] as? String } == ["yes", "no"])
        #expect(champion["date"] as? String == "2026-11-10")
    }

    @Test func checkOnExamplesFindsProblemsAndExitsOne() throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(["quality", "check", "--format", "json"] + today, in: dir)
        #expect(result.status == 1)
        let rows = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        // Open deals only: won, lost and on-hold deals are not checked.
        #expect(
            rows.compactMap { $0["deal"] as? String } == [
                "hokuriku-ec", "kansai-logi", "nishinihon-cloud", "pacific-scm", "tokai-erp"
            ])
        let tokai = try #require(rows.first { $0["deal"] as? String == "tokai-erp" })
        #expect(tokai["score"] as? Int == 60)
        #expect((tokai["worsened"] as? [[String: Any]])?.first?["indicator"] as? String == "champion")
        #expect((tokai["worsened"] as? [[String: Any]])?.first?["from"] as? String == "yes")
        let kansai = try #require(rows.first { $0["deal"] as? String == "kansai-logi" })
        // competitor went from "no" (good) to "yes" (bad) on 2026-11-09; champion never answered.
        #expect((kansai["worsened"] as? [[String: Any]])?.first?["indicator"] as? String == "competitor")
        #expect(kansai["unanswered"] as? [String] == ["champion"])
        #expect(kansai["score"] as? Int == 40)  // empathy and executive good: 2 of 5
        let hokuriku = try #require(rows.first { $0["deal"] as? String == "hokuriku-ec" })
        #expect(hokuriku["score"] as? Int == 0)  // referral "no" is bad; the rest unanswered
        #expect((hokuriku["overdue"] as? [[String: Any]])?.first?["days"] as? Int == 50)

        let table = try Harness.run(["quality", "check", "--owner", "田中 美咲"] + today, in: dir)
        #expect(table.status == 1)
        #expect(table.stdout.contains("推進者 yes→no 2026-11-10"))
        #expect(table.stdout.split(separator: "\n").count == 2)
        let csv = try Harness.run(
            ["quality", "check", "--stage", "定義", "--min", "50", "--format", "csv"] + today, in: dir)
        #expect(
            csv.stdout == "deal,owner,stage,score,min,unanswered,overdue,worsened,next\n"
                + "kansai-logi,鈴木 大輔,define,40,50,champion,referral:2026-08-24,competitor no→yes:2026-11-09,\n")
    }

    /// A fresh store where every indicator is answered well and recently: silence and exit 0;
    /// then each kind of finding alone makes it exit 1.
    @Test func cleanStoreIsSilent() throws {
        let dir = try Harness.temporaryDirectory() + "/team"
        try #require(Harness.run(["init", dir]).status == 0)
        try #require(
            Harness.run(["deal", "new", "acme", "--title", "t", "--customer", "c", "--date", "2026-11-01"], in: dir)
                .status == 0)
        for (indicator, value) in [
            ("referral", "yes"), ("empathy", "yes"), ("competitor", "no"), ("champion", "yes"), ("executive", "yes")
        ] {
            try #require(
                Harness.run(["quality", "set", "acme", indicator, value, "--date", "2026-11-01"] + today, in: dir)
                    .status == 0)
        }
        // An open deal needs a dated next action too (here due long after the checks below).
        let noNext = try Harness.run(["quality", "check", "--format", "csv"] + today, in: dir)
        #expect(noNext.status == 1 && noNext.stdout.hasSuffix(",none\n"))
        try #require(
            Harness.run(["next", "set", "acme", "提案", "--due", "2026-12-31", "--date", "2026-11-01"] + today, in: dir)
                .status == 0)
        let clean = try Harness.run(["quality", "check", "--min", "100"] + today, in: dir)
        #expect(clean.status == 0 && clean.stdout.isEmpty && clean.stderr.isEmpty)
        // 2026-11-01 + 30 days = 2026-12-01 is still fine; a day later every indicator is overdue.
        #expect(try Harness.run(["quality", "check", "--today", "2026-12-01"], in: dir).status == 0)
        let overdue = try Harness.run(["quality", "check", "--today", "2026-12-02"], in: dir)
        #expect(overdue.status == 1 && overdue.stdout.contains("31d"))
        #expect(
            try Harness.run(["quality", "check", "--review-days", "40", "--today", "2026-12-02"], in: dir).status == 0)
        try #require(Harness.run(["quality", "set", "acme", "executive", "unknown"] + today, in: dir).status == 0)
        let worse = try Harness.run(["quality", "check", "--format", "tsv"] + today, in: dir)
        #expect(worse.status == 1)
        // An unknown answer is a gap too, listed with the unanswered ones (issue 19).
        #expect(
            worse.stdout.hasSuffix("acme\t佐藤 健\tdiscovery\t80\t\texecutive\t\texecutive yes→unknown:2026-11-20\t\n"))
        #expect(try Harness.run(["quality", "check", "--min", "81"] + today, in: dir).status == 1)
    }

    @Test(arguments: [("meddpicc", "economic-buyer", 8), ("bant", "timeline", 4), ("pronavi", "champion", 5)])
    func initTemplates(template: String, indicator: String, count: Int) throws {
        let dir = try Harness.temporaryDirectory() + "/team"
        let created = try Harness.run(["init", "--quality", template, dir])
        #expect(created.status == 0, "\(created.stderr)")
        try #require(
            Harness.run(["deal", "new", "acme", "--title", "t", "--customer", "c", "--date", "2026-11-01"], in: dir)
                .status == 0)
        let set = try Harness.run(["quality", "set", "acme", indicator, "yes"] + today, in: dir)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(try Harness.run(["check"] + today, in: dir).status == 0)
        let show = try Harness.run(["quality", "show", "acme", "--format", "json"] + today, in: dir)
        let object = try #require(JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect((object["indicators"] as? [Any])?.count == count)
    }

    @Test(
        arguments: [
            (
                ["quality", "set", "tokai-erp", "budget", "yes"],
                "salesctl: unknown quality indicator 'budget'\nhint: valid: referral (発生理由), empathy (共感), competitor (強力な競合), champion (推進者), executive (役員関与)\n"
            ),
            (
                ["quality", "set", "tokai-erp", "champion", "maybe"],
                "salesctl: invalid value 'maybe' for champion; valid: yes, no, unknown\n"
            ),
            (
                ["quality", "set", "tokai-erp", "champion", "no", "--date", "2026-12-01"],
                "salesctl: date 2026-12-01 is after today (2026-11-20)\n"
            ),
            (
                ["quality", "set", "tokai-erp", "champion", "no", "--date", "11/20"],
                "salesctl: invalid date '11/20' for --date (expected YYYY-MM-DD)\n"
            ),
            (
                ["quality", "set", "tokai-erb", "champion", "no"],
                "salesctl: no deal 'tokai-erb'\nhint: did you mean 'tokai-erp'?\n"
            ),
            (["quality", "show", "nope"], "salesctl: no deal 'nope'\n"),
            (["quality", "check", "--min", "101"], "salesctl: --min must be between 0 and 100, not 101\n"),
            (
                ["quality", "check", "--stage", "closing"],
                "salesctl: unknown stage 'closing'\nhint: valid: discovery (発見), define (定義), decision (決定), delivery (デリバリー), maintenance (維持)\n"
            ),
            (["init", "--quality", "spin"], nil)
        ] as [([String], String?)])
    func badInput(arguments: [String], expected: String?) throws {
        let dir = try Harness.copyExample("basic")
        let before = try Harness.snapshot(dir)
        let result = try Harness.run(arguments + today, in: dir)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        if let expected { #expect(result.stderr == expected) } else { #expect(result.status == 2) }
        #expect(try Harness.snapshot(dir) == before)
    }
}
