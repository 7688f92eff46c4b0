import Foundation
import Testing

@testable import SalesKit

@Suite struct YAMLReaderTests {
    func parse(_ text: String) throws -> YAMLNode? { try YAMLReader.parse(text, path: "t.yaml") }

    func refusal(_ text: String) -> Finding? {
        do {
            _ = try parse(text)
            return nil
        } catch SalesError.invalidFile(let finding) {
            return finding
        } catch {
            return nil
        }
    }

    @Test func keepsScalarsAsWritten() throws {
        let root = try #require(try parse("a: no\nb: 0123\nc: 'yes'\nd: 2026-11-20\ne:\nf: 山田\n")?.mapping)
        #expect(root["a"]?.scalar?.value == "no")
        #expect(root["b"]?.scalar?.value == "0123")
        #expect(root["c"]?.scalar?.style == .singleQuoted)
        #expect(root["d"]?.scalar?.value == "2026-11-20")
        #expect(root["e"]?.isNull == true)
        #expect(root.entries.map(\.key) == ["a", "b", "c", "d", "e", "f"])
    }

    @Test func marksAreLinesColumnsAndByteOffsets() throws {
        let text = "title: 基幹\nstage: define\n"
        let root = try #require(try parse(text)?.mapping)
        let stage = try #require(root["stage"]?.scalar)
        #expect(stage.start == Mark(line: 1, column: 7, offset: 21))
        #expect(stage.end.offset == 27)
        #expect(Array(text.utf8)[stage.start.offset..<stage.end.offset].elementsEqual("define".utf8))
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let root = try #require(try parse("\u{FEFF}a: 1\r\nb: 部長\r\n")?.mapping)
        #expect(root["b"]?.scalar?.value == "部長")
        let bytes = Array("\u{FEFF}a: 1\r\nb: 部長\r\n".utf8)
        let b = try #require(root["b"]?.scalar)
        #expect(bytes[b.start.offset..<b.end.offset].elementsEqual("部長".utf8))
    }

    @Test(arguments: [
        ("a: &x 1\nb: *x\n", "yaml-anchor", 1, 4),
        ("a: *x\n", "yaml-alias", 1, 4),
        ("a: !!int 5\n", "yaml-tag", 1, 4),
        ("a: 1\na: 2\n", "yaml-duplicate-key", 2, 1),
        ("? [a]\n: 1\n", "yaml-key", 1, 3),
        ("a: 1\n---\nb: 2\n", "yaml-multiple-documents", 2, 1),
        ("a: 'open\n", "yaml-syntax", 2, 1)
    ])
    func refusals(_ text: String, _ code: String, _ line: Int, _ column: Int) throws {
        let finding = try #require(refusal(text))
        #expect(finding.code == code)
        #expect(finding.line == line)
        #expect(finding.column == column)
        #expect(finding.description.hasPrefix("t.yaml:\(line):\(column): error: [\(code)] "))
    }

    @Test func nestingDeeperThanTheLimitIsRefused() throws {
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(refusal(deep)?.code == "yaml-depth")
        let fine = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(refusal(fine) == nil)
    }

    @Test func invalidUTF8IsRefusedWithItsPlace() throws {
        var bytes = Array("title: 基幹\nx: ab".utf8)
        bytes.append(0xFF)
        bytes += Array("\n".utf8)
        do {
            _ = try bytes.withUnsafeBytes { try YAMLReader.parse($0, path: "d.yaml") }
            Issue.record("accepted invalid UTF-8")
        } catch SalesError.invalidFile(let finding) {
            #expect(finding.code == "invalid-utf8")
            #expect(finding.line == 2)
            #expect(finding.column == 6)
        }
    }

    @Test func oversizedFilesAreRefusedBeforeParsing() throws {
        let big = "a: " + String(repeating: "x", count: YAMLReader.maxFileSize) + "\n"
        #expect(refusal(big)?.code == "file-too-large")
    }

