import Foundation
import Testing

/// Behaviour that needs a real terminal: colour rules per stream, and the editor of `report add`.
/// Runs salesctl on a pseudo-terminal through util-linux `script`.
@Suite(.enabled(if: ShellHarness.hasScript, "util-linux script is not installed; skipping terminal tests"))
struct TerminalTests {
    static let escape = "\u{1B}["

    func salesctl(_ arguments: [String]) -> String {
        ([Harness.binary] + arguments).map(ShellHarness.quote).joined(separator: " ")
    }

    // MARK: colour

    @Test func colourOnlyOnATerminalAndNotWhenTurnedOff() throws {
        let dir = try Harness.copyExample("basic")
        let list = salesctl(["deal", "list", "--status", "open"])
        let xterm = try ShellHarness.environment(["TERM": "xterm-256color"])

        let auto = try ShellHarness.onTerminal(list, in: dir, environment: xterm)
        #expect(auto.status == 0)
        #expect(auto.stdout.contains(Self.escape + "1m"), "auto on a terminal colours")

        for (why, command, extra) in [
            ("NO_COLOR", list, ["NO_COLOR": "1"]),
            ("TERM=dumb", list, ["TERM": "dumb"]),
            ("--color never", list + " --color never", [:])
        ] as [(String, String, [String: String])] {
            var env = xterm
            for (key, value) in extra { env[key] = value }
            let result = try ShellHarness.onTerminal(command, in: dir, environment: env)
            #expect(result.status == 0)
            #expect(!result.stdout.contains(Self.escape), "\(why) turns colour off")
            #expect(result.stdout.contains("tokai-erp"))
        }

        // NO_COLOR set but empty does not count (no-color.org: "present and not an empty string").
        var empty = xterm
        empty["NO_COLOR"] = ""
        #expect(try ShellHarness.onTerminal(list, in: dir, environment: empty).stdout.contains(Self.escape))

        // --color always wins over NO_COLOR and TERM=dumb.
        var off = xterm
        off["NO_COLOR"] = "1"
        off["TERM"] = "dumb"
        #expect(
            try ShellHarness.onTerminal(list + " --color always", in: dir, environment: off).stdout.contains(
                Self.escape))
    }

    @Test func colourIsDecidedPerStream() throws {
        let dir = try Harness.copyExample("basic")
        let xterm = try ShellHarness.environment(["TERM": "xterm-256color"])
        let file = try Harness.temporaryDirectory() + "/out.txt"
        // stdout redirected to a file while stderr stays the terminal: no colour in the file.
        let redirected = try ShellHarness.onTerminal(
            salesctl(["deal", "list"]) + " > " + ShellHarness.quote(file),
            in: dir, environment: xterm)
        #expect(redirected.status == 0)
        let text = try Harness.read(file)
        #expect(text.contains("tokai-erp"))
        #expect(!text.contains(Self.escape))
        // Piped (no terminal at all): auto is off, --color always is on.
        #expect(
            !(try Harness.run(["deal", "list"], in: dir, environment: ["TERM": "xterm"]).stdout.contains(Self.escape)))
        #expect(try Harness.run(["deal", "list", "--color", "always"], in: dir).stdout.contains(Self.escape + "1m"))
    }

    // MARK: editor

    /// An editor script at `dir/editor.sh`.
    func editor(_ body: String, in dir: String) throws -> String {
        let path = dir + "/editor.sh"
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    func reportAdd(in store: String, editor: String) throws -> Harness.Result {
        let env = try ShellHarness.environment(["EDITOR": editor, "TERM": "xterm"])
        return try ShellHarness.onTerminal(
            salesctl([
                "report", "add", "--deal", "tokai-erp", "--kind", "visit",
                "--today", "2026-11-20"
            ]), in: store, environment: env)
    }

    @Test func editorBodyIsWritten() throws {
        let store = try Harness.copyExample("basic")
        let tools = try Harness.temporaryDirectory()
        // Writes a body right after the front matter, above salesctl's help comment.
        let editor = try editor(
            """
            awk '{ print } /^---$/ { n++; if (n == 2) print "予算を山田部長に確認。来期に刷新。" }' "$1" > "$1.new" && mv "$1.new" "$1"
            """, in: tools)
        let before = try Harness.snapshot(store)
        let result = try reportAdd(in: store, editor: editor)
        #expect(result.status == 0, "\(result.stdout)")
        let path = try #require(result.stdout.split(separator: "\n").last.map(String.init))
        #expect(path.hasPrefix("reports/2026/11/2026-11-20-tokai-erp-"))
        let text = try Harness.read(store + "/" + path)
        #expect(text.hasSuffix("---\n\n予算を山田部長に確認。来期に刷新。\n") || text.hasSuffix("---\n予算を山田部長に確認。来期に刷新。\n"))
        #expect(!text.contains("salesctl:"))
        #expect(text.contains("kind: visit"))
        #expect(try Harness.snapshot(store).count == before.count + 1)
    }

    @Test func emptyBodyAbortsAndWritesNothing() throws {
        let store = try Harness.copyExample("basic")
        let editor = try editor("exit 0", in: try Harness.temporaryDirectory())
        let before = try Harness.snapshot(store)
        let result = try reportAdd(in: store, editor: editor)
        #expect(result.status == 1)
        #expect(result.stdout.contains("salesctl: aborted: empty report; nothing written"))
        #expect(try Harness.snapshot(store) == before)
    }

    @Test func failingEditorKeepsTheDraft() throws {
        let store = try Harness.copyExample("basic")
        let editor = try editor("echo '途中まで書いた' >> \"$1\"; exit 3", in: try Harness.temporaryDirectory())
        let before = try Harness.snapshot(store)
        let result = try reportAdd(in: store, editor: editor)
        #expect(result.status != 0)
        let draft = store + "/.salesctl/REPORT_EDITMSG.md"
        #expect(
            result.stdout.contains("your draft is in \(draft)") || result.stdout.contains(draft), "\(result.stdout)")
        #expect(try Harness.read(draft).contains("途中まで書いた"))
        #expect(try Harness.snapshot(store) == before)
    }

    // MARK: issue 19: the editor keeps every line typed

    @Test func textAboveAndBelowTheHelpCommentIsTheBody() throws {
        let store = try Harness.copyExample("basic")
        // One line above salesctl's comment, two below it.
        let editor = try editor(
            """
            awk '{ print } /^---$/ { n++; if (n == 2) print "上に書いた" }' "$1" > "$1.new" && mv "$1.new" "$1"
            printf '下に書いた\n\n二段落目\n' >> "$1"
            """, in: try Harness.temporaryDirectory())
        let result = try reportAdd(in: store, editor: editor)
        #expect(result.status == 0, "\(result.stdout)")
        let path = try #require(result.stdout.split(separator: "\n").last.map(String.init))
        let text = try Harness.read(store + "/" + path)
        #expect(text.hasSuffix("---\n\n上に書いた\n\n下に書いた\n\n二段落目\n"), "\(text)")
        #expect(!text.contains("salesctl:") && !text.contains("-->"))
        // The draft of a written report is not kept.
        #expect(!FileManager.default.fileExists(atPath: store + "/.salesctl/REPORT_EDITMSG.md"))
    }

    @Test func textOnlyBelowTheHelpCommentIsWritten() throws {
        let store = try Harness.copyExample("basic")
        let editor = try editor("printf '予算は来期。\n' >> \"$1\"", in: try Harness.temporaryDirectory())
        let result = try reportAdd(in: store, editor: editor)
        #expect(result.status == 0, "\(result.stdout)")
        let path = try #require(result.stdout.split(separator: "\n").last.map(String.init))
        #expect(try Harness.read(store + "/" + path).hasSuffix("---\n\n予算は来期。\n"))
    }

    @Test func anAbortedReportSaysWhereItsDraftIsAndTheNextOneNeverOverwritesIt() throws {
        let store = try Harness.copyExample("basic")
        let tools = try Harness.temporaryDirectory()
        // Attendees typed, but no body: aborted, and the draft with the attendees is kept.
        let editor = try editor("sed -i 's/^kind: visit$/kind: visit\\nattendees:\\n  - 岡田修，部長/' \"$1\"", in: tools)
        let before = try Harness.snapshot(store)
        let first = try reportAdd(in: store, editor: editor)
        let draft = store + "/.salesctl/REPORT_EDITMSG.md"
        #expect(first.status == 1)
        #expect(
            first.stdout.contains("salesctl: aborted: empty report; nothing written; your draft is kept in \(draft)"),
            "\(first.stdout)")
        let kept = try Harness.read(draft)
        #expect(kept.contains("岡田修，部長"))
        #expect(try Harness.snapshot(store) == before)
        // The next report add says so and writes its own draft beside it.
        let second = try reportAdd(in: store, editor: editor)
        let draft2 = store + "/.salesctl/REPORT_EDITMSG-2.md"
        #expect(
            second.stdout.contains("salesctl: a draft is kept from before (\(draft)); this one is \(draft2)"),
            "\(second.stdout)")
        #expect(try Harness.read(draft) == kept)
        #expect(FileManager.default.fileExists(atPath: draft2))
        let third = try reportAdd(in: store, editor: editor)
        #expect(
            third.stdout.contains(
                "salesctl: 2 drafts are kept from before (\(draft2)); this one is \(store)/.salesctl/REPORT_EDITMSG-3.md"
            ))
        #expect(try Harness.read(draft) == kept)
    }

    @Test func anEditorThatChangesNothingLeavesNoDraft() throws {
        let store = try Harness.copyExample("basic")
        let result = try reportAdd(in: store, editor: try editor("exit 0", in: try Harness.temporaryDirectory()))
        #expect(result.status == 1)
        #expect(result.stdout.contains("salesctl: aborted: empty report; nothing written\n"))
        #expect(!FileManager.default.fileExists(atPath: store + "/.salesctl/REPORT_EDITMSG.md"))
    }

    @Test func aDraftThatDoesNotReadIsKeptAndSaysWhere() throws {
        let store = try Harness.copyExample("basic")
        let editor = try editor(
            "sed -i 's/^kind: visit$/kind: visit\\nmood: good/' \"$1\"; echo 本文 >> \"$1\"",
            in: try Harness.temporaryDirectory())
        let before = try Harness.snapshot(store)
        let result = try reportAdd(in: store, editor: editor)
        let draft = store + "/.salesctl/REPORT_EDITMSG.md"
        #expect(result.status == 2)
        #expect(result.stdout.contains("salesctl: your draft is kept in \(draft)"))
        #expect(
            result.stdout.contains(
                "salesctl: \(draft):6:1: unknown field 'mood'; a report file may set date, deal, author, kind, attendees, signals, homework, next"
            ),
            "\(result.stdout)")
        #expect(try Harness.snapshot(store) == before)
    }
}
