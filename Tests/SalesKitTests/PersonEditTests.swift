import Testing

@testable import SalesKit

/// `person add|set|rm` edits on a hand-written deal file: only the needed lines change,
/// comments, quoting and key order stay, and a `person` history event is appended.
@Suite struct PersonEditTests {
    static let day = CalendarDate("2026-11-20")!

    static let handWritten = """
        # 東海精機: 基幹システム刷新
        title: 基幹システム刷新
        customer: 東海精機株式会社
        stage: decision   # 稟議中
        created: 2026-06-15
        key_persons:
          # 情報システム部
          - name: 山田 浩二
            title: '部長'
            role: D
            stance: supporter   # 当社推し

          - name: 松本 隆
            title: 専務取締役 CFO
            role: A
            stance: opposed
        # 進捗
        checklist:
          budget: 2026-07-21
        history:
          - date: 2026-06-15
            by: 田中 美咲
            event: created
            stage: discovery

        """

    func document(_ text: String = handWritten) throws -> Store.DealDocument {
        let bytes = Array(text.utf8)
        let node = try bytes.withUnsafeBytes { try YAMLReader.parse($0, path: "deals/tokai-erp.yaml") }
        return Store.DealDocument(
            path: "deals/tokai-erp.yaml", bytes: bytes, root: node!.mapping!,
            deal: try Deal.parse(node, id: "tokai-erp", path: "deals/tokai-erp.yaml"))
    }

    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func setChangesOnlyTheLinesAndRecordsOldValues() throws {
        let out = try PersonEdit.set(
            "松本隆", fields: .init(title: "専務取締役", stance: "△", reportsTo: "伊藤 太郎"),
            in: document(), date: Self.day, by: "佐藤 健")
        let expected =
            Self.handWritten
            .replacingOccurrences(of: "    title: 専務取締役 CFO\n", with: "    title: 専務取締役\n")
            .replacingOccurrences(of: "    stance: opposed\n", with: "    stance: cooperative\n    reports_to: 伊藤 太郎\n")
                + """
                  - date: 2026-11-20
                    by: 佐藤 健
                    event: person
                    action: set
                    name: 松本 隆
                    title: 専務取締役
                    title_was: 専務取締役 CFO
                    stance: cooperative
                    stance_was: opposed
                    reports_to: 伊藤 太郎

                """
        #expect(text(out) == expected)
    }

