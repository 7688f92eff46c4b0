import Foundation
import Testing

/// `salesctl git setup` and what `check` says about a clone (issue 22 item 4), with real git.
@Suite struct GitSetupTests {
    /// git and salesctl with no user or system git config; salesctl on PATH for hooks.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = [
            "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "SALESCTL_TODAY": "2026-11-20",
            "GIT_AUTHOR_NAME": "佐藤 健", "GIT_COMMITTER_NAME": "佐藤 健",
            "GIT_AUTHOR_EMAIL": "sales@example.com", "GIT_COMMITTER_EMAIL": "sales@example.com",
            "PATH": ShellHarness.binaryDirectory + ":"
                + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        ]
        for (key, value) in extra { env[key] = value }
        return env
    }

    @discardableResult
    static func git(_ arguments: [String], in dir: String) throws -> Harness.Result {
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment() { env[key] = value }
        return try Harness.spawn(
            "/usr/bin/env", ["git", "-c", "init.defaultBranch=main"] + arguments, in: dir, environment: env)
    }

    static func salesctl(_ arguments: [String], in dir: String, _ extra: [String: String] = [:]) throws
        -> Harness.Result
    {
        try Harness.run(arguments, in: dir, environment: environment(extra))
    }

    /// A copy of examples/basic that is a git repository with one commit.
    static func repository() throws -> String {
        let dir = try Harness.copyExample("basic")
        try git(["init", "-q"], in: dir)
        try git(["add", "."], in: dir)
        try git(["commit", "-qm", "store"], in: dir)
        return dir
    }

    static func config(_ key: String, in dir: String) throws -> String {
        try git(["config", "--get", key], in: dir).stdout
    }

    static let setUpLines = """
        set git config merge.salesctl.name "salesctl deal history"
        set git config merge.salesctl.driver "salesctl merge-driver %O %A %B %P"
        added to .gitattributes: *.yaml text eol=lf, *.md text eol=lf, deals/*.yaml merge=salesctl (commit it: every clone needs it)

        """

    @Test func setupConfiguresTheCloneOnceAndSaysWhatItChanged() throws {
        let dir = try Self.repository()
        let first = try Self.salesctl(["git", "setup"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == Self.setUpLines)
        #expect(first.stderr.isEmpty)
        #expect(try Self.config("merge.salesctl.name", in: dir) == "salesctl deal history\n")
        #expect(try Self.config("merge.salesctl.driver", in: dir) == "salesctl merge-driver %O %A %B %P\n")
        let attributes = try Harness.read(dir + "/.gitattributes")
        #expect(attributes.contains("\ndeals/*.yaml merge=salesctl\n"))
        #expect(
            try Self.git(["check-attr", "merge", "--", "deals/tokai-erp.yaml"], in: dir).stdout
                == "deals/tokai-erp.yaml: merge: salesctl\n")

        let before = try Harness.snapshot(dir)
        let again = try Self.salesctl(["git", "setup"], in: dir)
        #expect(again.status == 0)
        #expect(again.stdout == "nothing to change: the merge driver is set up\n")
        #expect(try Harness.snapshot(dir) == before)
        #expect(
            try Self.git(["config", "--get-all", "merge.salesctl.driver"], in: dir).stdout.split(separator: "\n").count
                == 1)
    }

    @Test func missingAttributeLinesAreAppendedToAnExistingFile() throws {
        let dir = try Self.repository()
        try "*.png binary\n*.yaml text eol=lf".write(
            toFile: dir + "/.gitattributes", atomically: false, encoding: .utf8)
        let result = try Self.salesctl(["git", "setup"], in: dir)
        #expect(result.status == 0)
        #expect(
            result.stdout.hasSuffix(
                "added to .gitattributes: *.md text eol=lf, deals/*.yaml merge=salesctl (commit it: every clone needs it)\n"
            ))
        #expect(
            try Harness.read(dir + "/.gitattributes") == """
                *.png binary
                *.yaml text eol=lf
                # Added by 'salesctl git setup' (see 'salesctl merge-driver --help').
                *.md text eol=lf
                deals/*.yaml merge=salesctl

                """)
    }

    @Test func anotherDriverIsKeptUnlessForced() throws {
        let dir = try Self.repository()
        try Self.git(["config", "merge.salesctl.driver", "/opt/bin/salesctl merge-driver %O %A %B %P"], in: dir)
        let before = try Harness.snapshot(dir)
        let refused = try Self.salesctl(["git", "setup"], in: dir)
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(
            refused.stderr == """
                salesctl: git config merge.salesctl.driver is '/opt/bin/salesctl merge-driver %O %A %B %P', not 'salesctl merge-driver %O %A %B %P'; nothing changed
                hint: rerun with --force to replace it

                """)
        #expect(try Harness.snapshot(dir) == before)
        #expect(try Self.git(["config", "--get", "merge.salesctl.name"], in: dir).status == 1)

        let forced = try Self.salesctl(["git", "setup", "--force"], in: dir)
        #expect(forced.status == 0)
        #expect(
            forced.stdout.contains(
                "set git config merge.salesctl.driver \"salesctl merge-driver %O %A %B %P\" (was '/opt/bin/salesctl merge-driver %O %A %B %P')\n"
            ))
        #expect(try Self.config("merge.salesctl.driver", in: dir) == "salesctl merge-driver %O %A %B %P\n")
    }

    @Test func outsideAGitWorkTreeItRefuses() throws {
        let dir = try Harness.copyExample("basic")
        let result = try Self.salesctl(["git", "setup"], in: dir)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                salesctl: the store is not in a git work tree: '\(dir)'
                hint: run 'git init' in the store, or clone the team's repository, then 'salesctl git setup'

                """)
        #expect(!FileManager.default.fileExists(atPath: dir + "/.gitattributes"))
    }

    @Test func withoutGitItSaysSo() throws {
        let dir = try Self.repository()
        let result = try Self.salesctl(["git", "setup"], in: dir, ["PATH": "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.stderr == "salesctl: cannot run git; is it installed?\n")
    }

    @Test func aFailingGitConfigIsReported() throws {
        let dir = try Self.repository()
        try "".write(toFile: dir + "/.git/config.lock", atomically: false, encoding: .utf8)
        let result = try Self.salesctl(["git", "setup"], in: dir)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "salesctl: git config merge.salesctl.name failed: error: could not lock config file .git/config: File exists\n"
        )
    }

    // MARK: the pre-commit hook

    @Test func hookRefusesABrokenCommitAndIsInstalledOnce() throws {
        let dir = try Self.repository()
        let result = try Self.salesctl(["git", "setup", "--hook"], in: dir)
        #expect(result.status == 0)
        #expect(
            result.stdout == Self.setUpLines
                + "installed pre-commit hook .git/hooks/pre-commit: runs 'salesctl check' before each commit\n")
        let hook = dir + "/.git/hooks/pre-commit"
        #expect(try Harness.read(hook).contains("exec salesctl -C . check\n"))
        #expect(FileManager.default.isExecutableFile(atPath: hook))

        try Self.git(["add", ".gitattributes"], in: dir)
        #expect(try Self.git(["commit", "-qm", "attributes"], in: dir).status == 0)
        try "id: tokai-erp\ntitle: [broken\n".write(
            toFile: dir + "/deals/tokai-erp.yaml", atomically: false, encoding: .utf8)
        try Self.git(["add", "deals"], in: dir)
        let refused = try Self.git(["commit", "-qm", "broken"], in: dir)
        #expect(refused.status != 0)
        // git shows the hook's output on stderr.
        #expect(
            refused.stderr.contains("deals/tokai-erp.yaml:3:1: error: [yaml-syntax]"),
            "\(refused.stdout)\(refused.stderr)")
        #expect(try Self.git(["log", "--format=%s"], in: dir).stdout == "attributes\nstore\n")

        let again = try Self.salesctl(["git", "setup", "--hook"], in: dir)
        #expect(again.stdout == "nothing to change: the merge driver is set up and the pre-commit hook installed\n")
    }

    @Test func someoneElsesHookIsNeverReplaced() throws {
        let dir = try Self.repository()
        let hook = dir + "/.git/hooks/pre-commit"
        try "#!/bin/sh\nexec make lint\n".write(toFile: hook, atomically: false, encoding: .utf8)
        let before = try Harness.snapshot(dir)
        let result = try Self.salesctl(["git", "setup", "--hook"], in: dir)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                salesctl: '.git/hooks/pre-commit' exists and was not written by salesctl; nothing changed
                hint: add 'salesctl check' to that hook yourself, or use the pre-commit framework (docs/GIT.md)

                """)
        #expect(try Harness.snapshot(dir) == before)
        #expect(try Self.git(["config", "--get", "merge.salesctl.driver"], in: dir).status == 1)
    }

    @Test func aStoreInASubdirectoryAndCoreHooksPath() throws {
        let top = try Harness.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Harness.packageRoot.path + "/examples/basic", toPath: top + "/sales")
        try Self.git(["init", "-q"], in: top)
        try Self.git(["config", "core.hooksPath", "githooks"], in: top)
        let result = try Self.salesctl(["git", "setup", "--hook"], in: top + "/sales")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasSuffix(
                "installed pre-commit hook ../githooks/pre-commit: runs 'salesctl check' before each commit\n"))
        #expect(try Harness.read(top + "/githooks/pre-commit").contains("exec salesctl -C sales check\n"))
        #expect(FileManager.default.fileExists(atPath: top + "/sales/.gitattributes"))
    }

    // MARK: check

    static let driverWarning = """
        warning: this git clone has no merge driver for deal files, so same-day edits of one deal conflict
        hint: run 'salesctl git setup' once in this clone

        """

    @Test func checkWarnsOnceInACloneWithoutTheDriver() throws {
        let dir = try Self.repository()
        let result = try Self.salesctl(["check"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == Self.driverWarning)
        // With findings too, once, after them.
        try "id: tokai-erp\ntitle: [broken\n".write(
            toFile: dir + "/deals/tokai-erp.yaml", atomically: false, encoding: .utf8)
        let broken = try Self.salesctl(["check"], in: dir)
        #expect(broken.status == 1)
        #expect(broken.stderr == Self.driverWarning)
        // CI does not merge: no warning among annotations.
        #expect(try Self.salesctl(["check", "--format", "github"], in: dir).stderr.isEmpty)
    }

    @Test func checkWarnsWhenAttributesDoNotRouteDealsToTheDriver() throws {
        let dir = try Self.repository()
        try Self.git(["config", "merge.salesctl.driver", "salesctl merge-driver %O %A %B %P"], in: dir)
        let result = try Self.salesctl(["check"], in: dir)
        #expect(result.status == 0)
        #expect(
            result.stderr == """
                warning: .gitattributes does not send deal files to salesctl's merge driver, so same-day edits of one deal conflict
                hint: run 'salesctl git setup' once in this clone

                """)
        #expect(try Self.salesctl(["git", "setup"], in: dir).status == 0)
        let clean = try Self.salesctl(["check"], in: dir)
        #expect(clean.status == 0)
        #expect(clean.stderr.isEmpty)
    }

    @Test func checkFormatGitHubAnnotatesEachFinding() throws {
        let top = try Harness.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Harness.packageRoot.path + "/examples/broken", toPath: top + "/sales")
        try Self.git(["init", "-q"], in: top)
        let result = try Self.salesctl(["-C", top + "/sales", "check", "--format", "github"], in: top)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "::error file=sales/deals/bad-date.yaml,line=9,col=17,title=bad-date::"
                    + "'expected_close' must be a date YYYY-MM-DD, not '2026-13-45'"))
        #expect(
            lines.contains(
                "::error file=sales/deals/Bad_ID.yaml,title=bad-id::file name is not a valid deal id: "
                    + "use only lower-case letters a-z, digits and '-' (like acme-erp)"))
        #expect(
            lines.allSatisfy { $0.hasPrefix("::error file=sales/") || $0.hasPrefix("::warning file=sales/") },
            "\(lines)")
        let text = try Self.salesctl(["-C", top + "/sales", "check"], in: top)
        #expect(lines.count == text.stdout.split(separator: "\n").count)
    }
}

/// `--version` of a plain `swift build` (scripts/test-install checks an installed one names its commit).
@Suite struct VersionTests {
    @Test func versionSaysWhenTheCommitIsUnknown() throws {
        let result = try Harness.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "salesctl 0.1.0 (commit unknown: not built by scripts/install)\n")
    }
}
