import Foundation
import Testing

@Suite struct CheckTests {
    @Test func cleanStoreIsSilent() throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(["check", "--today", "2026-11-20"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
    }

    /// Every file of examples/broken yields its finding, with file:line:col where there is one.
    @Test func brokenStoreReportsEveryFileOnce() throws {
        let dir = try Harness.copyExample("broken")
        let before = try Harness.snapshot(dir)
        let result = try Harness.run(["-C", dir, "check", "--today", "2026-11-20"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let expected: [(String, String)] = [
            ("deals/Bad_ID.yaml", "bad-id"),
            ("deals/alias.yaml:4:8", "yaml-anchor"),
            ("deals/bad-amount.yaml:7:9", "type"),
            ("deals/bad-date.yaml:9:17", "bad-date"),
            ("deals/bad-status.yaml:6:9", "bad-value"),
            ("deals/bad-utf8.yaml:2:10", "invalid-utf8"),
            ("deals/duplicate-key.yaml:9:1", "yaml-duplicate-key"),
            ("deals/duplicate-person.yaml:15:5", "duplicate-person"),
            ("deals/id-mismatch.yaml:2:5", "id-mismatch"),
            ("deals/missing-title.yaml:2:1", "missing-field"),
            ("deals/tag.yaml:7:9", "yaml-tag"),
            ("deals/unknown-indicator.yaml:14:5", "unknown-indicator"),
            ("deals/unknown-reason.yaml:14:5", "unknown-reason"),
            ("deals/unknown-stage.yaml:5:8", "unknown-stage"),
            ("deals/unknown-step.yaml:10:3", "unknown-step"),
            ("deals/yaml-syntax.yaml:14:1", "yaml-syntax"),
            ("reports/2026/11/2026-11-10-ghost-deal-a1a1a1.md:3:7", "unknown-deal"),
            ("reports/2026/11/2026-11-11-ok-deal-b2b2b2.md:5:7", "unknown-kind"),
            ("reports/2026/11/2026-11-12-ok-deal-c3c3c3.md:11:5", "unknown-signal"),
            ("reports/2026/11/2026-11-13-ok-deal-d4d4d4.md:2:7", "name-mismatch"),
            ("reports/2026/11/2026-11-15-ok-deal-f6f6f6.md:1:1", "no-front-matter"),
            ("reports/2026/11/2026-11-16-ok-deal-a7a7a7.md:7:1", "yaml-syntax"),
            ("reports/2026/11/2026-11-17-ok-deal-b8b8b8.md:13:10", "bad-date"),
            ("reports/2026/11/notes.md", "bad-name"),
            ("reports/2026/12/2026-12-31-ok-deal-e5e5e5.md:2:7", "future-date")
        ]
        #expect(lines.count == expected.count, "\(result.stdout)")
        for ((location, code), line) in zip(expected, lines) {
            #expect(line.hasPrefix("\(location): error: [\(code)] "), "\(line)")
            #expect(line.utf8.count < 1024)
        }
        #expect(try Harness.snapshot(dir) == before)
    }

    @Test func unclosedQuoteSaysWhereItStarted() throws {
        let dir = try Harness.copyExample("broken")
        let result = try Harness.run(["check", "--today", "2026-11-20"], in: dir)
        let line = result.stdout.split(separator: "\n").first { $0.hasPrefix("deals/yaml-syntax.yaml") }
        #expect(line?.contains("(started at line") == true)
    }

    @Test func jsonFindingsDecode() throws {
        let dir = try Harness.copyExample("broken")
        let result = try Harness.run(["check", "--format", "json", "--today", "2026-11-20"], in: dir)
        #expect(result.status == 1)
        let findings = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(findings.count == 25)
        #expect(findings.first?["code"] as? String == "bad-id")
        #expect(findings[1]["line"] as? Int == 4)
    }

    @Test func futureDateDependsOnToday() throws {
        let dir = try Harness.copyExample("broken")
        let later = try Harness.run(["check", "--today", "2027-01-01"], in: dir)
        #expect(!later.stdout.contains("[future-date]"))
    }
}

extension CheckTests {
    var env: [String: String] { ["SALESCTL_TODAY": "2026-11-20"] }

    @Test func checkFindsAKeyPersonListedTwiceWithDifferentSpacing() throws {
        let dir = try Harness.copyExample("basic")
        try """
        title: 手編集
        customer: 株式会社手編集
        stage: discovery
        status: open
        created: 2026-11-01
        key_persons:
          - name: 山田 太郎
          - name: 山田太郎

        """.write(toFile: dir + "/deals/hand.yaml", atomically: false, encoding: .utf8)
        let result = try Harness.run(["check"], in: dir, environment: env)
        #expect(result.status == 1)
        #expect(
            result.stdout.contains("deals/hand.yaml:8:5: error: [duplicate-person] key person '山田太郎' is listed twice"),
            "\(result.stdout)")
    }
}