    @Test func utf8CheckRejectsOverlongsAndSurrogates() {
        #expect(!UTF8Check.isValid([0xC0, 0xAF]))
        #expect(!UTF8Check.isValid([0xED, 0xA0, 0x80]))
        #expect(!UTF8Check.isValid([0xF4, 0x90, 0x80, 0x80]))
        #expect(!UTF8Check.isValid([0xE5, 0xB1]))
        #expect(UTF8Check.isValid(Array("山田部長 ok".utf8)))
    }
}

@Suite struct YAMLWriterTests {
    static let awkward = [
        "no", "No", "yes", "true", "null", "~", "0123", "12", "1e3", "2026-11-20", "12:30", ": x", "a: b", "a #b", "#x",
        "'q'", "\"q\"", " lead", "trail ", "line\nbreak", "tab\there", "", "- item", "[x]", "{y}", "*a", "&a", "!t",
        "%p", "@x", "`x`", "|x", ">x", "?x", "12月第1週", "山田 部長", "a:b", "x:", "\u{FEFF}bom"
    ]

    @Test(arguments: awkward)
    func scalarsRoundTrip(_ value: String) throws {
        let text = YAMLWriter.mapping([("k", .text(value))])
        let root = try #require(try YAMLReader.parse(text, path: "t")?.mapping)
        #expect(root["k"]?.scalar?.value == value, "written as \(text)")
    }

    /// The writer can escape a control character, but the reader refuses it (a title with ESC
    /// would reach terminals raw), so the store refuses to write one (see `Store.verifyReadable`).
    @Test func controlCharactersWrittenEscapedAreRefusedOnRead() throws {
        let text = YAMLWriter.mapping([("k", .text("\u{7}bell"))])
        #expect(text == "k: \"\\u0007bell\"\n")
        #expect(throws: SalesError.self) { try YAMLReader.parse(text, path: "t") }
    }

    @Test func japaneseStaysUnescapedAndPlain() {
        #expect(YAMLWriter.scalar("株式会社アクメ") == "株式会社アクメ")
        #expect(YAMLWriter.scalar("12月第1週に提案") == "12月第1週に提案")
        #expect(YAMLWriter.scalar("0123") == "\"0123\"")
    }

    @Test func nestedBlocks() {
        let text = YAMLWriter.mapping([
            ("a", .list([.map([("x", .text("1")), ("z", .list([.text("p")]))]), .text("b")])),
            ("e", .list([]))
        ])
        #expect(text == "a:\n  - x: \"1\"\n    z:\n      - p\n  - b\ne: []\n")
    }
}

@Suite struct YAMLEditorTests {
    let original = """
        # 商談ファイル (hand-edited)
        title: '基幹システム刷新'   # quoted on purpose
        stage: discovery
        amount: 1200

        key_persons:
        - name: 山田 太郎
          title: 部長
        history:
          - date: 2026-07-01
            event: created
        # trailing comment

        """

    func editor() throws -> YAMLEditor {
        let root = try #require(try YAMLReader.parse(original, path: "d")?.mapping)
        return YAMLEditor(bytes: Array(original.utf8), root: root)
    }

    func text(_ editor: YAMLEditor) -> String { String(decoding: editor.apply(), as: UTF8.self) }

    @Test func replacingAScalarChangesOnlyThatValue() throws {
        var e = try editor()
        e.set("stage", to: .raw("define"))
        #expect(text(e) == original.replacingFirst("stage: discovery", with: "stage: define"))
    }

    @Test func quotingStyleIsKept() throws {
        var e = try editor()
        e.set("title", to: .text("新タイトル"))
        #expect(text(e) == original.replacingFirst("'基幹システム刷新'", with: "'新タイトル'"))
    }

