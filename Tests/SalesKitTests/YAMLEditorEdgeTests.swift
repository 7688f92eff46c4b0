import Testing

@testable import SalesKit

/// Minimal-diff edits of unusual hand-written YAML: flow collections, an empty value with a
/// comment, a last line without its newline. Each edit keeps everything else byte for byte.
@Suite struct YAMLEditorEdgeTests {
    func edit(_ source: String, _ change: (inout YAMLEditor) -> Void) throws -> String {
        let root = try #require(try YAMLReader.parse(source, path: "d")?.mapping)
        var editor = YAMLEditor(bytes: Array(source.utf8), root: root)
        change(&editor)
        let out = String(decoding: editor.apply(), as: UTF8.self)
        #expect(try YAMLReader.parse(out, path: "d") != nil)
        return out
    }

    @Test func appendingToAFlowListKeepsItsMappingItems() throws {
        let out = try edit("a: 1\nhistory: [{date: 2026-11-01, by: 佐藤 健, event: created}, 'x y']\nz: 2\n") {
            $0.append(.map([("date", .raw("2026-11-20")), ("event", .raw("step"))]), toListAt: "history")
        }
        #expect(
            out == """
                a: 1
                history:
                  - date: 2026-11-01
                    by: 佐藤 健
                    event: created
                  - x y
                  - date: 2026-11-20
                    event: step
                z: 2

                """)
    }

    @Test func insertingIntoAFlowMappingKeepsItsEntries() throws {
        let out = try edit("checklist: {plan: {done: 2026-11-02, note: \"計画\"}, x: }\nh: 1\n") { e in
            e.insertEntries([("reason", .map([("done", .raw("2026-11-20"))]))], into: e.root["checklist"]!.mapping!)
        }
        #expect(
            out == """
                checklist:
                  plan:
                    done: 2026-11-02
                    note: 計画
                  x:
                  reason:
                    done: 2026-11-20
                h: 1

                """)
    }

    @Test func fillingAnEmptyKeyKeepsItsComment() throws {
        let out = try edit("a: 1\nhistory:  # 自動で追記\nchecklist: ~ # まだ\nz: 2") { e in
            e.append(.map([("date", .raw("2026-11-20"))]), toListAt: "history")
            e.set("checklist", to: .map([("plan", .map([("done", .raw("2026-11-20"))]))]))
        }
        #expect(
            out == "a: 1\nhistory:  # 自動で追記\n  - date: 2026-11-20\nchecklist: # まだ\n  plan:\n    done: 2026-11-20\nz: 2"
        )
    }

    @Test func removingTheLastLineOfAFileWithoutFinalNewline() throws {
        let source = "p:\n  - name: 山田\n    title: 課長\n    reports_to: 鈴木  # 上司"
        let removed = try edit(source) { e in
            e.remove("reports_to", from: e.root["p"]!.sequence!.items[0].mapping!)
        }
        #expect(removed == "p:\n  - name: 山田\n    title: 課長")
        let replaced = try edit(source) { e in
            let person = e.root["p"]!.sequence!.items[0].mapping!
            e.remove("reports_to", from: person)
            e.insertEntries([("role", .raw("A"))], into: person)
        }
        #expect(replaced == "p:\n  - name: 山田\n    title: 課長\n    role: A\n")
        let crlf = try edit("a: 1\r\nb: 2") { e in e.remove("b", from: e.root) }
        #expect(crlf == "a: 1")
        let item = try edit("l:\n- x\n- y") { e in e.removeItem(at: 1, from: e.root["l"]!.sequence!) }
        #expect(item == "l:\n- x")
    }
}
