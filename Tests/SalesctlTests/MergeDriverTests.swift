import Foundation
import Testing

/// `salesctl merge-driver BASE OURS THEIRS PATH` as git runs it (issue 19 item 8): the result
/// in OURS, the exit status git reads, and what it says on stderr.
@Suite struct MergeDriverTests {
    static let base = """
        title: 基幹システム刷新
        customer: 株式会社アクメ
        stage: define
        created: 2026-11-01
        key_persons:
          - name: 山田 太郎
            title: 部長
        history:
          - date: 2026-11-01
            by: 佐藤 健
            event: created

        """

    static func event(_ date: String, _ rest: String) -> String { "  - date: \(date)\n    by: 佐藤 健\n    \(rest)\n" }

    /// Writes the three versions into a fresh directory and runs the driver there.
    static func drive(ours: String, theirs: String, base: String = base) throws -> (
        result: Harness.Result, merged: String, dir: String
    ) {
        let dir = try Harness.temporaryDirectory()
        for (name, text) in [("base", base), ("ours", ours), ("theirs", theirs)] {
            try text.write(toFile: dir + "/" + name, atomically: false, encoding: .utf8)
        }
        let result = try Harness.run(["merge-driver", "base", "ours", "theirs", "deals/acme.yaml"], in: dir)
        return (result, try Harness.read(dir + "/ours"), dir)
    }

    @Test func cleanMergeExitsZeroSilently() throws {
        let ours = Self.base + Self.event("2026-11-20", "event: stage")
        let theirs =
            Self.base.replacingOccurrences(of: "    title: 部長\n", with: "    title: 部長\n  - name: 伊藤 花子\n")
            + Self.event("2026-11-19", "event: person")
        let (result, merged, _) = try Self.drive(ours: ours, theirs: theirs)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
        #expect(
            merged == Self.base.replacingOccurrences(of: "    title: 部長\n", with: "    title: 部長\n  - name: 伊藤 花子\n")
                + Self.event("2026-11-19", "event: person") + Self.event("2026-11-20", "event: stage"))
    }

    @Test func sameFieldConflictsOnItsLineAndCheckSaysWhere() throws {
        let ours =
            Self.base.replacingOccurrences(of: "stage: define", with: "stage: decision")
            + Self.event("2026-11-20", "event: stage")
        let theirs =
            Self.base.replacingOccurrences(of: "stage: define", with: "stage: discovery")
            + Self.event("2026-11-19", "event: stage")
        let (result, merged, _) = try Self.drive(ours: ours, theirs: theirs)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "salesctl merge-driver: deals/acme.yaml: both sides changed 'stage'; conflict markers around that line only, every history event kept\n"
        )
        #expect(
            merged == Self.base.replacingOccurrences(
                of: "stage: define\n",
                with: "<<<<<<< ours\nstage: decision\n=======\nstage: discovery\n>>>>>>> theirs\n")
                + Self.event("2026-11-19", "event: stage") + Self.event("2026-11-20", "event: stage"))
        // In a store, check names the conflict once, at its first marker; either side passes.
        let store = try Harness.copyExample("basic")
        try merged.write(toFile: store + "/deals/acme.yaml", atomically: false, encoding: .utf8)
        let check = try Harness.run(["check", "--today", "2026-11-20"], in: store)
        #expect(check.status == 1)
        #expect(
            check.stdout
                == "deals/acme.yaml:3:1: error: [merge-conflict] unresolved git merge conflict (1 conflict); the deal is left out until it is resolved\n"
        )
        for keep in [0, 1] {
            try MergeDriverRandomTests.resolve(merged, keep: keep).write(
                toFile: store + "/deals/acme.yaml", atomically: false, encoding: .utf8)
            let resolved = try Harness.run(["check", "--today", "2026-11-20"], in: store)
            #expect(resolved.status == 0, "\(resolved.stdout)")
        }
    }

    @Test func severalConflictsAreNamedAtMostTen() throws {
        let fields = (0..<12).map { "f\($0)" }
        let base = Self.base + fields.map { "\($0): a\n" }.joined()
        let (result, _, _) = try Self.drive(
            ours: base.replacingOccurrences(of: ": a\n", with: ": b\n"),
            theirs: base.replacingOccurrences(of: ": a\n", with: ": c\n"), base: base)
        #expect(result.status == 1)
        #expect(
            result.stderr == "salesctl merge-driver: deals/acme.yaml: both sides changed "
                + fields.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
                + " and 2 more; conflict markers around those lines only, every history event kept\n")
    }

    /// What the driver cannot read is left to git's line merge, and it says why.
    @Test(arguments: [
        ("title: [broken\n", "ours:2:1: error: [yaml-syntax] did not find expected ',' or ']'"),
        (
            "title: " + String(repeating: "[", count: 80) + String(repeating: "]", count: 80) + "\n",
            "ours:1:71: error: [yaml-depth] nesting is deeper than 64 levels"
        ),
        (
            "title: x\nnote: " + String(repeating: "あ", count: 400_000) + "\n",
            "ours:1:1: error: [file-too-large] file is 1200016 bytes; the limit is 1048576"
        )
    ])
    func unreadableSidesFallBackToGitsLineMerge(ours: String, said: String) throws {
        let (result, merged, _) = try Self.drive(ours: ours, theirs: Self.base)
        #expect(result.stderr.hasPrefix("salesctl merge-driver: deals/acme.yaml: " + said), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("; merging line by line\n"))
        // theirs did not change anything: git's merge keeps ours as it is.
        #expect(result.status == 0)
        #expect(merged == ours)
        let (conflict, text, _) = try Self.drive(ours: "title: [broken\n", theirs: "title: other\n")
        #expect(conflict.status == 1)
        #expect(text.contains("<<<<<<< ours\n"))
    }

    @Test func piecesThatDoNotFitTogetherAreLeftToGit() throws {
        let ended = "title: x\nhistory:\n  - date: 2026-11-01\n    event: created\n...\n"
        let (result, merged, _) = try Self.drive(
            ours: ended.replacingOccurrences(of: "...\n", with: Self.event("2026-11-20", "event: x") + "...\n"),
            theirs: ended.replacingOccurrences(of: "...\n", with: "source: y\n...\n"), base: ended)
        #expect(
            result.stderr
                == "salesctl merge-driver: deals/acme.yaml: the three versions do not fit together field by field (a document marker, a list re-indented on one side?); merging line by line\n"
        )
        #expect(result.status == 1)
        #expect(merged.contains("<<<<<<< ours\n"))
    }

    @Test func aMissingFileIsRefusedAndOursIsUntouched() throws {
        let dir = try Harness.temporaryDirectory()
        try Self.base.write(toFile: dir + "/ours", atomically: false, encoding: .utf8)
        try Self.base.write(toFile: dir + "/base", atomically: false, encoding: .utf8)
        let before = try Harness.snapshot(dir)
        let result = try Harness.run(["merge-driver", "base", "ours", "gone", "deals/acme.yaml"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr == "salesctl: 'gone': no such file or directory\n")
        #expect(try Harness.snapshot(dir) == before)
        let usage = try Harness.run(["merge-driver", "base"], in: dir)
        #expect(usage.status == 2)
    }
}
