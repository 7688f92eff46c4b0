import Testing

@testable import SalesKit

/// Issue 13: 10,000 generated deals round-trip exactly through the writer and the reader, an
/// unchanged save changes nothing, and one field changes one line plus the appended history.
@Suite struct RoundTripTests {
    /// A small deterministic generator (no Foundation randomness, so failures reproduce).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
    }

    static let awkward = [
        "no", "yes", "0123", "12月第1週", "a: b", "# not a comment", "'quoted'", "\"dq\"", " lead",
        "trail ", "株式会社アクメ", "山田 太郎", "null", "~", "1e3", "2026-11-20", "-", "x:", "[x]", "タブ\tあり",
        "改行\nあり", "emoji 📈", "ｶﾀｶﾅ", "Ａｂｃ", "é"
    ]

    func deal(_ i: Int, _ g: inout Generator) -> Deal {
        let stages = Config.defaults.stages
        let stage = g.pick(stages)
        var deal = Deal(
            id: "deal-\(i)", title: g.pick(Self.awkward) + "\(i)", customer: g.pick(Self.awkward),
            owner: g.pick(["佐藤 健", "no", "田中 美咲"]), members: (0..<g.next(3)).map { _ in g.pick(Self.awkward) },
            stage: stage.id, status: g.pick(Deal.Status.allCases), amount: g.next(2) == 0 ? nil : g.next(100_000_000),
            currency: g.pick([nil, "JPY", "USD"]), created: CalendarDate(dayNumber: 20_000 + g.next(600)),
            expectedClose: g.next(2) == 0 ? nil : CalendarDate(dayNumber: 20_300 + g.next(600)),
            source: g.pick([nil, "紹介", "0123"]))
        deal.keyPersons = (0..<g.next(4)).map { k in
            KeyPerson(
                name: "人\(k) " + g.pick(Self.awkward), title: g.pick([nil, "部長", "課長", "CEO"]),
                department: g.pick([nil, "情報システム部"]), role: g.pick([nil, .D, .A, .I]),
                stance: g.pick([nil] + KeyPerson.Stance.allCases), authority: g.pick([nil, .strong, .weak]),
                information: g.pick([nil, .sufficient, .insufficient]), reportsTo: g.pick([nil, "上司"]))
        }
        deal.checklist = stage.steps.prefix(g.next(stage.steps.count + 1)).map {
            .init(step: $0.id, done: CalendarDate(dayNumber: 20_100 + g.next(100)), note: g.pick([nil, "確認済", "no"]))
        }
        deal.history = (0..<(1 + g.next(5))).map { _ in
            Deal.Event(
                date: CalendarDate(dayNumber: 20_000 + g.next(700)), by: g.pick(["佐藤 健", "yes"]),
                kind: g.pick(["created", "stage", "quality", "step"]),
                fields: [("note", g.pick(Self.awkward)), ("forced", g.pick(["true", "false"]))])
        }
        return deal
    }

    func parse(_ text: String, id: String) throws -> (Deal, YAMLNode.Mapping) {
        let node = try YAMLReader.parse(text, path: id)
        return (try Deal.parse(node, id: id, path: id), try #require(node?.mapping))
    }

    @Test func tenThousandDealsRoundTrip() throws {
        var g = Generator(state: 42)
        for i in 0..<10_000 {
            let original = deal(i, &g)
            let text = original.yamlText
            let (read, root) = try parse(text, id: original.id)
            #expect(read.title == original.title && read.customer == original.customer && read.owner == original.owner)
            #expect(read.members == original.members && read.stage == original.stage && read.status == original.status)
            #expect(
                read.amount == original.amount && read.currency == original.currency && read.created == original.created
            )
            #expect(read.expectedClose == original.expectedClose && read.source == original.source)
            #expect(read.keyPersons == original.keyPersons)
            #expect(
                read.checklist.map { [$0.step, $0.done.description, $0.note ?? ""] }
                    == original.checklist.map { [$0.step, $0.done.description, $0.note ?? ""] })
            #expect(read.history == original.history)
            // Saving an unchanged deal changes 0 bytes.
            let unchanged = YAMLEditor(bytes: Array(text.utf8), root: root)
            #expect(unchanged.apply() == Array(text.utf8))
            // Changing one field changes that line, plus the appended history.
            if i % 10 == 0 {
                var editor = YAMLEditor(bytes: Array(text.utf8), root: root)
                let event = Deal.Event(
                    date: CalendarDate(year: 2026, month: 11, day: 20), by: "佐藤 健", kind: "stage",
                    fields: [("from", original.stage), ("to", "decision")])
                editor.set("stage", to: .raw("decision"))
                editor.append(event.yamlValue, toListAt: "history")
                let edited = String(decoding: editor.apply(), as: UTF8.self)
                let before = text.split(separator: "\n")
                let after = edited.split(separator: "\n")
                let appended = YAMLWriter.sequence([event.yamlValue], indent: 2).split(separator: "\n").count
                #expect(after.count == before.count + appended)
                // History is the last key: the new lines come after every old line.
                let changed = zip(before, after.prefix(before.count)).filter { $0 != $1 }
                #expect(changed.count == (original.stage == "decision" ? 0 : 1))
                #expect(changed.allSatisfy { $0.0.hasPrefix("stage: ") && $0.1 == "stage: decision" })
                let (reread, _) = try parse(edited, id: original.id)
                #expect(reread.stage == "decision")
                #expect(reread.history == original.history + [event])
            }
        }
    }
}
