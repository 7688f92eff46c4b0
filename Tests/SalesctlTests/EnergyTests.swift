import Foundation
import Testing

/// End-to-end: `energy score` on a copy of examples/basic, today fixed at 2026-11-20.
@Suite struct EnergyTests {
    let today = ["--today", "2026-11-20"]

    func json(_ text: String) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func rankingOfOpenDeals() throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(["energy", "score"] + today, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("deal") == true)
        // Open deals only, highest total first; closed and on-hold deals are left out.
        #expect(
            lines.dropFirst().map { String($0.split(separator: " ")[0]) }
                == ["tokai-erp", "kansai-logi", "nishinihon-cloud", "pacific-scm", "hokuriku-ec"])
        #expect(!result.stdout.contains("fuji-mes") && !result.stdout.contains("aoba-rpa"))
    }

    /// kansai-logi by hand: 10 + 6 + 7 + 4 + 5 + 14 + 18 + 25 + 19 + 32 + 19 + 13 = 172. The
    /// 2026-11-13 visit to us: visit-us 5 + 部長 5 + 本部長 6 + 取締役 8 + introduced-boss 5 +
    /// homework-given 3 = 32. Last 4 weeks (from 2026-10-26): 18 + 25 + 19 + 32 + 19 + 13 = 126;
    /// the 4 before: 4 + 5 + 14 = 23: rising.
    @Test func kansaiByHand() throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(
            ["energy", "score", "kansai-logi", "--explain", "--format", "json"] + today, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let deal = try #require(try json(result.stdout).first)
        #expect(deal["deal"] as? String == "kansai-logi")
        #expect(deal["total"] as? Int == 172)
        let lines = try #require(deal["lines"] as? [[String: Any]])
        #expect(lines.compactMap { $0["points"] as? Int } == [10, 6, 7, 4, 5, 14, 18, 25, 19, 32, 19, 13])
        let visit = try #require(lines.first { $0["date"] as? String == "2026-11-13" })
        #expect(visit["kind"] as? String == "visit-us" && visit["kind_points"] as? Int == 5)
        #expect((visit["attendees"] as? [[String: Any]])?.compactMap { $0["points"] as? Int } == [5, 6, 8])
        #expect((visit["signals"] as? [[String: Any]])?.compactMap { $0["points"] as? Int } == [5, 3])
        let breadth = try #require(deal["breadth"] as? [String: Any])
        #expect(breadth["people"] as? Int == 5)
        #expect(breadth["titles"] as? Int == 5)
        #expect(breadth["departments"] as? Int == 3)
        #expect(breadth["key_persons_met"] as? Int == 4 && breadth["key_persons_total"] as? Int == 4)
        #expect(breadth["approval_route_covered"] as? Bool == true)
        let continuity = try #require(deal["continuity"] as? [String: Any])
        #expect(continuity["weeks_active"] as? Int == 7 && continuity["window_weeks"] as? Int == 8)
        #expect(continuity["longest_gap_days"] as? Int == 20)  // 2026-09-10 → 2026-09-30
        let trend = try #require(deal["trend"] as? [String: Any])
        #expect(trend["recent"] as? Int == 126 && trend["previous"] as? Int == 23)
        #expect(trend["direction"] as? String == "rising")
        #expect((trend["weekly"] as? [Int])?.count == 12)
    }

    /// tokai-erp's energy is falling: last 4 weeks 2026-10-28 email-reply 1 + 部長 5 = 6 and an
    /// unanswered mail 0; the 4 weeks before: 23 + 8 + 13 + 15 + 22 + 7 = 88.
    @Test func explainLinesSumToTheTotal() throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(["energy", "score", "tokai-erp", "--explain"] + today, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        let explained = text.split(separator: "\n").filter { $0.hasPrefix("    2026-") }
        let sum = explained.compactMap { Int($0.split(separator: " ").last!) }.reduce(0, +)
        #expect(explained.count == 17)
        #expect(text.contains("    total \(sum)\n"))
        #expect(text.contains("  cumulative   \(sum) points from 17 reports, last contact 2026-11-02\n"))
        #expect(text.contains("last 4 weeks 6, previous 4 weeks 88 (falling)"))
        #expect(
            text.contains(
                "    2026-10-15 visit 3 + 山田 浩二 (部長) 5 + 松本 隆 (専務取締役 CFO) 8 + new-stakeholder 3 + homework-given 3 = 22\n"
            ))
        #expect(text.contains("    2026-11-02 email 0 = 0\n"))
    }

    @Test func todayDecides() throws {
        let dir = try Harness.copyExample("basic")
        let early = try Harness.run(
            ["energy", "score", "kansai-logi", "--format", "json", "--today", "2026-11-12"], in: dir)
        #expect(try json(early.stdout).first?["total"] as? Int == 172 - 32 - 19 - 13)
        let env = try Harness.run(
            ["energy", "score", "kansai-logi", "--format", "json"], in: dir,
            environment: ["SALESCTL_TODAY": "2026-11-12"])
        #expect(env.stdout == early.stdout)
        let since = try Harness.run(
            ["energy", "score", "kansai-logi", "--format", "json", "--since", "2026-11-13"] + today, in: dir)
        #expect(try json(since.stdout).first?["total"] as? Int == 32 + 19 + 13)
    }

    @Test func noReportsScoresZeroWithANote() throws {
        let dir = try Harness.copyExample("basic")
        let text = try Harness.run(["energy", "score", "hokuriku-ec"] + today, in: dir)
        #expect(text.status == 0)
        #expect(text.stdout.contains("no activity reports yet: energy 0"))
        let json = try json(
            try Harness.run(["energy", "score", "hokuriku-ec", "--format", "json"] + today, in: dir).stdout)
        #expect(json.first?["total"] as? Int == 0)
        #expect((json.first?["continuity"] as? [String: Any])?["longest_gap_days"] is NSNull)
    }

    @Test func csvHasOneRowPerDeal() throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(["energy", "score", "--format", "csv"] + today, in: dir)
        let rows = result.stdout.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        #expect(rows.first?.prefix(4) == ["deal", "customer", "owner", "total"])
        #expect(rows.count == 6)
        #expect(rows.first { $0.first == "kansai-logi" }?[3] == "172")
        let explain = try Harness.run(
            ["energy", "score", "kansai-logi", "--explain", "--format", "tsv"] + today, in: dir)
        let points = explain.stdout.split(separator: "\n").dropFirst().compactMap { Int($0.split(separator: "\t")[6]) }
        #expect(points.reduce(0, +) == 172)
    }

    @Test(
        arguments: [
            (["energy", "score", "tokai-erb"], "salesctl: no deal 'tokai-erb'\nhint: did you mean 'tokai-erp'?\n"),
            (
                ["energy", "score", "--since", "2026/10/01"],
                "salesctl: invalid date '2026/10/01' for --since (expected YYYY-MM-DD)\n"
            ),
            (["energy", "score", "--weeks", "0"], "salesctl: --weeks must be between 1 and 520, not 0\n"),
            (["energy", "score", "--format", "xml"], nil)
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
