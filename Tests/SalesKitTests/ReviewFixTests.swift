import Testing
@testable import SalesKit

/// Regressions found in the pre-release review.
@Suite struct ReviewFixTests {
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
        #expect(out == """
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
        #expect(out == """
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

    /// Half-width dakuten/handakuten (U+FF9E, U+FF9F) extend the grapheme before them but take
    /// a column of their own on a terminal: ｶﾞ is two columns, like ｶ plus ﾞ.
    @Test func halfWidthVoicedSoundMarksTakeAColumn() {
        #expect(displayWidth("ｶﾞｲﾄﾞ導入") == 9)
        #expect(displayWidth("ﾊﾟｿｺﾝ") == 5)
        #expect(pad("ｶﾞ", toWidth: 4, alignRight: false) == "ｶﾞ  ")
    }

    @Test func fillingAnEmptyKeyKeepsItsComment() throws {
        let out = try edit("a: 1\nhistory:  # 自動で追記\nchecklist: ~ # まだ\nz: 2") { e in
            e.append(.map([("date", .raw("2026-11-20"))]), toListAt: "history")
            e.set("checklist", to: .map([("plan", .map([("done", .raw("2026-11-20"))]))]))
        }
        #expect(out == "a: 1\nhistory:  # 自動で追記\n  - date: 2026-11-20\nchecklist: # まだ\n  plan:\n    done: 2026-11-20\nz: 2")
    }

    /// What a Japanese IME types in full-width mode: Ｄ, ｗｅａｋ, ◯ (U+25EF), － (U+FF0D).
    @Test func personFieldsAcceptFullWidthInput() {
        #expect(KeyPerson.Role(input: "Ｄ") == .D)
        #expect(KeyPerson.Role(input: "ａ") == .A)
        #expect(KeyPerson.Stance(input: "◯") == .supporter)
        #expect(KeyPerson.Stance(input: "－") == .neutral)
        #expect(KeyPerson.Stance(input: "ｘ") == .opposed)
        #expect(KeyPerson.Authority(input: "ｗｅａｋ") == .weak)
        #expect(KeyPerson.Information(input: "Ｓｕｆｆｉｃｉｅｎｔ") == .sufficient)
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
