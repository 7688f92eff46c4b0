import Foundation
import SalesKit
import SalesctlCLI
import Testing

/// The committed completions/ and man/ must be what the current binary generates.
@Suite struct DocsDriftTests {
    static let hint = "out of date: run scripts/generate-docs and commit completions/ and man/"

    @Test(arguments: [
        ("bash", "completions/salesctl.bash"), ("zsh", "completions/_salesctl"),
        ("fish", "completions/salesctl.fish")
    ])
    func completionScriptsMatchTheBinary(shell: String, path: String) throws {
        let generated = try Harness.run(["completion", shell])
        #expect(generated.status == 0, "\(generated.stderr)")
        let committed = try? Harness.read(Harness.packageRoot.path + "/" + path)
        let same = committed == generated.stdout  // not in #expect: it would print both scripts
        #expect(same, "\(path) is \(Self.hint)")
    }

    /// man/ (English) and man/ja/man1 (Japanese, SALESCTL_LANG=ja).
    @Test(arguments: [("en", "man"), ("ja", "man/ja/man1")])
    func manPagesMatchTheBinary(language: String, directory: String) throws {
        let dir = try Harness.temporaryDirectory()
        let generated = try Harness.run(["generate-man", dir], environment: ["SALESCTL_LANG": language])
        #expect(generated.status == 0, "\(generated.stderr)")
        let manDir = Harness.packageRoot.path + "/" + directory
        let expected = Set(try FileManager.default.contentsOfDirectory(atPath: dir))
        let committed = Set(
            ((try? FileManager.default.contentsOfDirectory(atPath: manDir)) ?? []).filter { $0.hasSuffix(".1") })
        #expect(expected.contains("salesctl.1") && expected.contains("salesctl-deal-new.1"))
        let difference =
            "missing: \(expected.subtracting(committed).sorted()), stale: \(committed.subtracting(expected).sorted())"
        let sameNames = committed == expected
        #expect(sameNames, "\(directory)/ pages differ (\(difference)): \(Self.hint)")
        for name in expected.intersection(committed).sorted() {
            let now = try Harness.read(dir + "/" + name)
            let then = try Harness.read(manDir + "/" + name)
            let same = now == then
            #expect(same, "\(directory)/\(name) is \(Self.hint)")
        }
    }

    /// The Japanese pages: Japanese headings, abstract, discussion and option help; the same
    /// examples as the English page.
    @Test func japaneseManPagesAreJapanese() throws {
        let raw = try Harness.read(Harness.packageRoot.path + "/man/ja/man1/salesctl-deal-new.1")
        // Break points between Japanese characters (groff finds none), not in the NAME line.
        #expect(raw.contains("受\\:注\\:予\\:定\\:日。") && raw.contains(".ad l\n"))
        let page = raw.replacingOccurrences(of: "\\:", with: "")
        #expect(page.contains("\"Salesctl マニュアル\"\n"))
        #expect(page.contains(".SH 名前\nsalesctl\\-deal\\-new \\- 商談を作成\n"))
        #expect(page.contains(".SH 説明\n"))
        #expect(page.contains(".SH オプション\n"))
        #expect(page.contains("受注予定日。"))  // --expected-close
        #expect(page.contains(".SH 例\n"))
        #expect(page.contains("salesctl deal new acme\\-erp \\-\\-title \"基幹システム刷新\" \\e\n"))
        #expect(!page.contains("Examples") && !page.contains(".SH OPTIONS"))
        let root = try Harness.read(Harness.packageRoot.path + "/man/ja/man1/salesctl.1")
        #expect(root.contains(".SH \"環境変数\"\n") && root.contains(".SH \"終了ステータス\"\n"))
    }

    @Test func manPagesKeepJapaneseAndHaveAFixedDate() throws {
        let dir = try Harness.temporaryDirectory()
        try #require(Harness.run(["generate-man", dir]).status == 0)
        let page = try Harness.read(dir + "/salesctl-deal-new.1")
        #expect(page.hasPrefix(".\\\" -*- coding: UTF-8 -*-\n"))
        #expect(page.contains(".TH \"SALESCTL\\-DEAL\\-NEW\" 1 \"2026\\-11\\-20\""))
        #expect(page.contains("株式会社アクメ"))
        #expect(page.contains("\\fB\\-\\-expected\\-close\\fR \\fIYYYY\\-MM\\-DD\\fR"))
        // No generated page for hidden commands or `help`.
        #expect(!FileManager.default.fileExists(atPath: dir + "/salesctl-generate-man.1"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/salesctl-help.1"))
    }

    /// Minimized Ubuntu images divert `man` to a stub and keep the real one as `man.REAL`.
    static let man = ShellHarness.which("man.REAL") ?? ShellHarness.which("man")

    /// groff renders every page without warnings (preconv reads the UTF-8), Japanese intact.
    @Test(
        .enabled(if: ShellHarness.which("groff") != nil, "groff is not installed; skipping man page rendering"),
        arguments: [("man", "Salesctl Manual"), ("man/ja/man1", "Salesctl マニュアル")])
    func manPagesRenderWithGroff(directory: String, title: String) throws {
        let manDir = Harness.packageRoot.path + "/" + directory
        let env = try ShellHarness.environment()
        for name in try FileManager.default.contentsOfDirectory(atPath: manDir).sorted() where name.hasSuffix(".1") {
            let result = try Harness.spawn(
                ShellHarness.which("groff")!, ["-k", "-man", "-Tutf8", "-ww", manDir + "/" + name],
                environment: env)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(name): \(result.stderr)")
            #expect(result.stdout.contains(title), "\(name)")
        }
    }

