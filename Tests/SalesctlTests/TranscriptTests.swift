import Foundation
import Testing

/// The golden console transcripts in `Tests/Transcripts/` are tests: each is run with the built
/// binary on a fresh copy of `examples/` and must print exactly what the file shows. The README
/// and docs/ include them: a ```console block follows a `<!-- transcript: NAME -->` line and is
/// exactly that golden's text (`NAME/PART` includes one part of it). To regenerate after an intended change of output:
///
///     SALESCTL_RECORD=1 swift test --filter TranscriptTests
///
/// rewrites every golden from the binary and the README's and docs/' blocks from the goldens;
/// review the diff with `git diff` like code before committing it.
@Suite struct TranscriptTests {
    static let recording =
        ProcessInfo.processInfo.environment["SALESCTL_RECORD"].map { !$0.isEmpty && $0 != "0" } ?? false
    static let hint =
        "if the change is intended, run `SALESCTL_RECORD=1 swift test --filter TranscriptTests` and review the diff"

    static var names: [String] { (try? Transcript.names()) ?? [] }

    @Test(.enabled(if: !recording, "recording (SALESCTL_RECORD=1)"), arguments: names)
    func transcriptMatchesTheBinary(name: String) throws {
        let expected = try Transcript(parsing: Harness.read(Transcript.path(name)), name: name)
        let actual = try TranscriptRunner.run(expected)
        for (want, got) in zip(expected.commands, actual.commands) where want != got {
            let wanted = Transcript(commands: [want]).golden
            let gotten = Transcript(commands: [got]).golden
            Issue.record("\(name).console: `\(want.text)` differs (\(Self.hint)):\n\(Self.difference(wanted, gotten))")
        }
    }

    /// Every ```console block of the README and docs/ is a golden, included with a marker line.
    @Test(.enabled(if: !recording, "recording (SALESCTL_RECORD=1)"))
    func documentsIncludeTheGoldens() throws {
        for document in Self.documents() {
            let text = try Harness.read(document)
            let problems = try Self.syncIncludes(in: text, document: document).problems
            for problem in problems { Issue.record("\(problem) (\(Self.hint))") }
        }
    }