    @Test func setKeepsQuotingAndCommentsAndRemovesWithEmptyValue() throws {
        let out = try PersonEdit.set(
            "山田 浩二", fields: .init(title: "本部長", stance: ""), in: document(), date: Self.day, by: nil)
        let result = text(out)
        #expect(result.contains("    title: '本部長'\n    role: D\n\n  - name: 松本 隆"))
        #expect(!result.contains("当社推し"))
        #expect(
            result.hasSuffix(
                "    action: set\n    name: 山田 浩二\n    title: 本部長\n    title_was: 部長\n    stance: \"\"\n    stance_was: supporter\n"
            ))
        let reread = try document(result)
        #expect(reread.deal.keyPersons[0].stance == nil)
    }

    @Test func addAppendsAfterTheLastPerson() throws {
        let out = try PersonEdit.add(
            "伊藤 直子", fields: .init(department: "経理部", role: "i", stance: "ー", authority: "弱い"),
            to: document(), date: Self.day, by: "佐藤 健")
        let expected =
            Self.handWritten.replacingOccurrences(
                of: "    stance: opposed\n",
                with: """
                        stance: opposed
                      - name: 伊藤 直子
                        department: 経理部
                        role: I
                        stance: neutral
                        authority: weak

                    """) + """
                  - date: 2026-11-20
                    by: 佐藤 健
                    event: person
                    action: add
                    name: 伊藤 直子
                    department: 経理部
                    role: I
                    stance: neutral
                    authority: weak

                """
        #expect(text(out) == expected)
    }

    /// `add` and `set` are one path: what `add` writes, `set` with the same fields finds unchanged,
    /// and an empty value is skipped by `add` as `set` skips a field that is already absent.
    @Test func addAndSetShareOnePath() throws {
        let fields = PersonEdit.Fields(title: "課長", department: "", role: "I", stance: "△")
        let added = try PersonEdit.edit(.add, " 伊藤 直子 ", fields: fields, in: document(), date: Self.day, by: nil)
        #expect(added.event.fields.map(\.0) == ["action", "name", "title", "role", "stance"])
        #expect(added.event.fields.first { $0.0 == "name" }?.1 == "伊藤 直子")
        let error = try #require(throws: SalesError.self) {
            try PersonEdit.edit(.set, "伊藤直子", fields: fields, in: document(text(added.bytes)), date: Self.day, by: nil)
        }
        #expect(error.message == "salesctl: key person '伊藤 直子' already has these values; nothing changed")
        let again = try #require(throws: SalesError.self) {
            try PersonEdit.edit(.add, "伊藤直子", fields: fields, in: document(text(added.bytes)), date: Self.day, by: nil)
        }
        #expect(again.kind == .refused)
    }

    @Test func addCreatesTheListAboveChecklistAndItsComment() throws {
        let start =
            Self.handWritten.components(separatedBy: "key_persons:")[0]
            + "# 進捗\n" + Self.handWritten.components(separatedBy: "# 進捗\n")[1]
        let out = try PersonEdit.add("森 雅人", fields: .init(role: "D"), to: document(start), date: Self.day, by: nil)
        #expect(
            text(out).contains("created: 2026-06-15\nkey_persons:\n  - name: 森 雅人\n    role: D\n# 進捗\nchecklist:\n"))
        #expect(try document(text(out)).deal.keyPersons.map(\.name) == ["森 雅人"])
    }

    @Test func removeDeletesOneItemAndNamesOrphans() throws {
        let withReport = Self.handWritten.replacingOccurrences(
            of: "    stance: opposed\n", with: "    stance: opposed\n    reports_to: 山田 浩二\n")
        let result = try PersonEdit.remove("山田 浩二", from: document(withReport), date: Self.day, by: "佐藤 健")
        #expect(result.orphans == ["松本 隆"])
        let out = text(result.bytes)
        #expect(out.contains("key_persons:\n  # 情報システム部\n\n  - name: 松本 隆\n"))
        #expect(out.hasSuffix("    event: person\n    action: rm\n    name: 山田 浩二\n"))
        #expect(try document(out).deal.keyPersons.map(\.name) == ["松本 隆"])
    }

    @Test(
        arguments: [
            (
                "add", "山田浩二", PersonEdit.Fields(),
                "key person '山田 浩二' is already in deal 'tokai-erp'; change them with 'salesctl person set'"
            ),
            ("add", " ", PersonEdit.Fields(), "a key person needs a name"),
            ("add", "森", PersonEdit.Fields(role: "X"), "unknown role 'X'; valid: D, A, I"),
            (
                "add", "森", PersonEdit.Fields(stance: "好き"),
                "unknown stance '好き'; valid: supporter ○, cooperative △, neutral −, uncooperative ▽, opposed ×"
            ),
            ("add", "森", PersonEdit.Fields(authority: "big"), "unknown authority 'big'; valid: strong, weak"),
            (
                "add", "森", PersonEdit.Fields(information: "lots"),
                "unknown information 'lots'; valid: sufficient, insufficient"
            ),
            ("add", "森", PersonEdit.Fields(reportsTo: "森"), "key person '森' cannot report to themselves"),
            (
                "set", "松本 隆", PersonEdit.Fields(),
                "nothing to change; give at least one of --title, --department, --role, --stance, --authority, --information, --reports-to"
            ),
            (
                "set", "松本 隆", PersonEdit.Fields(stance: "×"),
                "key person '松本 隆' already has these values; nothing changed"
            ),
            (
                "set", "松本 隆志", PersonEdit.Fields(stance: "×"),
                "no key person '松本 隆志' in deal 'tokai-erp'\nhint: did you mean '松本 隆'?"
            ),
            ("rm", "誰か", PersonEdit.Fields(), "no key person '誰か' in deal 'tokai-erp'")
        ] as [(String, String, PersonEdit.Fields, String)])
    func badInput(action: String, name: String, fields: PersonEdit.Fields, message: String) throws {
        let doc = try document()
        let error = try #require(throws: SalesError.self) {
            switch action {
            case "add": _ = try PersonEdit.add(name, fields: fields, to: doc, date: Self.day, by: nil)
            case "set": _ = try PersonEdit.set(name, fields: fields, in: doc, date: Self.day, by: nil)
            default: _ = try PersonEdit.remove(name, from: doc, date: Self.day, by: nil)
            }
        }
        // Values are named as the command line's flags would name them.
        #expect(error.message(field: { "--" + $0 }) == "salesctl: " + message)
        // A bad value is malformed (exit 2); a person who is missing, or already so, is refused (exit 1).
        let refused = message.hasPrefix("no key person") || message.contains("already")
        #expect(error.kind == (refused ? .refused : .malformed))
    }

    @Test func stanceAndRoleInputs() {
        #expect(["○", "〇", "supporter", "後援者"].allSatisfy { KeyPerson.Stance(input: $0) == .supporter })
        #expect(["−", "-", "ー", "neutral", "中立"].allSatisfy { KeyPerson.Stance(input: $0) == .neutral })
        #expect(["×", "opposed", "反対者"].allSatisfy { KeyPerson.Stance(input: $0) == .opposed })
        #expect(KeyPerson.Stance(input: "▽") == .uncooperative && KeyPerson.Stance(input: "△") == .cooperative)
        #expect(KeyPerson.Role(input: "d") == .D && KeyPerson.Role(input: "承認権限者") == .A)
        #expect(KeyPerson.nameKey("山田　太郎") == KeyPerson.nameKey("山田太郎"))
    }

    @Test func timelineDescribesPersonEvents() throws {
        let out = try PersonEdit.set("松本 隆", fields: .init(stance: "△"), in: document(), date: Self.day, by: nil)
        let event = try document(text(out)).deal.history.last!
        #expect(
            TimelineEntry.describe(event, config: try Config.parse(Array(Config.defaultYAML.utf8)))
                == "key person 松本 隆: stance × opposed → △ cooperative")
    }
}

extension PersonEditTests {
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
}
