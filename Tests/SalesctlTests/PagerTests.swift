import Foundation
import Testing

/// Long output on a terminal goes through a pager (issue 22 item 5): SALESCTL_PAGER, else PAGER,
/// else `less -FRX`; never under --no-pager, never when stdout is not a terminal. Runs salesctl
/// on a pseudo-terminal of 20 rows through util-linux `script`; the pagers here write what they
/// get to a file, so nothing waits for a key.
@Suite(
    .enabled(
        if: ShellHarness.hasScript && ShellHarness.which("stty") != nil,
        "util-linux script is not installed; skipping pager tests"))
struct PagerTests {
    static let show = ["deal", "show", "tokai-erp", "--today", "2026-11-20"]

    func salesctl(_ arguments: [String]) -> String {
        ([Harness.binary] + arguments).map(ShellHarness.quote).joined(separator: " ")
    }

    /// `arguments` on a 20-row terminal (`suffix` is appended to the command line, e.g. a
    /// redirection); returns what the terminal showed.
    func onTerminal(_ arguments: [String], in dir: String, _ environment: [String: String], suffix: String = "") throws
        -> Harness.Result
    {
        try ShellHarness.onTerminal(
            "stty rows 20 cols 200; " + salesctl(arguments) + suffix, in: dir,
            environment: try ShellHarness.environment(environment))
    }

    /// A pager that writes its input to `file`.
    func pager(_ file: String) -> String { "cat > " + ShellHarness.quote(file) }

    @Test func longOutputGoesThroughThePager() throws {
        let dir = try Harness.copyExample("basic")
        let paged = try Harness.temporaryDirectory() + "/paged"
        let result = try onTerminal(Self.show, in: dir, ["SALESCTL_PAGER": pager(paged)])
        #expect(result.status == 0)
        let expected = try Harness.run(Self.show, in: dir).stdout
        #expect(expected.split(separator: "\n").count > 20)
        #expect(try Harness.read(paged) == expected)
        #expect(!result.stdout.contains("tokai-erp"), "the terminal shows the pager, not the output")
    }

    @Test func theChoiceOfPager() throws {
        let dir = try Harness.copyExample("basic")
        let tmp = try Harness.temporaryDirectory()
        // PAGER when SALESCTL_PAGER is unset; SALESCTL_PAGER first.
        #expect(try onTerminal(Self.show, in: dir, ["PAGER": pager(tmp + "/a")]).status == 0)
        #expect(FileManager.default.fileExists(atPath: tmp + "/a"))
        #expect(
            try onTerminal(Self.show, in: dir, ["PAGER": pager(tmp + "/b"), "SALESCTL_PAGER": pager(tmp + "/c")]).status
                == 0)
        #expect(!FileManager.default.fileExists(atPath: tmp + "/b"))
        #expect(FileManager.default.fileExists(atPath: tmp + "/c"))
        // An empty SALESCTL_PAGER, or cat, means no pager (as in git).
        for none in ["", "cat"] {
            let result = try onTerminal(Self.show, in: dir, ["SALESCTL_PAGER": none, "PAGER": pager(tmp + "/d")])
            #expect(result.stdout.contains("tokai-erp"))
            #expect(!FileManager.default.fileExists(atPath: tmp + "/d"))
        }
    }

    @Test func theDefaultIsLessFRX() throws {
        let dir = try Harness.copyExample("basic")
        let tmp = try Harness.temporaryDirectory()
        // A `less` first on PATH that records how it was run.
        let fake = tmp + "/less"
        let script =
            "#!/bin/sh\necho \"$*|$LESS\" > " + ShellHarness.quote(tmp + "/args") + "\ncat > "
            + ShellHarness.quote(tmp + "/paged") + "\n"
        try script.write(toFile: fake, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake)
        let path =
            tmp + ":" + ShellHarness.binaryDirectory + ":"
            + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        #expect(try onTerminal(Self.show, in: dir, ["PATH": path]).status == 0)
        #expect(try Harness.read(tmp + "/args").hasPrefix("-FRX|"))
        #expect(try Harness.read(tmp + "/paged").contains("tokai-erp"))
    }

    @Test func noPagerForShortOutputPipesFilesOrNoPager() throws {
        let dir = try Harness.copyExample("basic")
        let paged = try Harness.temporaryDirectory() + "/paged"
        let env = ["SALESCTL_PAGER": pager(paged)]
        // Short output: straight to the terminal.
        let short = try onTerminal(["deal", "list", "-q"], in: dir, env)
        #expect(short.stdout.contains("tokai-erp"))
        // --no-pager, before the command or after it.
        for arguments in [["--no-pager"] + Self.show, Self.show + ["--no-pager"]] {
            let result = try onTerminal(arguments, in: dir, env)
            #expect(result.status == 0)
            #expect(result.stdout.contains("tokai-erp"))
        }
        // stdout into a file while the terminal is there.
        let file = try Harness.temporaryDirectory() + "/out"
        #expect(try onTerminal(Self.show, in: dir, env, suffix: " > " + ShellHarness.quote(file)).status == 0)
        #expect(try Harness.read(file) == Harness.run(Self.show, in: dir).stdout)
        // A pipe: no terminal at all.
        #expect(try Harness.run(Self.show, in: dir, environment: env).stdout.contains("tokai-erp"))
        #expect(!FileManager.default.fileExists(atPath: paged))
    }

    /// A person quitting less early: salesctl ends quietly, without a broken-pipe error.
    @Test(.enabled(if: ShellHarness.which("head") != nil))
    func aPagerThatQuitsEarly() throws {
        let dir = try Harness.copyExample("basic")
        let result = try onTerminal(
            ["feed", "--since", "2026-01-01", "--today", "2026-11-20"], in: dir,
            ["SALESCTL_PAGER": "head -n 3"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 3, "\(result.stdout)")
    }
}