    /// The record mode: rewrites the goldens from the binary, then the documents from the goldens.
    @Test(.enabled(if: recording, "set SALESCTL_RECORD=1 to rewrite the goldens and the documents' blocks"))
    func record() throws {
        for name in Self.names {
            let expected = try Transcript(parsing: Harness.read(Transcript.path(name)), name: name)
            let actual = try TranscriptRunner.run(expected)
            for command in actual.commands {
                let bad = command.output.first { $0.hasPrefix("$ ") || $0.hasPrefix("#? ") || $0.hasPrefix("> ") }
                #expect(
                    bad == nil, "\(name): output of `\(command.text)` has a line a transcript cannot hold: \(bad ?? "")"
                )
            }
            if actual != expected {
                try Data(actual.golden.utf8).write(to: URL(fileURLWithPath: Transcript.path(name)), options: .atomic)
            }
        }
        for document in Self.documents() {
            let text = try Harness.read(document)
            let synced = try Self.syncIncludes(in: text, document: document)
            for problem in synced.problems where !problem.contains("differs from") { Issue.record("\(problem)") }
            if synced.text != text {
                try Data(synced.text.utf8).write(to: URL(fileURLWithPath: document), options: .atomic)
            }
        }
    }

    /// The transcript parser keeps what it reads, so a record of an unchanged output is a no-op.
    @Test func goldenFilesRoundTrip() throws {
        for name in Self.names {
            let text = try Harness.read(Transcript.path(name))
            #expect(
                try Transcript(parsing: text, name: name).golden == text, "\(name).console is not in canonical form")
        }
        let sample = "$ salesctl a \\\n> --b\nout\nerr\n#? exit=1 stderr=1\n$ true\n"
        let parsed = try Transcript(parsing: sample, name: "sample")
        #expect(parsed.commands.count == 2 && parsed.commands[0].text == "salesctl a \\\n--b")
        #expect(parsed.commands[0].status == 1 && parsed.commands[0].stderrLines == 1)
        #expect(parsed.golden == sample && parsed.shown() == "$ salesctl a \\\n> --b\nout\nerr\n$ true\n")
        let parts = try Transcript(parsing: "#? part=one\n$ a\n1\n#? part=two\n$ b\n$ c\n3\n", name: "parts")
        #expect(parts.shown(part: "two") == "$ b\n$ c\n3\n" && parts.shown(part: "one") == "$ a\n1\n")
        #expect(parts.shown(part: "three") == nil && parts.golden == "#? part=one\n$ a\n1\n#? part=two\n$ b\n$ c\n3\n")
        #expect(throws: Transcript.ParseError.self) { try Transcript(parsing: "text\n$ x\n", name: "bad") }
        #expect(throws: Transcript.ParseError.self) { try Transcript(parsing: "$ x\n#? status=1\n", name: "bad") }
    }

    /// A transcript that runs is compared in full: a changed byte, exit status or stream fails it.
    @Test func runnerSeesStatusStreamsAndShellState() throws {
        let script = Transcript(commands: [
            .init(text: "export GREETING='こんにちは 世界'", output: []),
            .init(text: "cd examples/basic", output: []),
            .init(text: "echo \"$GREETING\"; ls salesctl.yaml", output: []),
            .init(text: "salesctl deal show no-such-deal", output: []),
            .init(text: "printf x", output: [])
        ])
        let ran = try TranscriptRunner.run(script)
        #expect(ran.commands[2].output == ["こんにちは 世界", "salesctl.yaml"])
        #expect(ran.commands[3].status == 1 && ran.commands[3].stderrLines == ran.commands[3].output.count)
        #expect(ran.commands[3].output.first == "salesctl: no deal 'no-such-deal'")
        #expect(ran.commands[4].output == ["x"] && ran.commands[4].endsWithoutNewline)
    }

    /// Shell state a document sets up does not leak into a later block, and works from anywhere:
    /// a `SALESCTL_*` variable exported in a transcript or ```sh block is unset before a later
    /// ```sh block runs salesctl, and an alias or PATH entry for salesctl is an absolute path.
    @Test func documentsSetUpTheShellSafely() throws {
        for document in Self.documents() {
            let problems = Self.shellSetupProblems(in: try Harness.read(document))
            for problem in problems { Issue.record("\(document.split(separator: "/").last!): \(problem)") }
        }
        let leaky =
            "```sh\nexport SALESCTL_TODAY=2026-11-20\nalias salesctl=\"swift run --package-path ../.. salesctl\"\n```\n"
            + "```sh\nsalesctl init ~/x\n```\n"
        #expect(Self.shellSetupProblems(in: leaky).count == 2)
        let safe =
            "```sh\nexport PATH=\"$PWD/.build/debug:$PATH\"\nexport SALESCTL_TODAY=2026-11-20\n```\n"
            + "```sh\nunset SALESCTL_TODAY\nsalesctl init ~/x\n```\n"
        #expect(Self.shellSetupProblems(in: safe).isEmpty)
    }

    static func shellSetupProblems(in text: String) -> [String] {
        var problems: [String] = []
        var inherited: Set<String> = []
        var current: Set<String> = []
        var block: String?
        var script = false
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                if block == nil {
                    block = String(line.dropFirst(3))
                    script = false
                } else {
                    block = nil
                    if !script { inherited.formUnion(current) }
                    current = []
                }
                continue
            }
            guard let kind = block, kind == "sh" || kind == "console" else { continue }
            if line.hasPrefix("#!") { script = true }  // a script runs in its own shell
            let command = kind == "console" ? (line.hasPrefix("$ ") ? String(line.dropFirst(2)) : "") : line
            let words = command.split(separator: " ").map(String.init)
            if words.first == "export" || words.first == "alias" {
                var relative = command.contains("--package-path ..")
                for word in words.dropFirst() where word.contains("=") {
                    let name = String(word.prefix { $0 != "=" })
                    if name.hasPrefix("SALESCTL_") { current.insert(name) }
                    let value = word.dropFirst(name.count + 1).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                    let absolute = value.isEmpty || ["/", "$PWD", "$HOME", "~"].contains { value.hasPrefix($0) }
                    if name == "PATH" || name == "salesctl", !absolute { relative = true }
                }
                if relative { problems.append("'\(command)' works only from one directory: use an absolute path") }
            } else if words.first == "unset" {
                inherited.subtract(words.dropFirst())
                current.subtract(words.dropFirst())
            } else if kind == "sh", !script, words.contains("salesctl"), !inherited.isEmpty {
                problems.append(
                    "'\(command)' runs with \(inherited.sorted()) still set by an earlier block: unset them first")
                inherited = []
            }
        }
        return problems
    }

    /// README.md and every docs/*.md.
    static func documents() -> [String] {
        let root = Harness.packageRoot.path
        let docs = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/docs")) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted().map { root + "/docs/" + $0 }
        return [root + "/README.md"] + docs
    }

    static let marker = "<!-- transcript: "

    /// The document with every included block replaced by its golden's text, and what was wrong.
    static func syncIncludes(in text: String, document: String) throws -> (text: String, problems: [String]) {
        let file = document.replacingOccurrences(of: Harness.packageRoot.path + "/", with: "")
        var lines = text.components(separatedBy: "\n")
        var problems: [String] = []
        var index = 0
        var pendingName: String?
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix(marker), line.hasSuffix(" -->") {
                pendingName = String(line.dropFirst(marker.count).dropLast(4))
            } else if line == "```console" {
                guard let name = pendingName else {
                    problems.append("\(file):\(index + 1): a console block without a '<!-- transcript: NAME -->' line")
                    index += 1
                    continue
                }
                guard let end = lines[(index + 1)...].firstIndex(of: "```") else {
                    problems.append("\(file):\(index + 1): unterminated console block")
                    break
                }
                let goldenName = name.split(separator: "/").first.map(String.init) ?? name
                let part = name.contains("/") ? String(name.split(separator: "/").last!) : nil
                guard let golden = try? Harness.read(Transcript.path(goldenName)),
                    let text = try Transcript(parsing: golden, name: goldenName).shown(part: part)
                else {
                    problems.append(
                        "\(file):\(index): no golden Tests/Transcripts/\(goldenName).console, or no part '\(part ?? "")' in it"
                    )
                    index = end + 1
                    continue
                }
                var shown = text.components(separatedBy: "\n")
                shown.removeLast()
                if Array(lines[(index + 1)..<end]) != shown {
                    problems.append("\(file):\(index + 1): the block differs from Tests/Transcripts/\(name).console")
                    lines.replaceSubrange((index + 1)..<end, with: shown)
                }
                index += shown.count + 1
                pendingName = nil
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                pendingName = nil
            }
            index += 1
        }
        return (lines.joined(separator: "\n"), problems)
    }

    /// The first lines where two texts part, with a little context.
    static func difference(_ expected: String, _ actual: String) -> String {
        let want = expected.components(separatedBy: "\n")
        let got = actual.components(separatedBy: "\n")
        let first = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
        let from = max(0, first - 1)
        let wanted = want[from..<min(want.count, first + 4)].map { "- " + $0 }
        let gotten = got[from..<min(got.count, first + 4)].map { "+ " + $0 }
        return "line \(first + 1):\n" + (wanted + gotten).joined(separator: "\n")
    }
}
