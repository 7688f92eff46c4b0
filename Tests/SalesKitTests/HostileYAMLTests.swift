import Foundation
import Testing

@testable import SalesKit

/// Unit tests for the fixes issue 13's hostile corpus led to (the corpus itself, with one case
/// per hazard, is `Tests/SalesctlTests/Hostile/`).
@Suite struct HostileYAMLTests {
    func refusal(_ bytes: [UInt8], path: String = "t.yaml") -> Finding? {
        do {
            _ = try bytes.withUnsafeBytes { try YAMLReader.parse($0, path: path) }
            return nil
        } catch SalesError.invalidFile(let finding) {
            return finding
        } catch {
            return nil
        }
    }

    /// Long lists and many keys were quadratic (each append copied the open collection): a
    /// 170,000-item list took minutes. Now linear: this runs in well under a second.
    @Test func longListsAndManyKeysParseInLinearTime() throws {
        let items = "list:\n" + String(repeating: "  - a\n", count: 150_000)
        let keys = (0..<60_000).map { "k\($0): v\n" }.joined()
        let start = Date()
        let list = try #require(try YAMLReader.parse(items, path: "t")?.mapping?["list"]?.sequence)
        #expect(list.items.count == 150_000)
        #expect(try YAMLReader.parse(keys, path: "t")?.mapping?.entries.count == 60_000)
        #expect(Date().timeIntervalSince(start) < 30, "hang guard only")
    }

    /// libyaml's reader errors carry a byte offset, not a mark: the finding points at the byte
    /// and names the character escaped, never raw.
    @Test func readerErrorsPointAtTheByteAndNameTheCharacter() throws {
        let finding = try #require(refusal(Array("a: 1\nb: x\u{1B}[31m\n".utf8)))
        #expect(finding.code == "yaml-syntax")
        #expect(finding.line == 2 && finding.column == 5)
        #expect(finding.message == "control characters are not allowed (U+001B)")
        let nul = try #require(refusal(Array("a: 山\0\n".utf8)))
        #expect(nul.line == 1 && nul.column == 5)
        #expect(nul.message.hasSuffix("(U+0000)"))
    }

    @Test func escapedControlCharactersInValuesAreRefused() throws {
        for text in ["a: \"\\e[2J\"\n", "a: \"\\0\"\n", "a: \"x\\x9by\"\n", "\"\\a\": 1\n"] {
            let finding = try #require(refusal(Array(text.utf8)), "\(text)")
            #expect(finding.code == "control-character")
            #expect(finding.line == 1)
        }
        // Tabs and line breaks are text.
        #expect(refusal(Array("a: \"x\\ty\\nz\"\n".utf8)) == nil)
    }

    @Test func valuesOverTheLimitAreRefused() throws {
        let long = "a: " + String(repeating: "x", count: YAMLReader.maxScalarLength + 1) + "\n"
        #expect(refusal(Array(long.utf8))?.code == "value-too-long")
        let fits = "a: " + String(repeating: "x", count: YAMLReader.maxScalarLength) + "\n"
        #expect(refusal(Array(fits.utf8)) == nil)
    }

    @Test func pathsInFindingsAreEscaped() {
        let finding = Finding(path: "deals/\u{1B}[2J.yaml", line: 1, column: 1, code: "bad-id", message: "m")
        #expect(finding.description == "deals/\\u{1b}[2J.yaml:1:1: error: [bad-id] m")
    }

    @Test func emptyDocumentsAndOversizedFilesPointAtTheStart() throws {
        let empty = try #require(
            { () -> Finding? in
                do {
                    _ = try Deal.parse(nil, id: "x", path: "deals/x.yaml")
                    return nil
                } catch SalesError.invalidFile(let f) { return f } catch { return nil }
            }())
        #expect(empty.location == "deals/x.yaml:1:1")
        let big = [UInt8](repeating: 0x23, count: YAMLReader.maxFileSize + 1)
        #expect(refusal(big)?.location == "t.yaml:1:1")
    }

    @Test func reportBodiesRefuseControlCharactersAndKeepCRLF() throws {
        let bad = Array("---\ndate: 2026-11-20\ndeal: a\nkind: visit\n---\n\nok\n\u{7}\n".utf8)
        do {
            _ = try bad.withUnsafeBytes { try Report.parse($0, path: "r.md") }
            Issue.record("accepted")
        } catch SalesError.invalidFile(let finding) {
            #expect(finding.code == "control-character")
            #expect(finding.location == "r.md:8:1")
        }
        let crlf = Array("---\r\ndate: 2026-11-20\r\ndeal: a\r\nkind: visit\r\n---\r\n\r\n本文\r\n".utf8)
        #expect(try crlf.withUnsafeBytes { try Report.parse($0, path: "r.md") }.body == "本文\r\n")
    }

    /// An edit of a CRLF file writes CRLF lines; an LF file stays LF.
    @Test func editorKeepsCRLF() throws {
        let text = "title: t\r\nhistory:\r\n  - date: 2026-11-01\r\n    event: created\r\n"
        let bytes = Array(text.utf8)
        let root = try #require(try bytes.withUnsafeBytes { try YAMLReader.parse($0, path: "t") }?.mapping)
        var editor = YAMLEditor(bytes: bytes, root: root)
        editor.set("title", to: .text("新"))
        editor.append(.map([("date", .raw("2026-11-20")), ("event", .raw("note"))]), toListAt: "history")
        editor.set("stage", to: .raw("define"))
        let out = String(decoding: editor.apply(), as: UTF8.self)
        #expect(
            out
                == "title: 新\r\nhistory:\r\n  - date: 2026-11-01\r\n    event: created\r\n  - date: 2026-11-20\r\n    event: note\r\nstage: define\r\n"
        )
    }

    /// `Store.save` and `addReport` refuse to write what the reader would refuse.
    @Test func storeRefusesToWriteWhatItCannotReadBack() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("salesctl-\(UUID().uuidString)").path
        let root = try Store.initialize(at: dir)
        let store = try Store.open(root: root)
        let report = Report(
            path: "", date: CalendarDate(year: 2026, month: 11, day: 20), deal: "acme", author: nil,
            kind: "visit", next: "\u{1B}[2J")
        #expect(throws: SalesError.self) { try store.addReport(report) }
        #expect(store.reportPaths().isEmpty)
        let deal = Deal(
            id: "acme", title: "a\u{7}b", customer: "c", stage: "discovery",
            created: CalendarDate(year: 2026, month: 11, day: 1))
        do {
            try store.createDeal(deal, by: nil)
            Issue.record("written")
        } catch let error as SalesError {
            #expect(error.message.contains("control character"))
            #expect(error.kind == .malformed)
        }
        #expect(!FileSystem.exists(dir + "/deals/acme.yaml"))
    }
}
