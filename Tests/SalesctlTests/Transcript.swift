import Foundation

/// A golden console transcript (`Tests/Transcripts/<name>.console`): `$ ` command lines, each
/// followed by exactly what a terminal shows (stdout, then stderr). A command continues on lines
/// starting with `> ` (after a line ending in `\`). A line `#? exit=N stderr=M` after a command's
/// output records a non-zero exit status and how many of the lines shown are stderr; it is written
/// by the record mode and left out where the README and docs/ include the transcript. A line
/// `#? part=NAME` before a command starts a part that a document can include on its own.
struct Transcript: Equatable {
    struct Command: Equatable {
        var text: String  // the shell command; continuation lines joined with "\n"
        var output: [String]  // lines shown: stdout, then stderr
        var status: Int32 = 0
        var stderrLines = 0
        var endsWithoutNewline = false
        var part: String?  // `#? part=NAME` before it: a part the documents can include alone
    }

    var commands: [Command]

    static let directory = Harness.packageRoot.appendingPathComponent("Tests/Transcripts")

    /// The names of every golden file, sorted.
    static func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".console") }.map { String($0.dropLast(".console".count)) }.sorted()
    }

    static func path(_ name: String) -> String { directory.appendingPathComponent(name + ".console").path }

    struct ParseError: Error, CustomStringConvertible { var description: String }

    init(commands: [Command]) { self.commands = commands }

    init(parsing text: String, name: String) throws {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var commands: [Command] = []
        var part: String?
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("$ ") {
                commands.append(Command(text: String(line.dropFirst(2)), output: [], part: part))
                part = nil
            } else if line.hasPrefix("#? part="), !line.dropFirst(3).contains(" ") {
                part = String(line.dropFirst("#? part=".count))
            } else if var last = commands.popLast() {
                if line.hasPrefix("> "), last.output.isEmpty, last.text.hasSuffix("\\") {
                    last.text += "\n" + line.dropFirst(2)
                } else if line.hasPrefix("#? ") {
                    for field in line.dropFirst(3).split(separator: " ") {
                        let pair = field.split(separator: "=", maxSplits: 1).map(String.init)
                        switch (pair.first, pair.count == 2 ? pair[1] : nil) {
                        case ("exit", let value?) where Int32(value) != nil: last.status = Int32(value)!
                        case ("stderr", let value?) where Int(value) != nil: last.stderrLines = Int(value)!
                        case ("eol", "no"): last.endsWithoutNewline = true
                        default:
                            throw ParseError(description: "\(name).console:\(index + 1): unknown '#?' field '\(field)'")
                        }
                    }
                } else {
                    last.output.append(line)
                }
                commands.append(last)
            } else {
                throw ParseError(description: "\(name).console:\(index + 1): text before the first '$ ' command line")
            }
        }
        self.commands = commands
    }

    /// The golden file's text.
    var golden: String { render(commands[...], metadata: true) }

    /// What the README and docs/ show: the golden without `#?` lines; all of it, or one part
    /// (from its `#? part=NAME` line to the next part).
    func shown(part: String? = nil) -> String? {
        guard let part else { return render(commands[...], metadata: false) }
        guard let start = commands.firstIndex(where: { $0.part == part }) else { return nil }
        let end = commands[(start + 1)...].firstIndex { $0.part != nil } ?? commands.endIndex
        return render(commands[start..<end], metadata: false)
    }

    private func render(_ commands: ArraySlice<Command>, metadata: Bool) -> String {
        var out = ""
        for command in commands {
            if metadata, let part = command.part { out += "#? part=\(part)\n" }
            out += "$ " + command.text.replacingOccurrences(of: "\n", with: "\n> ") + "\n"
            for line in command.output { out += line + "\n" }
            guard metadata else { continue }
            var fields: [String] = []
            if command.status != 0 { fields.append("exit=\(command.status)") }
            if command.stderrLines != 0 { fields.append("stderr=\(command.stderrLines)") }
            if command.endsWithoutNewline { fields.append("eol=no") }
            if !fields.isEmpty { out += "#? " + fields.joined(separator: " ") + "\n" }
        }
        return out
    }
}

/// Runs a transcript's commands the way a user types them: each line in bash, one after the
/// other, in a fresh directory that holds a copy of `examples/` (as a clone does), with the built
/// salesctl first on PATH, a throwaway HOME and no SALESCTL_* variables. `cd`, `export` and
/// `unset` carry over to the next command, as in an interactive shell.
enum TranscriptRunner {
    static func run(_ transcript: Transcript) throws -> Transcript {
        let base = try Harness.temporaryDirectory()
        let root = base + "/clone"
        let home = base + "/home"
        let state = base + "/state"
        for dir in [root, home, state] {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        }
        try FileManager.default.copyItem(atPath: Harness.packageRoot.path + "/examples", toPath: root + "/examples")
        for store in try FileManager.default.contentsOfDirectory(atPath: root + "/examples") {  // as in a fresh clone
            try? FileManager.default.removeItem(atPath: root + "/examples/" + store + "/.salesctl")
        }
        defer { try? FileManager.default.removeItem(atPath: base) }

        var cwd = root
        var env: [String: String] = [
            "PATH": ShellHarness.binaryDirectory + ":/usr/local/bin:/usr/bin:/bin",
            "HOME": home, "TERM": "dumb", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "GIT_CONFIG_NOSYSTEM": "1",
            "TMPDIR": NSTemporaryDirectory()
        ]
        var result = Transcript(commands: [])
        for command in transcript.commands {
            let script = """
                cd \(ShellHarness.quote(cwd)) || exit 99
                \(command.text)
                __transcript_status=$?
                pwd > \(ShellHarness.quote(state + "/cwd")); env -0 > \(ShellHarness.quote(state + "/env"))
                exit $__transcript_status
                """
            let ran = try Harness.spawn(
                ShellHarness.which("bash") ?? "/bin/bash", ["--noprofile", "--norc", "-c", script],
                in: cwd, environment: env)
            if let newDir = try? String(contentsOfFile: state + "/cwd", encoding: .utf8) {
                cwd = newDir.trimmingCharacters(in: .newlines)
            }
            if let data = FileManager.default.contents(atPath: state + "/env") {
                env = [:]
                for entry in data.split(separator: 0) {
                    let pair = String(decoding: entry, as: UTF8.self).split(separator: "=", maxSplits: 1).map(
                        String.init)
                    guard pair.count == 2, !["PWD", "OLDPWD", "SHLVL", "_"].contains(pair[0]) else { continue }
                    env[pair[0]] = pair[1]
                }
            }
            var shownText = ran.stdout + ran.stderr
            var recorded = Transcript.Command(text: command.text, output: [], status: ran.status, part: command.part)
            if !shownText.isEmpty, !shownText.hasSuffix("\n") {
                recorded.endsWithoutNewline = true
                shownText += "\n"
            }
            recorded.output = shownText.isEmpty ? [] : shownText.dropLast().components(separatedBy: "\n")
            recorded.stderrLines =
                ran.stderr.isEmpty
                ? 0
                : ran.stderr.dropLast(ran.stderr.hasSuffix("\n") ? 1 : 0)
                    .components(separatedBy: "\n").count
            result.commands.append(recorded)
        }
        return result
    }
}