    @Test func appendingHistoryAddsLinesAfterTheLastItem() throws {
        var e = try editor()
        e.append(.map([("date", .raw("2026-08-01")), ("event", .raw("stage"))]), toListAt: "history")
        #expect(
            text(e)
                == original.replacingFirst(
                    "    event: created\n", with: "    event: created\n  - date: 2026-08-01\n    event: stage\n"))
    }

    @Test func appendingToAnIndentlessList() throws {
        var e = try editor()
        e.append(.map([("name", .text("伊藤 花子"))]), toListAt: "key_persons")
        #expect(text(e) == original.replacingFirst("  title: 部長\n", with: "  title: 部長\n- name: 伊藤 花子\n"))
    }

    @Test func newKeysGoAfterTheLastEntry() throws {
        var e = try editor()
        e.set("expected_close", to: .raw("2027-03-31"))
        #expect(
            text(e)
                == original.replacingFirst(
                    "    event: created\n", with: "    event: created\nexpected_close: 2027-03-31\n"))
    }

    @Test func removingAnEntryAndAnItem() throws {
        var e = try editor()
        e.remove("amount", from: e.root)
        #expect(text(e) == original.replacingFirst("amount: 1200\n", with: ""))
        var f = try editor()
        f.removeItem(at: 0, from: try #require(f.root["key_persons"]?.sequence))
        #expect(text(f) == original.replacingFirst("- name: 山田 太郎\n  title: 部長\n", with: ""))
    }

    @Test func flowListsBecomeBlockLists() throws {
        let source = "title: x\nmembers: [佐藤, 田中]\nhistory: []\n"
        let root = try #require(try YAMLReader.parse(source, path: "d")?.mapping)
        var e = YAMLEditor(bytes: Array(source.utf8), root: root)
        e.append(.text("鈴木"), toListAt: "members")
        e.append(.map([("event", .raw("created"))]), toListAt: "history")
        let result = String(decoding: e.apply(), as: UTF8.self)
        #expect(result == "title: x\nmembers:\n  - 佐藤\n  - 田中\n  - 鈴木\nhistory:\n  - event: created\n")
        #expect(try YAMLReader.parse(result, path: "d") != nil)
    }

    @Test func editsOnAFileWithoutFinalNewline() throws {
        let source = "title: x\nstage: a"
        let root = try #require(try YAMLReader.parse(source, path: "d")?.mapping)
        var e = YAMLEditor(bytes: Array(source.utf8), root: root)
        e.set("status", to: .raw("won"))
        #expect(String(decoding: e.apply(), as: UTF8.self) == "title: x\nstage: a\nstatus: won\n")
    }

    @Test func noEditsMeansSameBytes() throws {
        let e = try editor()
        #expect(e.apply() == Array(original.utf8))
        #expect(!e.hasEdits)
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

@Suite struct YAMLEditorNullTests {
    @Test func settingAnEmptyValue() throws {
        let source = "title: x\nexpected_close:\nstage: a   # c\n"
        let root = try #require(try YAMLReader.parse(source, path: "d")?.mapping)
        var e = YAMLEditor(bytes: Array(source.utf8), root: root)
        e.set("expected_close", to: .raw("2027-03-31"))
        e.set("stage", to: .raw("b"))
        #expect(String(decoding: e.apply(), as: UTF8.self) == "title: x\nexpected_close: 2027-03-31\nstage: b   # c\n")
    }
}

@Suite struct YAMLEditorQuotingTests {
    @Test func quotedTokensStayQuoted() throws {
        let source = "stage: \"discovery\"\nstatus: 'open'  # 手で書いた\namount: 100\n"
        let root = try #require(try YAMLReader.parse(source, path: "d")?.mapping)
        var e = YAMLEditor(bytes: Array(source.utf8), root: root)
        e.set("stage", to: .raw("define"))
        e.set("status", to: .raw("won"))
        e.set("amount", to: .int(200))
        #expect(
            String(decoding: e.apply(), as: UTF8.self) == "stage: \"define\"\nstatus: 'won'  # 手で書いた\namount: 200\n")
    }
}
