import Foundation
import SalesKit
import Testing

@testable import SalesctlCLI

/// Global options before the subcommand are read once, by `Invocation`.
@Suite struct InvocationTests {
    let context = Context(workingDirectory: "/tmp", environment: [:])

    @Test(arguments: [
        (["--today", "2026-11-20", "deal", "list"], ["deal", "list", "--today", "2026-11-20"]),
        (["--color=never", "--today=2026-11-20", "feed"], ["feed", "--color=never", "--today=2026-11-20"]),
        (
            ["--today", "2026-11-20", "report", "add", "--", "-m"],
            ["report", "add", "--today", "2026-11-20", "--", "-m"]
        ),
        (["deal", "list", "--today", "2026-11-20"], ["deal", "list", "--today", "2026-11-20"]),
        (["--today"], ["--today"]),
        ([], [])
    ])
    func globalOptionsMoveAfterTheSubcommand(arguments: [String], expected: [String]) throws {
        let invocation = try Invocation(arguments, context: context)
        #expect(invocation.arguments == expected)
        #expect(invocation.context.workingDirectory == "/tmp")
    }

    @Test func leadingDirectoriesJoinAndNeverChangeTheProcessDirectory() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("salesctl-inv-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
        let before = FileSystem.currentDirectory()
        let invocation = try Invocation(
            ["-C", root, "--dir", "a", "--dir=b", "--today", "2026-11-20", "deal", "list"],
            context: context)
        #expect(invocation.context.workingDirectory == Store.normalize(root + "/a/b"))
        #expect(invocation.arguments == ["deal", "list", "--today", "2026-11-20"])
        #expect(invocation.context.path("x.md") == Store.normalize(root + "/a/b") + "/x.md")
        #expect(invocation.context.path("/abs.md") == "/abs.md")
        #expect(FileSystem.currentDirectory() == before)
    }

    @Test func aDirectoryOptionAfterTheSubcommandStaysForArgumentParser() throws {
        let invocation = try Invocation(["deal", "list", "-C", "x"], context: context)
        #expect(invocation.arguments == ["deal", "list", "-C", "x"])
        let parsed = try Salesctl.parseAsRoot(invocation.arguments)
        #expect((parsed as? DealList)?.global.directory == "x")
    }

    @Test func aMissingOrBadDirectoryIsAnError() throws {
        #expect(throws: SalesError.invalidArgument("-C needs a directory")) { try Invocation(["-C"], context: context) }
        #expect(throws: SalesError.invalidArgument("--dir needs a directory")) {
            try Invocation(["--dir"], context: context)
        }
        let error = try #require(throws: SalesError.self) {
            try Invocation(["-C", "/no/such/dir", "deal"], context: context)
        }
        #expect(
            error == .io(path: "/no/such/dir", reason: "cannot change to this directory: no such file or directory"))
        #expect(ExitStatus.code(for: error) == 1)
        let file = try #require(throws: SalesError.self) {
            try Invocation(["-C", "/etc/hostname", "deal"], context: context)
        }
        #expect(file == .io(path: "/etc/hostname", reason: "cannot change to this directory: not a directory"))
    }

    @Test(
        arguments: [
            (["-C", "dir", "deal"], "dir", 2),
            (["--dir", "dir"], "dir", 2),
            (["--dir=dir", "x"], "dir", 1),
            (["-C"], nil, 1),
            (["deal", "-C", "dir"], nil, 0)
        ] as [([String], String?, Int)])
    func theDirectoryOptionIsReadInOnePlace(words: [String], value: String?, count: Int) {
        let found = Invocation.directoryOption(words[...])
        #expect(found?.value == value)
        #expect(found?.count ?? 0 == count)
    }
}
