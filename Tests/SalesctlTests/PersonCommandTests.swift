import Foundation
import Testing

/// `person add|set|rm` from the shell on hand-written deal files.
@Suite struct PersonCommandTests {
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
        #expect(
            try Harness.read(path) == """
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
}
