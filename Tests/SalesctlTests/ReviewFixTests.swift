import Foundation
import Testing

/// End-to-end regressions found in the pre-release review.
@Suite struct ReviewFixE2ETests {
    let env = ["SALESCTL_TODAY": "2026-11-20"]

    @Test func personAddKeepsAHandWrittenFlowHistory() throws {
        let dir = try Harness.copyExample("basic")
        let path = dir + "/deals/hand.yaml"
        try """
        title: 手編集
        customer: 株式会社手編集
        owner: 佐藤 健
        stage: discovery
        status: open
        created: 2026-11-01
        key_persons: [{name: 山田 太郎, role: D}]
        history: [{date: 2026-11-01, by: 佐藤 健, event: created}]

        """.write(toFile: path, atomically: false, encoding: .utf8)
        let added = try Harness.run(["person", "add", "hand", "新人 花子", "--role", "I"], in: dir, environment: env)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try Harness.read(path) == """
        title: 手編集
        customer: 株式会社手編集
        owner: 佐藤 健
        stage: discovery
        status: open
        created: 2026-11-01
        key_persons:
          - name: 山田 太郎
            role: D
          - name: 新人 花子
            role: I
        history:
          - date: 2026-11-01
            by: 佐藤 健
            event: created
          - date: 2026-11-20
            by: 佐藤 健
            event: person
            action: add
            name: 新人 花子
            role: I

        """)
        #expect(try Harness.run(["check"], in: dir).status == 0)
    }

    @Test func dealNewRefusesAnEmptyTitleOrCustomer() throws {
        let dir = try Harness.copyExample("basic")
        let before = try Harness.snapshot(dir)
        for (args, message) in [(["--title", " ", "--customer", "株式会社X"], "salesctl: --title must not be empty\n"),
                                (["--title", "基幹", "--customer", ""], "salesctl: --customer must not be empty\n")] {
            let result = try Harness.run(["deal", "new", "new-deal"] + args, in: dir, environment: env)
            #expect(result.status == 2)
            #expect(result.stderr == message)
            #expect(try Harness.snapshot(dir) == before)
        }
    }

    @Test func dealNewRefusesTheSameKeyPersonTwice() throws {
        let dir = try Harness.copyExample("basic")
        let before = try Harness.snapshot(dir)
        let result = try Harness.run(["deal", "new", "new-deal", "--title", "基幹", "--customer", "株式会社X",
                                      "--key-person", "山田 太郎,部長", "--key-person", "山田太郎,課長"], in: dir, environment: env)
        #expect(result.status == 2)
        #expect(result.stderr == "salesctl: key person '山田太郎' is given twice\n")
        #expect(try Harness.snapshot(dir) == before)
    }

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
        #expect(result.stdout.contains("deals/hand.yaml:8:5: error: [duplicate-person] key person '山田太郎' is listed twice"), "\(result.stdout)")
    }

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
        let result = try Harness.run(["report", "add", "--deal", "tokai-erp", "--kind", "phone", "--attendee", "山田浩二",
                                      "-m", "電話で確認"], in: dir, environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try newReport(in: dir, since: before)
        #expect(text.contains("attendees:\n  - name: 山田 浩二\n    title: 部長\n    department: 情報システム部\n"), "\(text)")
    }

    @Test func reportAddDropsAnEmptyNextAndWritesOneKindOfLineEnding() throws {
        let dir = try Harness.copyExample("basic")
        let before = try Harness.snapshot(dir)
        let result = try Harness.run(["report", "add", "--deal", "tokai-erp", "--kind", "phone", "--next", " ", "--file", "-"],
                                     in: dir, environment: env, stdin: "要件を確認\r\n次回提案\r\n")
        #expect(result.status == 0, "\(result.stderr)")
        let text = try newReport(in: dir, since: before)
        #expect(!text.contains("next:"), "\(text)")
        #expect(!text.contains("\r"))
        #expect(text.hasSuffix("---\n\n要件を確認\n次回提案\n"), "\(text)")
    }

    @Test func ownerFilterMatchesANameWrittenWithoutSpaces() throws {
        let dir = try Harness.copyExample("basic")
        let spaced = try Harness.run(["deal", "list", "--status", "all", "--owner", "佐藤 健", "--format", "csv"], in: dir, environment: env)
        let unspaced = try Harness.run(["deal", "list", "--status", "all", "--owner", "佐藤健", "--format", "csv"], in: dir, environment: env)
        #expect(spaced.status == 0 && unspaced.status == 0)
        #expect(spaced.stdout.contains("aoba-rpa"))
        #expect(unspaced.stdout == spaced.stdout)
    }
}
