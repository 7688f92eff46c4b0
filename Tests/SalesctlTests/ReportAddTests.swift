import Foundation
import Testing

/// `report add`: what lands in the new report file.
@Suite struct ReportAddTests {
    let env = ["SALESCTL_TODAY": "2026-11-20"]

    /// The only new file under reports/ after a command, and its text.
    func newReport(in dir: String, since before: [String: Data]) throws -> String {
        let added = try Harness.snapshot(dir).keys.filter { before[$0] == nil && $0.contains("reports/") }
        try #require(added.count == 1, "\(added)")
        let path = added[0].hasPrefix("/") ? added[0] : dir + "/" + added[0]
        return try Harness.read(path)
    }

    @Test func reportAddMatchesAnAttendeeWrittenWithoutSpaces() throws {
        let dir = try Harness.copyExample("basic")
        let before = try Harness.snapshot(dir)
        let result = try Harness.run(
            [
                "report", "add", "--deal", "tokai-erp", "--kind", "phone", "--attendee", "山田浩二",
                "-m", "電話で確認"
            ], in: dir, environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try newReport(in: dir, since: before)
        #expect(text.contains("attendees:\n  - name: 山田 浩二\n    title: 部長\n    department: 情報システム部\n"), "\(text)")
    }

    @Test func reportAddDropsAnEmptyNextAndWritesOneKindOfLineEnding() throws {
        let dir = try Harness.copyExample("basic")
        let before = try Harness.snapshot(dir)
        let result = try Harness.run(
            ["report", "add", "--deal", "tokai-erp", "--kind", "phone", "--next", " ", "--file", "-"],
            in: dir, environment: env, stdin: "要件を確認\r\n次回提案\r\n")
        #expect(result.status == 0, "\(result.stderr)")
        let text = try newReport(in: dir, since: before)
        #expect(!text.contains("next:"), "\(text)")
        #expect(!text.contains("\r"))
        #expect(text.hasSuffix("---\n\n要件を確認\n次回提案\n"), "\(text)")
    }
}
