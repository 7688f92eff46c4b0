import Foundation
import SalesKit
import Testing

/// End-to-end: `stale list` on a copy of examples/basic with fixed dates. As of 2026-11-20:
/// tokai-erp (decision, 14 days) last contact 2026-11-02 = 18 days; nishinihon-cloud (30) 42 days;
/// pacific-scm (maintenance, 60) 66 days; hokuriku-ec has no report, created 2026-10-01 = 50
/// days; kansai-logi was contacted yesterday; won, lost and on-hold deals never count.
@Suite struct StaleTests {
    func stale(_ args: [String], in dir: String) throws -> [[String: Any]] {
        let result = try Harness.run(["stale", "list", "--format", "json"] + args, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    func ids(_ rows: [[String: Any]]) -> [String] { rows.compactMap { $0["deal"] as? String } }

    @Test func weeklyListOnExamples() throws {
        let dir = try Harness.copyExample("basic")
        let rows = try stale(["--as-of", "2026-11-20"], in: dir)
        #expect(ids(rows) == ["pacific-scm", "hokuriku-ec", "nishinihon-cloud", "tokai-erp"])
        let tokai = try #require(rows.last)
        #expect(tokai["last_contact"] as? String == "2026-11-02")
        #expect(tokai["days_since"] as? Int == 18 && tokai["threshold"] as? Int == 14)
        #expect((tokai["energy"] as? [String: Any])?["total"] as? Int == 202)
        #expect(((tokai["energy"] as? [String: Any])?["trend"] as? [String: Any])?["direction"] as? String == "falling")
        #expect(tokai["quality"] as? Int == 60)
        #expect(tokai["next"] as? String == "山田部長の後任を確認")
        #expect((tokai["open_homework"] as? [[String: Any]])?.first?["overdue"] as? Bool == true)
        let hokuriku = try #require(rows.first { $0["deal"] as? String == "hokuriku-ec" })
        #expect(hokuriku["last_contact"] is NSNull)
        #expect(hokuriku["days_since"] as? Int == 50 && hokuriku["threshold"] as? Int == 30)
        let pacific = try #require(rows.first { $0["deal"] as? String == "pacific-scm" })
        #expect(pacific["threshold"] as? Int == 60 && pacific["days_since"] as? Int == 66)
        // --today works as the default of --as-of.
        #expect(ids(try stale(["--today", "2026-11-20"], in: dir)) == ids(rows))
    }

    @Test func boundaries() throws {
        let dir = try Harness.copyExample("basic")
        // tokai-erp: 2026-11-02 + 14 days. Exactly 14 days is not stale, 15 is.
        #expect(!ids(try stale(["--as-of", "2026-11-16"], in: dir)).contains("tokai-erp"))
        #expect(ids(try stale(["--as-of", "2026-11-17"], in: dir)).contains("tokai-erp"))
        // nishinihon-cloud: 2026-10-09 + 30 days.
        #expect(!ids(try stale(["--as-of", "2026-11-08"], in: dir)).contains("nishinihon-cloud"))
        #expect(ids(try stale(["--as-of", "2026-11-09"], in: dir)).contains("nishinihon-cloud"))
        // --days overrides the stages: 18 days is not stale under --days 18, stale under 17;
        // pacific-scm (66 days) is stale, and kansai-logi (1 day) only under --days 0.
        #expect(!ids(try stale(["--as-of", "2026-11-20", "--days", "18"], in: dir)).contains("tokai-erp"))
        #expect(
            ids(try stale(["--as-of", "2026-11-20", "--days", "17"], in: dir)) == [
                "pacific-scm", "hokuriku-ec", "nishinihon-cloud", "tokai-erp"
            ])
        #expect(ids(try stale(["--as-of", "2026-11-20", "--days", "0"], in: dir)).contains("kansai-logi"))
        // A report dated after --as-of does not count: as of 2026-11-01 tokai-erp's last contact is 2026-10-28.
        let early = try stale(["--as-of", "2026-11-01", "--days", "3"], in: dir)
        #expect(early.first { $0["deal"] as? String == "tokai-erp" }?["last_contact"] as? String == "2026-10-28")
    }

    @Test func filtersAndSort() throws {
        let dir = try Harness.copyExample("basic")
        let asOf = ["--as-of", "2026-11-20"]
        #expect(ids(try stale(asOf + ["--owner", "高橋 由美"], in: dir)) == ["pacific-scm", "hokuriku-ec"])
        #expect(ids(try stale(asOf + ["--stage", "決定"], in: dir)) == ["tokai-erp"])
        #expect(ids(try stale(asOf + ["--customer", "西日本"], in: dir)) == ["nishinihon-cloud"])
        #expect(
            ids(try stale(asOf + ["--sort", "amount"], in: dir)) == [
                "tokai-erp", "nishinihon-cloud", "hokuriku-ec", "pacific-scm"
            ])
        #expect(
            ids(try stale(asOf + ["--sort", "energy"], in: dir)) == [
                "tokai-erp", "nishinihon-cloud", "pacific-scm", "hokuriku-ec"
            ])
        #expect(ids(try stale(asOf + ["--sort", "quality"], in: dir)).first == "tokai-erp")
    }

    @Test func suggestionsHaveReasons() throws {
        let dir = try Harness.copyExample("basic")
        let rows = try stale(["--as-of", "2026-11-20", "--suggest"], in: dir)
        let hokuriku = try #require(
            rows.first { $0["deal"] as? String == "hokuriku-ec" }?["suggestions"] as? [[String: String]])
        #expect(
            hokuriku.map { $0["reason"] } == [
                "no activity report since the deal was created on 2026-10-01", "no key persons recorded",
                "no next action"
            ])
        let tokai = try #require(
            rows.first { $0["deal"] as? String == "tokai-erp" }?["suggestions"] as? [[String: String]])
        #expect(tokai.contains { $0["reason"] == "champion went from yes to no on 2026-11-10" })
        #expect(tokai.contains { $0["reason"]?.hasPrefix("energy falling: 6 points in the last 4 weeks, 88") == true })
        #expect(tokai.first?["reason"] == "due 2026-11-06, 14 days overdue (2026-10-15-tokai-erp-0a8cf2#1)")
        let table = try Harness.run(["stale", "list", "--as-of", "2026-11-20", "--suggest"], in: dir)
        #expect(table.stdout.contains("\n田中 美咲 (1)\ntokai-erp "))
        #expect(table.stdout.contains("\n    → map the power structure"))
        #expect(
            !table.stdout.contains("kansai-logi") && !table.stdout.contains("fuji-mes")
                && !table.stdout.contains("aoba-rpa"))
    }

    @Test func everyFormatParsesBack() throws {
        let dir = try Harness.copyExample("basic")
        let asOf = ["--as-of", "2026-11-20"]
        let csv = try Harness.run(["stale", "list", "--format", "csv", "--suggest"] + asOf, in: dir)
        let table = Delimited.parseCSV(csv.stdout)
        #expect(
            table.first == [
                "deal", "customer", "owner", "stage", "last_contact", "days_since", "threshold", "energy", "trend",
                "quality", "open_homework", "overdue_homework", "next", "suggestion", "reason"
            ])
        #expect(
            table.dropFirst().filter { !$0.isEmpty && $0 != [""] }.map { $0[0] } == [
                "pacific-scm", "hokuriku-ec", "nishinihon-cloud", "tokai-erp"
            ])
        let tokai = try #require(table.first { $0.first == "tokai-erp" })
        #expect(tokai[4] == "2026-11-02" && tokai[5] == "18" && tokai[7] == "202" && tokai[9] == "60")
        let tsv = try Harness.run(["stale", "list", "--format", "tsv"] + asOf, in: dir)
        #expect(
            tsv.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).count }
                .allSatisfy { $0 == 13 })
        let markdown = try Harness.run(["stale", "list", "--format", "markdown"] + asOf, in: dir)
        let lines = markdown.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.allSatisfy { $0.hasPrefix("| ") && $0.hasSuffix(" |") })
        #expect(lines[1].contains("---:"))
        #expect(lines[0].split(separator: "|").count == 12)
    }

    @Test func exitCodeForCron() throws {
        let dir = try Harness.copyExample("basic")
        let found = try Harness.run(["stale", "list", "--exit-code", "--as-of", "2026-11-20"], in: dir)
        #expect(found.status == 1 && !found.stdout.isEmpty && found.stderr.isEmpty)
        let plain = try Harness.run(["stale", "list", "--as-of", "2026-11-20"], in: dir)
        #expect(plain.status == 0)
        let quiet = try Harness.run(["stale", "list", "-q", "--as-of", "2026-11-20"], in: dir)
        #expect(quiet.stdout == "pacific-scm\nhokuriku-ec\nnishinihon-cloud\ntokai-erp\n")
        // kansai-logi alone, contacted yesterday: an empty list, exit 0, nothing printed.
        let none = try Harness.run(
            ["stale", "list", "--exit-code", "--customer", "関西", "--as-of", "2026-11-20"], in: dir)
        #expect(none.status == 0 && none.stdout.isEmpty)
        #expect(
            try Harness.run(["stale", "list", "--format", "json", "--customer", "関西", "--as-of", "2026-11-20"], in: dir)
                .stdout == "[]\n")
    }

    @Test(
        arguments: [
            (
                ["stale", "list", "--as-of", "2026-13-01"],
                "salesctl: invalid date '2026-13-01' for --as-of (expected YYYY-MM-DD)\n"
            ),
            (["stale", "list", "--days=-1"], "salesctl: --days must not be negative\n"),
            (["stale", "list", "--days", "-3"], "salesctl: --days must not be negative\n"),
            (
                ["stale", "list", "--stage", "closing"],
                "salesctl: unknown stage 'closing'\nhint: valid: discovery (発見), define (定義), decision (決定), delivery (デリバリー), maintenance (維持)\n"
            ),
            (["stale", "list", "--sort", "name"], nil),
            (["stale", "list", "--format", "html"], nil)
        ] as [([String], String?)])
    func badInput(arguments: [String], expected: String?) throws {
        let dir = try Harness.copyExample("basic")
        let before = try Harness.snapshot(dir)
        let result = try Harness.run(arguments + ["--today", "2026-11-20"], in: dir)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        if let expected { #expect(result.stderr == expected) }
        #expect(try Harness.snapshot(dir) == before)
    }
}
