import Foundation
import Testing

/// Issue 19 item 7: a deal file that does not read (here: left with git conflict markers by a
/// merge) is named once by `check`, still takes reports, and is never quietly dropped from a total.
@Suite struct BrokenDealTests {
    /// examples/basic with a conflict on tokai-erp's stage line (line 7 of the file).
    static func conflicted() throws -> String {
        let dir = try Harness.copyExample("basic")
        let path = dir + "/deals/tokai-erp.yaml"
        var lines = try Harness.read(path).components(separatedBy: "\n")
        let stage = try #require(lines.firstIndex { $0.hasPrefix("stage:") })
        #expect(stage == 6)
        lines.replaceSubrange(
            stage...stage, with: ["<<<<<<< ours", lines[stage], "=======", "stage: proposal", ">>>>>>> theirs"])
        try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
        return dir
    }

    static let env = ["SALESCTL_TODAY": "2026-11-20"]

    @Test func checkReportsOneMergeConflictAndNoUnknownDeals() throws {
        let dir = try Self.conflicted()
        let before = try Harness.snapshot(dir)
        let result = try Harness.run(["check"], in: dir, environment: Self.env)
        #expect(result.status == 1)
        #expect(
            result.stdout
                == "deals/tokai-erp.yaml:7:1: error: [merge-conflict] unresolved git merge conflict (1 conflict); the deal is left out until it is resolved\n"
        )
        #expect(
            result.stderr == """
                hint: resolve the conflict: keep one side between the '<<<<<<<' and '>>>>>>>' lines, delete the marker lines, then run 'salesctl check'
                hint: or let salesctl merge deal files (each clone, once; .gitattributes holds 'deals/*.yaml merge=salesctl'):
                hint:   git config merge.salesctl.name "salesctl deal history"
                hint:   git config merge.salesctl.driver "salesctl merge-driver %O %A %B %P"

                """)
        #expect(try Harness.snapshot(dir) == before)
        let json = try Harness.run(["check", "--format", "json"], in: dir, environment: Self.env)
        #expect(json.status == 1)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["code"] as? String == "merge-conflict")
        #expect((items.first?["hint"] as? [String])?.count == 4)
    }

    @Test func reportAddToAnUnreadableDealWritesTheReportAndWarns() throws {
        let dir = try Self.conflicted()
        let deal = try Harness.read(dir + "/deals/tokai-erp.yaml")
        let result = try Harness.run(
            [
                "report", "add", "--deal", "tokai-erp", "--kind", "phone",
                "--attendee", "山田 太郎", "-m", "電話で確認"
            ], in: dir, environment: Self.env)
        #expect(result.status == 0, "\(result.stderr)")
        let path = result.stdout.trimmingCharacters(in: .newlines)
        #expect(path.hasPrefix("reports/2026/11/2026-11-20-tokai-erp-"))
        let report = try Harness.read(dir + "/" + path)
        #expect(report.contains("山田 太郎") && report.contains("電話で確認"))
        #expect(
            result.stderr == """
                warning: the report is written, but deal 'tokai-erp' does not read: deals/tokai-erp.yaml:7:1: error: [merge-conflict] unresolved git merge conflict (1 conflict); the deal is left out until it is resolved
                hint: fix deals/tokai-erp.yaml ('salesctl check' says where); the report's attendees were not matched to the deal's key persons

                """)
        #expect(try Harness.read(dir + "/deals/tokai-erp.yaml") == deal)
        // A deal that does not exist is still refused, and nothing is written.
        let before = try Harness.snapshot(dir)
        let missing = try Harness.run(
            ["report", "add", "--deal", "tokai-erpp", "--kind", "phone", "-m", "x"], in: dir, environment: Self.env)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("salesctl: no deal 'tokai-erpp'"))
        #expect(try Harness.snapshot(dir) == before)
    }

    /// A change to the deal itself is refused, with the same finding, and nothing is written.
    @Test func changesToAConflictedDealAreRefused() throws {
        let dir = try Self.conflicted()
        let before = try Harness.snapshot(dir)
        let result = try Harness.run(
            ["deal", "step", "tokai-erp", "explain", "--note", "説明済み"], in: dir, environment: Self.env)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "deals/tokai-erp.yaml:7:1: error: [merge-conflict] unresolved git merge conflict (1 conflict); the deal is left out until it is resolved\n"
        )
        #expect(try Harness.snapshot(dir) == before)
    }

    static let totals: [[String]] = [
        ["forecast"], ["lost"], ["stale", "list"], ["energy", "score"], ["deal", "list"],
        ["feed", "--since", "2026-01-01"],
        ["homework", "list"], ["quality", "check"]
    ]

    /// Every command that reads all deals says how many it left out, and which files.
    @Test(arguments: totals) func everyTotalSaysWhichDealsItLeftOut(_ command: [String]) throws {
        let dir = try Self.conflicted()
        let result = try Harness.run(command, in: dir, environment: Self.env)
        #expect(result.status == 0 || (command.first == "quality" && result.status == 1), "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines.contains("warning: 1 deal left out of this output and its totals: deals/tokai-erp.yaml"),
            "\(result.stderr)")
        #expect(
            lines.contains { $0.hasPrefix("warning: skipped deals/tokai-erp.yaml:7:1: error: [merge-conflict] ") },
            "\(result.stderr)")
        // Homework and the feed still list the deal's reports (their own files); the rest list deals.
        if !["homework", "feed"].contains(command[0]) { #expect(!result.stdout.contains("tokai-erp")) }
    }

    @Test func forecastNamesEveryDealItLeftOut() throws {
        let dir = try Self.conflicted()
        try "title: [broken\n".write(toFile: dir + "/deals/fuji-mes.yaml", atomically: false, encoding: .utf8)
        let result = try Harness.run(["forecast"], in: dir, environment: Self.env)
        #expect(result.status == 0)
        #expect(
            result.stderr.contains(
                "warning: 2 deals left out of this output and its totals: deals/fuji-mes.yaml, deals/tokai-erp.yaml\n"))
    }
}
