import ArgumentParser
import Testing

@testable import SalesctlCLI

/// The global options (-C/--dir, --today, --color, --no-pager) before or after the command, and
/// command lines that name no command: malformed ones are refused with exit code 2.
@Suite struct GlobalOptionParseTests {
    static let cases: [([String], String)] = [
        (
            ["--today", "2026-11-32", "deal", "list"],
            "salesctl: invalid date '2026-11-32' for --today (expected YYYY-MM-DD)"
        ),
        (
            ["deal", "list", "--today", "2026-11-32"],
            "salesctl: invalid date '2026-11-32' for --today (expected YYYY-MM-DD)"
        ),
        (["--today"], "salesctl: missing value for '--today <YYYY-MM-DD>'"),
        (
            ["--color", "sometimes", "deal", "list"],
            "salesctl: the value 'sometimes' is invalid for '--color <color>'. Please provide one of 'auto', 'always' or 'never'."
        ),
        (["-C"], "salesctl: -C needs a directory"),
        (["--dir"], "salesctl: --dir needs a directory"),
        (["deal", "list", "-C"], "salesctl: missing value for '-C <DIR>'"),
        (["--bogus", "deal", "list"], "salesctl: unknown option '--bogus'"),
        (["deals"], "salesctl: unknown command 'deals'; did you mean 'deal'?"),
        (["deal", "lsit"], "salesctl: unknown command 'deal lsit'; did you mean 'deal list'?")
    ]

    @Test(arguments: cases)
    func malformedIsRefusedWithExitCode2(arguments: [String], message: String) async throws {
        try await InProcess.expectMalformed(arguments, message)
    }

    @Test func aBadTodayInTheEnvironmentIsMalformedToo() async throws {
        let run = try await InProcess.run(["agenda"], environment: ["SALESCTL_TODAY": "2026-02-30"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("salesctl: invalid date '2026-02-30'"), "\(run.stderr)")
    }

    /// Global options mean the same before the command as after it.
    @Test(arguments: [
        ["deal", "show", "tokai-erp", "--format", "json"],
        ["stale", "list", "--format", "csv"],
        ["agenda", "--days", "30"]
    ])
    func globalOptionsAreHoisted(command: [String]) async throws {
        let store = try InProcess.store()
        let global = ["--today", "2026-12-15", "--color", "never", "--no-pager"]
        let before = try await InProcess.run(global + command, in: store)
        let after = try await InProcess.run(command + global, in: store)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(!before.stdout.isEmpty)
        #expect(before.stdout == after.stdout)
        #expect(before.stderr == after.stderr)
    }

    /// --today is honoured wherever it stands: another day gives another answer.
    @Test func todayIsReadBeforeAndAfterTheCommand() async throws {
        let store = try InProcess.store()
        let early = try await InProcess.run(["--today", "2026-11-20", "stale", "list", "-q"], in: store)
        let late = try await InProcess.run(["stale", "list", "-q", "--today", "2027-06-30"], in: store)
        #expect(early.status == 0 && late.status == 0, "\(early.stderr)\(late.stderr)")
        #expect(early.stdout != late.stdout)
        #expect(late.stdout.split(separator: "\n").count > early.stdout.split(separator: "\n").count)
    }

    /// -C and --dir name the store from elsewhere, joined in order, as git -C does.
    @Test(arguments: [["-C", "basic"], ["--dir=basic"], ["-C", ".", "--dir", "basic"]])
    func theDirectoryOptionFindsTheStore(option: [String]) async throws {
        let store = try InProcess.store()
        let parent = String(store.dropLast("/basic".count))
        let here = try await InProcess.run(["deal", "list", "-q"], in: store)
        let there = try await InProcess.run(option + ["deal", "list", "-q"], in: parent)
        #expect(here.status == 0)
        #expect(there.status == 0, "\(there.stderr)")
        #expect(there.stdout == here.stdout)
        let without = try await InProcess.run(["deal", "list", "-q"], in: parent)
        #expect(without.status == 1)
    }
}

/// Every command of the tree has at least one malformed command line among the parse tests.
@Suite struct ParseCoverageTests {
    static var allCases: [([String], String)] {
        DealParseTests.cases + ContactParseTests.cases + KeyPersonParseTests.cases + ManagerListParseTests.cases
            + StoreAndShellParseTests.cases
    }

    /// The paths of the leaf commands: `deal new`, `feed`, ...
    static func leaves(of command: ParsableCommand.Type, path: [String] = []) -> [[String]] {
        let subcommands = command.configuration.subcommands
        if subcommands.isEmpty { return [path] }
        return subcommands.flatMap { leaves(of: $0, path: path + [$0._commandName]) }
    }

    @Test func everyCommandHasAMalformedCase() {
        let leaves = Self.leaves(of: Salesctl.self)
        #expect(leaves.count > 40)
        let covered = Self.allCases.map(\.0)
        let missing = leaves.filter { leaf in !covered.contains { Array($0.prefix(leaf.count)) == leaf } }
        #expect(missing.isEmpty, "commands without a parse test: \(missing)")
    }
}
