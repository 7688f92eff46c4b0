import Testing

@testable import SalesKit

/// The three-way merge of deal files (issue 19 item 8). Each case is a base and two sides
/// written as a user and salesctl would write them; the whole merged text is compared.
@Suite struct DealMergeTests {
    static let base = """
        title: 基幹システム刷新
        customer: 株式会社東海精機
        owner: 佐藤 健
        members:
          - 佐藤 健
        stage: define   # 定義
        amount: 1000
        created: 2026-11-01
        key_persons:
          - name: 山田 太郎
            title: 部長
            stance: neutral
        checklist:
          plan:
            done: 2026-11-01
            note: 刷新
        history:
          - date: 2026-11-01
            by: 佐藤 健
            event: created

        """

    func merge(_ ours: String, _ theirs: String, base: String = base) throws -> (text: String, conflicts: [String]) {
        let merged = try DealMerge.merge(base: Array(base.utf8), ours: Array(ours.utf8), theirs: Array(theirs.utf8))
        return (String(decoding: merged.bytes, as: UTF8.self), merged.conflicts)
    }

    func event(_ date: String, _ by: String, _ rest: String) -> String {
        "  - date: \(date)\n    by: \(by)\n    \(rest)\n"
    }

    @Test func bothSidesAppendHistoryAndChangeDifferentFields() throws {
        let ours =
            Self.base.replacingOccurrences(of: "define", with: "decision") + event("2026-11-20", "佐藤 健", "event: stage")
        let theirs =
            Self.base.replacingOccurrences(of: "1000", with: "2000") + event("2026-11-18", "鈴木 大輔", "event: quality")
        let (text, conflicts) = try merge(ours, theirs)
        #expect(conflicts == [])
        #expect(
            text == Self.base.replacingOccurrences(of: "define", with: "decision").replacingOccurrences(
                of: "1000", with: "2000")
                + event("2026-11-18", "鈴木 大輔", "event: quality") + event("2026-11-20", "佐藤 健", "event: stage"))
        // Symmetric but for the order of same-day events.
        #expect(try merge(theirs, ours).text == text)
    }

    @Test func sameFieldTwoValuesConflictsOnThatLineOnly() throws {
        let ours =
            Self.base.replacingOccurrences(of: "define   # 定義", with: "proposal")
            + event("2026-11-20", "佐藤 健", "event: stage\n    to: proposal")
        let theirs =
            Self.base.replacingOccurrences(of: "define   # 定義", with: "decision").replacingOccurrences(
                of: "1000", with: "3000")
            + event("2026-11-19", "鈴木 大輔", "event: stage\n    to: decision")
        let (text, conflicts) = try merge(ours, theirs)
        #expect(conflicts == ["stage"])
        let conflicted = "<<<<<<< ours\nstage: proposal\n=======\nstage: decision\n>>>>>>> theirs\n"
        #expect(
            text == Self.base.replacingOccurrences(of: "stage: define   # 定義\n", with: conflicted).replacingOccurrences(
                of: "1000", with: "3000")
                + event("2026-11-19", "鈴木 大輔", "event: stage\n    to: decision")
                + event("2026-11-20", "佐藤 健", "event: stage\n    to: proposal"))
        // Keeping either side reads as a deal and keeps every event.
        for keep in [0, 1] {
            let resolved = Self.resolve(text, keep: keep)
            #expect(DealMerge.readsAsDeal(Array(resolved.utf8)))
            #expect(DealMerge.historyEvents(Array(resolved.utf8))?.count == 3)
        }
    }

    /// Keeps side `keep` (0 ours, 1 theirs) of every conflict, as a user would by hand.
    static func resolve(_ text: String, keep: Int) -> String {
        var out: [Substring] = []
        var side: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("<<<<<<< ") {
                side = 0
                continue
            }
            if line == "=======" && side != nil {
                side = 1
                continue
            }
            if line.hasPrefix(">>>>>>> ") {
                side = nil
                continue
            }
            if side == nil || side == keep { out.append(line) }
        }
        return out.joined(separator: "\n")
    }

    @Test func keyPersonsAddedOnBothSidesAreAllKept() throws {
        let person = { (name: String) in "  - name: \(name)\n    title: 課長\n" }
        let ours =
            Self.base.replacingOccurrences(of: "checklist:", with: person("伊藤 花子") + "checklist:")
            + event("2026-11-20", "佐藤 健", "event: person\n    name: 伊藤 花子")
        let theirs =
            Self.base.replacingOccurrences(of: "checklist:", with: person("中村 修") + "checklist:")
            + event("2026-11-20", "鈴木 大輔", "event: person\n    name: 中村 修")
        let (text, conflicts) = try merge(ours, theirs)
        #expect(conflicts == [])
        #expect(
            text == Self.base.replacingOccurrences(
                of: "checklist:", with: person("伊藤 花子") + person("中村 修") + "checklist:")
                + event("2026-11-20", "佐藤 健", "event: person\n    name: 伊藤 花子")
                + event("2026-11-20", "鈴木 大輔", "event: person\n    name: 中村 修"))
    }

    @Test func differentStepsCheckedTheSameDayMergeCleanly() throws {
        let step = { (id: String) in "  \(id):\n    done: 2026-11-20\n    note: \(id)\n" }
        let ours =
            Self.base.replacingOccurrences(of: "history:", with: step("reason") + "history:")
            + event("2026-11-20", "佐藤 健", "event: step\n    step: reason")
        let theirs =
            Self.base.replacingOccurrences(of: "history:", with: step("schedule") + "history:")
            + event("2026-11-20", "鈴木 大輔", "event: step\n    step: schedule")
        let (text, conflicts) = try merge(ours, theirs)
        #expect(conflicts == [])
        #expect(
            text == Self.base.replacingOccurrences(of: "history:", with: step("reason") + step("schedule") + "history:")
                + event("2026-11-20", "佐藤 健", "event: step\n    step: reason")
                + event("2026-11-20", "鈴木 大輔", "event: step\n    step: schedule"))
        // The same step checked on both sides with different notes: only the note line conflicts.
        let a = Self.base.replacingOccurrences(of: "    note: 刷新\n", with: "    note: 刷新A\n")
        let b = Self.base.replacingOccurrences(of: "    note: 刷新\n", with: "    note: 刷新B\n")
        let (both, fields) = try merge(a, b)
        #expect(fields == ["checklist.plan.note"])
        #expect(
            both.contains(
                "    done: 2026-11-01\n<<<<<<< ours\n    note: 刷新A\n=======\n    note: 刷新B\n>>>>>>> theirs\nhistory:"))
    }

    @Test func oneKeyPersonChangedOnBothSides() throws {
        let ours = Self.base.replacingOccurrences(of: "    stance: neutral\n", with: "    stance: supporter\n")
        let theirs = Self.base.replacingOccurrences(
            of: "    title: 部長\n", with: "    title: 本部長\n    department: 情報システム部\n")
        let (text, conflicts) = try merge(ours, theirs)
        #expect(conflicts == [])
        #expect(
            text
                == Self.base.replacingOccurrences(
                    of: "    title: 部長\n    stance: neutral\n",
                    with: "    title: 本部長\n    department: 情報システム部\n    stance: supporter\n"))
        let (same, fields) = try merge(
            ours, Self.base.replacingOccurrences(of: "    stance: neutral\n", with: "    stance: opposed\n"))
        #expect(fields == ["key_persons[山田 太郎].stance"])
        #expect(
            same.contains(
                "    title: 部長\n<<<<<<< ours\n    stance: supporter\n=======\n    stance: opposed\n>>>>>>> theirs\nchecklist:"
            ))
        // Removed on one side, changed on the other: a conflict over the whole person.
        let removed = Self.base.replacingOccurrences(
            of: "  - name: 山田 太郎\n    title: 部長\n    stance: neutral\n", with: ""
        )
        .replacingOccurrences(of: "key_persons:\n", with: "key_persons:\n  - name: 伊藤 花子\n")
        let (gone, goneFields) = try merge(ours, removed)
        #expect(goneFields == ["key_persons[山田 太郎]"])
        #expect(
            gone.contains(
                "<<<<<<< ours\n  - name: 山田 太郎\n    title: 部長\n    stance: supporter\n=======\n>>>>>>> theirs\n"))
        for keep in [0, 1] { #expect(DealMerge.readsAsDeal(Array(Self.resolve(gone, keep: keep).utf8))) }
    }

    @Test func listsAndMapsThatGrowKeepEveryEntry() throws {
        let ours = Self.base.replacingOccurrences(of: "  - 佐藤 健\n", with: "  - 佐藤 健\n  - 鈴木 大輔\n")
            .replacingOccurrences(of: "amount: 1000\n", with: "amount: 1000\nsource: 展示会\n")
        let theirs = Self.base.replacingOccurrences(of: "  - 佐藤 健\n", with: "  - 佐藤 健\n  - 高橋 由美\n")
            .replacingOccurrences(of: "amount: 1000\n", with: "amount: 1000\nexpected_close: 2027-03-31\n")
        let (text, conflicts) = try merge(ours, theirs)
        #expect(conflicts == [])
        #expect(
            text
                == Self.base.replacingOccurrences(of: "  - 佐藤 健\n", with: "  - 佐藤 健\n  - 鈴木 大輔\n  - 高橋 由美\n")
                .replacingOccurrences(
                    of: "amount: 1000\n", with: "amount: 1000\nsource: 展示会\nexpected_close: 2027-03-31\n"))
        // The same member added on both sides is kept once; the same event on both sides too.
        let same =
            Self.base.replacingOccurrences(of: "  - 佐藤 健\n", with: "  - 佐藤 健\n  - 鈴木 大輔\n")
            + event("2026-11-20", "佐藤 健", "event: stage")
        #expect(try merge(same, same + "").text == same)
        #expect(try merge(same, Self.base + event("2026-11-20", "佐藤 健", "event: stage")).text == same)
    }

    @Test func aFileWithoutItsFinalNewlineStillMerges() throws {
        let base = String(Self.base.dropLast())
        let ours = base + "\n" + event("2026-11-20", "佐藤 健", "event: stage").dropLast()
        let theirs = base + "\n" + event("2026-11-19", "鈴木 大輔", "event: step")
        let (text, conflicts) = try merge(ours, theirs, base: base)
        #expect(conflicts == [])
        #expect(
            text == Self.base + event("2026-11-19", "鈴木 大輔", "event: step")
                + event("2026-11-20", "佐藤 健", "event: stage").dropLast())
    }

    /// Found by FuzzMerge: a side whose only change is the final newline still changed the file,
    /// and the other side, unchanged, must not undo it.
    @Test func aSideThatOnlyAddsTheFinalNewlineIsTakenByteForByte() throws {
        let base = String(Self.base.dropLast())
        #expect(try merge(base, Self.base, base: base).text == Self.base)
        #expect(try merge(Self.base, base, base: base).text == Self.base)
        #expect(try merge("?", "?\n", base: "?").text == "?\n")
    }

    @Test func whatDoesNotReadIsRefusedForGitsLineMerge() throws {
        #expect(throws: DealMerge.Refusal.self) { try merge("title: [broken\n", Self.base) }
        #expect(throws: DealMerge.Refusal.self) { try merge("- a list\n", Self.base) }
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: DealMerge.Refusal.self) { try merge(Self.base, "title: " + deep + "\n") }
        let huge = "title: x\nnote: " + String(repeating: "あ", count: YAMLReader.maxFileSize / 3 + 10) + "\n"
        #expect(throws: DealMerge.Refusal.self) { try merge(Self.base, huge) }
        // A document end marker ('...') that the merged pieces would put mid-file: neither the
        // fine nor the coarse merge reads back, so the caller merges line by line.
        let ended = "title: x\nhistory:\n  - date: 2026-11-01\n    event: created\n...\n"
        #expect(
            throws: DealMerge.Refusal(
                reason:
                    "the three versions do not fit together field by field (a document marker, a list re-indented on one side?)"
            )
        ) {
            try merge(
                ended.replacingOccurrences(of: "...\n", with: event("2026-11-20", "a", "event: x") + "...\n"),
                ended.replacingOccurrences(of: "...\n", with: "source: y\n...\n"), base: ended)
        }
        // A list re-indented on one side and grown on both: the fine merge would mix the two
        // indentations, so the field conflicts as a whole (and the file still reads either way).
        let reindented = Self.base.replacingOccurrences(of: "  - 佐藤 健\n", with: "- 佐藤 健\n- 鈴木 大輔\n")
        let grown = Self.base.replacingOccurrences(of: "  - 佐藤 健\n", with: "  - 佐藤 健\n  - 高橋 由美\n")
        let (text, conflicts) = try merge(reindented, grown)
        #expect(conflicts == ["members"])
        for keep in [0, 1] { #expect(DealMerge.readsAsDeal(Array(Self.resolve(text, keep: keep).utf8))) }
    }
}