    /// `man -l man/salesctl-deal-new.1` shows the page as a user sees it.
    @Test(.enabled(if: DocsDriftTests.man != nil, "man is not installed; skipping man -l"))
    func manPagesReadWithManL() throws {
        let env = try ShellHarness.environment(["MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat"])
        let rendered = try Harness.spawn(
            Self.man!, ["-l", Harness.packageRoot.path + "/man/salesctl-deal-new.1"], environment: env)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.stdout.contains("salesctl deal new acme-erp --title \"基幹システム刷新\""))
        #expect(rendered.stdout.contains("--expected-close YYYY-MM-DD"))
        #expect(rendered.stdout.contains("SALESCTL-DEAL-NEW(1)"))
        let root = try Harness.spawn(Self.man!, ["-l", Harness.packageRoot.path + "/man/salesctl.1"], environment: env)
        #expect(root.stdout.contains("salesctl-deal(1)"))
        #expect(root.stdout.contains("SALESCTL_TODAY"))
    }

    /// `man -l man/ja/man1/salesctl-deal-new.1`: the Japanese page as a user sees it.
    @Test(.enabled(if: DocsDriftTests.man != nil, "man is not installed; skipping man -l"))
    func japaneseManPagesReadWithManL() throws {
        let env = try ShellHarness.environment([
            "MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"
        ])
        let rendered = try Harness.spawn(
            Self.man!, ["-l", Harness.packageRoot.path + "/man/ja/man1/salesctl-deal-new.1"], environment: env)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.stdout.contains("salesctl deal new acme-erp --title \"基幹システム刷新\""))
        #expect(rendered.stdout.contains("名前") && rendered.stdout.contains("商談を作成"))
        #expect(rendered.stdout.contains("受注予定日。"))
    }
}

/// Every command's --help: an abstract, a discussion and at least two examples. Walks the command
/// tree, so commands added later are checked too.
@Suite struct HelpTests {
    static func tree() throws -> CommandDoc {
        let dump = try Harness.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        return try CommandDoc.parse(dumpHelp: dump.stdout)
    }

    /// Every command but `help`, hidden ones included.
    static func allCommands(_ command: CommandDoc, path: [String] = []) -> [(String, CommandDoc)] {
        let here = path + [command.commandName]
        return [(here.joined(separator: " "), command)]
            + (command.subcommands ?? []).filter { $0.commandName != "help" }.flatMap { allCommands($0, path: here) }
    }

    @Test func everyCommandHasAbstractDiscussionAndTwoExamples() throws {
        let commands = Self.allCommands(try Self.tree())
        #expect(commands.count >= 10)
        for (name, command) in commands {
            #expect(!(command.abstract ?? "").isEmpty, "'\(name)' has no abstract")
            #expect(!command.discussionParts.paragraphs.isEmpty, "'\(name)' has no discussion (prose besides examples)")
            let hasExamples = (command.discussion ?? "").contains("Examples:\n")
            #expect(hasExamples, "'\(name)' has no 'Examples:' section in its discussion")
            let count = command.examples.count
            #expect(count >= 2, "'\(name)' has \(count) example(s); write at least 2 (indented, after 'Examples:')")
            for example in command.examples {
                #expect(example.contains("salesctl"), "'\(name)': example '\(example)' does not run salesctl")
            }
            // A prose line ending in "\\" inside a Swift string shows a stray backslash in --help
            // and the man page: prose lines join with a single "\".
            for case .paragraph(let text) in command.discussionParts.paragraphs {
                #expect(
                    !text.contains("\\ ") && !text.hasSuffix("\\"),
                    "'\(name)': a prose line of the discussion ends in a backslash")
            }
        }
    }

    @Test func helpShowsTheExamples() throws {
        let help = try Harness.run(["deal", "show", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("OVERVIEW: Show a deal"))
        #expect(help.stdout.contains("Examples:\n  salesctl deal show"))
    }

    /// List and score commands (a --format that offers csv) have -q/--quiet for xargs.
    @Test func everyListCommandHasQuiet() throws {
        for (name, command) in Self.allCommands(try Self.tree()) {
            let arguments = command.arguments ?? []
            guard
                arguments.contains(where: {
                    $0.names?.contains { $0.name == "format" } == true
                        && ($0.allValues ?? []).contains("csv")
                })
            else { continue }
            let quiet = arguments.first { $0.names?.contains { $0.name == "quiet" } == true }
            let isFlag = quiet?.kind == "flag"
            let hasShort = quiet?.names?.contains { $0.kind == "short" && $0.name == "q" } == true
            #expect(isFlag, "'\(name)' lists things (--format csv) but has no --quiet flag for ids only")
            #expect(hasShort, "'\(name)': --quiet needs the short name -q")
        }
    }

    @Test func quietPrintsIdsOnly() throws {
        let dir = try Harness.copyExample("basic")
        let ids = try Harness.run(["deal", "list", "-q", "--status", "open"], in: dir)
        #expect(ids.status == 0)
        #expect(!ids.stdout.isEmpty)
        for line in ids.stdout.split(separator: "\n") {
            #expect(FileManager.default.fileExists(atPath: "\(dir)/deals/\(line).yaml"), "\(line)")
        }
        let ranked = try Harness.run(["energy", "score", "-q", "--today", "2026-11-20"], in: dir)
        #expect(ranked.status == 0)
        #expect(
            Set(ranked.stdout.split(separator: "\n").map(String.init))
                == Set(ids.stdout.split(separator: "\n").map(String.init)))
        let paths = try Harness.run(["report", "list", "-q", "--deal", "tokai-erp"], in: dir)
        #expect(paths.status == 0)
        for line in paths.stdout.split(separator: "\n") {
            #expect(line.hasPrefix("reports/") && FileManager.default.fileExists(atPath: "\(dir)/\(line)"), "\(line)")
        }
    }
}
