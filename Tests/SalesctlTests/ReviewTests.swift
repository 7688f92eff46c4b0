import Foundation
import Testing

/// `salesctl review` end to end: the three formats on a copy of examples/basic, the page checked
/// by an HTML parser (scripts/check-html), its numbers against the list commands', hostile data.
@Suite struct ReviewTests {
    static let env = ["SALESCTL_TODAY": "2026-11-20"]
    static let headings = [
        "1. Pipeline by stage", "2. Forecast and results against targets", "3. Pipeline movement",
        "4. Deals that need action", "5. Customer energy",
        "6. Deal quality", "7. Lost and dropped deals", "8. Activity per rep"
    ]
    static let script = "<script>alert(1)</script>"
    static let image = "\"><img src=x onerror=alert(1)>"

    /// What scripts/check-html found in a page: its errors, SVG sizes, tables per section, text.
    struct Page {
        var errors: [String]
        var svgs: [[Double]]
        var sections: [String: [[String: Any]]]
        var text: String

        func tables(_ section: String) -> [(caption: String?, header: [String], rows: [[String]])] {
            (sections[section] ?? []).map {
                ($0["caption"] as? String, $0["header"] as? [String] ?? [], $0["rows"] as? [[String]] ?? [])
            }
        }

        func table(_ section: String, caption: String? = nil) throws -> (header: [String], rows: [[String]]) {
            let t = try #require(
                tables(section).first { caption == nil || $0.caption == caption },
                "no table \(caption ?? "") in \(section)")
            return (t.header, t.rows)
        }
    }

    static func check(_ path: String) throws -> Page {
        let result = try Harness.spawn(
            "/usr/bin/env", ["python3", Harness.packageRoot.path + "/scripts/check-html", path],
            environment: ProcessInfo.processInfo.environment)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
        let page = Page(
            errors: json["errors"] as? [String] ?? ["no errors field"], svgs: json["svgs"] as? [[Double]] ?? [],
            sections: json["sections"] as? [String: [[String: Any]]] ?? [:], text: json["text"] as? String ?? "")
        #expect(result.status == (page.errors.isEmpty ? 0 : 1))
        return page
    }

    /// examples/basic plus a deal whose every text field is markup, dropped in the default window.
    static func hostileStore() throws -> String {
        let dir = try Harness.copyExample("basic")
        for command in [
            ["deal", "new", "xss", "--title", script, "--customer", image, "--amount", "1000", "--date", "2026-11-01"],
            [
                "report", "add", "--deal", "xss", "--kind", "phone", "--attendee", "\(image),\(script)",
                "--homework", "\(script);佐藤 健;2026-11-17", "--date", "2026-11-16", "-m", image
            ],
            ["next", "set", "xss", image, "--due", "2026-11-18", "--date", "2026-11-16"],
            [
                "deal", "new", "xss-lost", "--title", image, "--customer", script, "--amount", "2000", "--date",
                "2026-11-01"
            ],
            ["deal", "drop", "xss-lost", "--reason", "timing", "--note", image, "--date", "2026-11-19"]
        ] {
            let result = try Harness.run(command, in: dir, environment: env)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        return dir
    }

    @Test func threeFormatsOnTheExample() throws {
        let dir = try Harness.copyExample("basic")
        let out = try Harness.temporaryDirectory()
        let before = try Harness.snapshot(dir)
        let text = try Harness.run(["review", "--since", "2026-10-01"], in: dir, environment: Self.env)
        #expect(text.status == 0 && text.stderr == "")
        #expect(text.stdout.hasPrefix("Weekly sales review\n2026-10-01 – 2026-11-20 (51 days) · All owners\n"))
        for heading in Self.headings { #expect(text.stdout.contains("\n\(heading)\n"), "\(heading)") }
        #expect(
            text.stdout.contains("  決定       ") && text.stdout.contains("█") && text.stdout.contains("▂▃▁▁█▇▆▂▂▁▁▁"))
        #expect(text.stdout.contains("total JPY             4  ¥95,400,000  ¥50,420,000"))
        #expect(text.stdout.contains("    → deliver the homework 'CFO向けに投資回収(ROI)試算を提出'"))
        #expect(text.stdout.contains("2026-10-15  minato-sfa"))  // lost in the window

        let md = try Harness.run(
            ["review", "--format", "markdown", "--since", "2026-10-01"], in: dir, environment: Self.env)
        #expect(md.status == 0 && md.stderr == "")
        #expect(md.stdout.hasPrefix("# Weekly sales review\n\n2026-10-01 – 2026-11-20 (51 days) · All owners\n"))
        for heading in Self.headings { #expect(md.stdout.contains("\n## \(heading)\n"), "\(heading)") }
        #expect(md.stdout.contains("| 決定       |  60% |     1 | ¥48,000,000 | ¥28,800,000 |"))

        let html = try Harness.run(
            ["review", "--format", "html", "--out", out + "/review.html"], in: dir, environment: Self.env)
        #expect(html.status == 0 && html.stdout == "" && html.stderr == "")
        let page = try Harness.read(out + "/review.html")
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<h1>Weekly sales review</h1>\n<p>2026-11-14 – 2026-11-20 (7 days) · All owners</p>"))
        for heading in Self.headings { #expect(page.contains("<h2>\(heading)</h2>"), "\(heading)") }
        #expect(!page.contains("<script") && !page.contains("http://") && !page.contains("https://"))

        // --out picks the format by its extension; the file holds what stdout would.
        for (name, format) in [("r.md", "markdown"), ("r.htm", "html"), ("r.txt", "text")] {
            let written = try Harness.run(["review", "--out", out + "/" + name], in: dir, environment: Self.env)
            #expect(written.status == 0 && written.stdout == "" && written.stderr == "")
            let printed = try Harness.run(["review", "--format", format], in: dir, environment: Self.env)
            #expect(try Harness.read(out + "/" + name) == printed.stdout, "\(name)")
        }
        // A relative --out starts at the current directory, not at the store's.
        let relative = try Harness.run(["review", "--dir", dir, "--out", "rel.md"], in: out, environment: Self.env)
        #expect(relative.status == 0, "\(relative.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/rel.md"))
        #expect(try Harness.snapshot(dir) == before)
    }

    @Test func titlesFollowTheStoresLanguage() throws {
        let dir = try Harness.copyExample("basic")
        let ja = try Harness.run(
            ["review", "--format", "markdown"], in: dir, environment: Self.env.merging(["SALESCTL_LANG": "ja"]) { $1 })
        #expect(ja.status == 0 && ja.stderr == "")
        #expect(ja.stdout.hasPrefix("# 週次営業レビュー\n") && ja.stdout.contains("\n## 3. パイプラインの動き\n"))
        #expect(ja.stdout.contains("| 期間    |        受注 |        目標 | 達成率 | 進行中 |    加重金額 |  目標との差 |"))
        // The page's table headings and the sparklines' titles too (issue 21).
        let page = try Harness.run(
            ["review", "--format", "html"], in: dir, environment: Self.env.merging(["SALESCTL_LANG": "ja"]) { $1 })
        #expect(page.stdout.contains("<th>商談</th>") && page.stdout.contains("<th class=\"num\">目標との差</th>"))
        #expect(page.stdout.contains("<title>週ごとのポイント: "))
        #expect(!page.stdout.contains("<th>deal</th>") && !page.stdout.contains("points per week"))
    }

    @Test func anOwnerLimitsTheReview() throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(
            ["review", "--owner", "田中", "--format", "markdown"], in: dir, environment: Self.env)
        #expect(result.status == 0 && result.stderr == "")
        #expect(result.stdout.contains("· Owner: 田中 美咲\n"))
        #expect(result.stdout.contains("| tokai-erp ") && !result.stdout.contains("| kansai-logi "))
    }

    @Test func thePageIsValidMarkupAndHostileDataStaysText() throws {
        let dir = try Self.hostileStore()
        let out = try Harness.temporaryDirectory() + "/review.html"
        let result = try Harness.run(["review", "--out", out], in: dir, environment: Self.env)
        #expect(result.status == 0, "\(result.stderr)")
        let page = try Self.check(out)
        #expect(page.errors.isEmpty, "\(page.errors)")
        #expect(page.svgs.count >= 10 && page.svgs.allSatisfy { $0.count == 2 && $0[0] > 0 && $0[1] > 0 })
        #expect(
            Set(page.sections.keys) == [
                "pipeline", "forecast", "movement", "attention", "energy", "quality", "lost", "activity"
            ])
        // The markup of the data is there, as text a person reads: title, customer, homework, next action, note.
        let next = try page.table("attention", caption: "No next action, or an overdue one")
        #expect(next.rows.contains { $0 == ["xss", Self.script, "佐藤 健", Self.image, "2026-11-18", "2d"] })
        let homework = try page.table("attention", caption: "Overdue homework")
        #expect(homework.rows.contains { $0.prefix(3) == ["xss", Self.script, "佐藤 健"] })
        let lost = try page.table("lost")
        #expect(
            lost.rows.contains {
                $0[1] == "xss-lost" && $0[2] == Self.image && $0[3] == Self.script && $0.last == Self.image
            })
        #expect(page.text.contains(Self.script) && page.text.contains(Self.image))
    }

    /// The page's numbers are those the list commands print for the same day.
    @Test func theNumbersAreThoseOfTheListCommands() throws {
        let dir = try Harness.copyExample("basic")
        let out = try Harness.temporaryDirectory() + "/review.html"
        #expect(try Harness.run(["review", "--out", out], in: dir, environment: Self.env).status == 0)
        let page = try Self.check(out)
        func json(_ args: [String]) throws -> Any {
            let r = try Harness.run(args + ["--format", "json"], in: dir, environment: Self.env)
            #expect(r.status == 0 || (args.first == "quality" && r.status == 1), "\(args): \(r.stderr)")
            return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
        }
        func number(_ cell: String) -> Int? { Int(cell.filter { $0.isNumber || $0 == "-" }) }

        // forecast --by stage: every stage's and every currency's weighted amount.
        let forecast = try #require(try json(["forecast", "--by", "stage"]) as? [String: Any])
        let pipeline = try page.table("pipeline")
        let stageRows = pipeline.rows.filter { !$0[0].hasPrefix("total ") && $0[2] != "0" }
        let groups = try #require(forecast["groups"] as? [[String: Any]]).filter { ($0["deals"] as? Int ?? 0) > 0 }
        #expect(stageRows.count == groups.count)
        for (row, group) in zip(stageRows, groups) {
            #expect(
                number(row[2]) == group["deals"] as? Int && number(row[3]) == group["amount"] as? Int
                    && number(row[4]) == group["weighted"] as? Int, "\(row) \(group)")
        }
        for total in try #require(forecast["totals"] as? [[String: Any]]) where (total["deals"] as? Int ?? 0) > 0 {
            let row = try #require(pipeline.rows.first { $0[0] == "total \(total["currency"] as! String)" })
            #expect(
                number(row[2]) == total["deals"] as? Int && number(row[3]) == total["amount"] as? Int
                    && number(row[4]) == total["weighted"] as? Int)
        }
        // results --period: won, target and weighted pipeline of the quarter and the year.
        let periods = try page.table(
            "forecast", caption: "Results by quarter and year (as salesctl results --period counts them)"
        ).rows
        for period in ["2026-Q4", "2026"] {
            let results = try #require(try json(["results", "--period", period]) as? [String: Any])
            for total in try #require(results["totals"] as? [[String: Any]]) {
                let symbol = ["JPY": "¥", "USD": "$"][total["currency"] as! String]!
                let row = try #require(periods.first { $0[0] == period && $0[1].hasPrefix(symbol) }, "\(period)")
                #expect(
                    number(row[1]) == total["won_amount"] as? Int && number(row[2]) == total["target"] as? Int
                        && number(row[4]) == total["open_deals"] as? Int && number(row[5]) == total["weighted"] as? Int,
                    "\(row) \(total)")
            }
        }
        // pipeline changes over the window: the same deals and changes.
        let changes = try #require(
            try json(["pipeline", "changes", "--since", "2026-11-14", "--until", "2026-11-20"]) as? [String: Any])
        let moved = try #require(changes["deals"] as? [[String: Any]])
        let movedRows = try page.table(
            "movement", caption: "Deals that moved (as salesctl pipeline changes lists them)"
        ).rows
        #expect(!moved.isEmpty)
        #expect(movedRows.map { $0[0] } == moved.map { $0["id"] as! String })
        #expect(movedRows.map { $0[3] } == moved.map { ($0["changes"] as! [String]).joined(separator: ", ") })
        // stale list: the same deals, days and thresholds, in its order.
        let stale = try #require(try json(["stale", "list"]) as? [[String: Any]])
        let staleRows = try page.table("attention", caption: "Stale deals, with suggestions").rows
        #expect(staleRows.map { $0[0] } == stale.map { $0["deal"] as! String })
        #expect(staleRows.map { number($0[5]) } == stale.map { $0["days_since"] as? Int })
        #expect(staleRows.map { number($0[6]) } == stale.map { $0["threshold"] as? Int })
        // energy score: the ranking, totals and the two 4-week sums.
        let energy = try #require(try json(["energy", "score"]) as? [[String: Any]])
        let energyRows = try page.table("energy", caption: "Trend per open deal (points per week, last 12 weeks)").rows
        #expect(energyRows.map { $0[0] } == energy.map { $0["deal"] as! String })
        #expect(energyRows.map { number($0[3]) } == energy.map { $0["total"] as? Int })
        #expect(energyRows.map { number($0[5]) } == energy.map { ($0["trend"] as! [String: Any])["recent"] as? Int })
        #expect(energyRows.map { number($0[6]) } == energy.map { ($0["trend"] as! [String: Any])["previous"] as? Int })
        // quality check: every deal it reports has the same score on the page.
        let quality = try #require(try json(["quality", "check"]) as? [[String: Any]])
        let qualityRows = try page.table("quality").rows
        #expect(!quality.isEmpty)
        for q in quality {
            let row = try #require(qualityRows.first { $0[0] == q["deal"] as! String })
            #expect(number(row[2]) == q["score"] as? Int, "\(row) \(q)")
        }
    }

    @Test(arguments: [
        (
            ["review", "--until", "2026-11-32"], 2,
            "salesctl: invalid date '2026-11-32' for --until (expected YYYY-MM-DD)\n"
        ),
        (["review", "--since", "11/01"], 2, "salesctl: invalid date '11/01' for --since (expected YYYY-MM-DD)\n"),
        (["review", "--since", "2026-11-21"], 2, "salesctl: --since 2026-11-21 is after --until 2026-11-20\n"),
        (["review", "--owner", "山本"], 1, "salesctl: no owner matches '山本'\n"),
        (["review", "--rows=-1"], 2, "salesctl: --rows must not be negative\n"),
        (
            ["review", "--out", "/nonexistent/dir/review.html"], 1,
            "salesctl: '/nonexistent/dir/review.html': cannot create a temporary file: no such file or directory\n"
        )
    ]) func errors(arguments: [String], status: Int32, message: String) throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(arguments, in: dir, environment: Self.env)
        #expect(result.status == status)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(result.stdout == "")
    }

    @Test func aBadFormatIsAUsageError() throws {
        let result = try Harness.run(
            ["review", "--format", "pdf"], in: try Harness.copyExample("basic"), environment: Self.env)
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "salesctl: the value 'pdf' is invalid for '--format <format>'. Please provide one of 'html', 'markdown' or 'text'."
            ))
    }
}
