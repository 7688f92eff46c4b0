import Foundation
import SalesKit
import Testing

/// Issue 13, ids and paths: bad ids and symlinks never reach a file outside the store. A
/// tripwire file next to the store holds a marker; no command's output may contain it and the
/// file must stay byte for byte (and mode for mode) the same. (Access times are not reliable,
/// and root reads unreadable files, so the marker is the proof that nothing was read.)
@Suite struct EscapeTests {
    static let marker = "TRIPWIRE-7f3a9c"

    struct Fixture {
        var base: String
        var store: String
        var tripwireDeal: String
        var tripwireReport: String
        var tripwireBytes: [String: Data]
    }

    static func fixture() throws -> Fixture {
        let base = try Harness.temporaryDirectory()
        let store = base + "/store"
        try Store.initialize(at: store)
        try Data(HostileCorpus.dealBase.utf8).write(to: URL(fileURLWithPath: store + "/deals/acme.yaml"))
        let deal = base + "/secret.yaml"
        let report = base + "/secret.md"
        try Data(HostileCorpus.dealBase.replacingOccurrences(of: "基幹システム刷新", with: marker).utf8)
            .write(to: URL(fileURLWithPath: deal))
        try Data(
            HostileCorpus.report("date: 2026-11-20\ndeal: acme\nkind: visit\nnext: \(marker)\n", body: marker + "\n")
                .utf8
        )
        .write(to: URL(fileURLWithPath: report))
        for path in [deal, report] { chmod(path, 0o400) }
        return Fixture(
            base: base, store: store, tripwireDeal: deal, tripwireReport: report,
            tripwireBytes: [
                deal: try Data(contentsOf: URL(fileURLWithPath: deal)),
                report: try Data(contentsOf: URL(fileURLWithPath: report))
            ])
    }

    static func expectTripwireUntouched(_ f: Fixture, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (path, bytes) in f.tripwireBytes {
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes, sourceLocation: sourceLocation)
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o400, sourceLocation: sourceLocation)
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: f.base).sorted() == [
                "secret.md", "secret.yaml", "store"
            ],
            sourceLocation: sourceLocation)
    }

    static let badIDs = [
        "../x", "/etc/passwd", "a/b", ".", "..", "A", "é", "a b", "a\u{1}b", "a\u{1B}[2Jb",
        String(repeating: "a", count: 65), "../secret", "../../secret", "", "-", "x/../../secret"
    ]

    static func commands(_ id: String) -> [[String]] {
        [
            ["deal", "new", id, "--title", "t", "--customer", "c"],
            ["deal", "show", id],
            ["report", "add", "--deal", id, "--kind", "visit", "-m", "x", "--today", "2026-11-20"],
            ["quality", "set", id, "champion", "yes", "--today", "2026-11-20"],
            ["deal", "hold", id, "--reason", "timing", "--today", "2026-11-20"]
        ]
    }

    @Test(arguments: badIDs)
    func badIDsAreRefusedBeforeAnyFileIsTouched(_ id: String) throws {
        let f = try Self.fixture()
        let before = try Harness.snapshot(f.store)
        for arguments in Self.commands(id) {
            let result = try Harness.run(["-C", f.store] + arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stdout.isEmpty)
            #expect(!result.stderr.contains(Self.marker))
            #expect(
                !result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" },
                "\(result.stderr.debugDescription)")
            if id != "-" && !id.isEmpty {
                #expect(result.stderr.hasPrefix("salesctl: invalid deal id '"), "\(arguments): \(result.stderr)")
            }
        }
        #expect(try Harness.snapshot(f.store) == before)
        try Self.expectTripwireUntouched(f)
    }

    @Test func nulAndOtherBadIDsAreRefusedByTheLibrary() throws {
        for id in Self.badIDs + ["a\0b", "acme\0/../../secret"] {
            #expect(DealID.problem(id) != nil, "\(id.debugDescription)")
            #expect(throws: SalesError.self) { try Store(root: "/nonexistent", config: .defaults).dealPath(id) }
        }
        #expect(DealID.problem(String(repeating: "a", count: 64)) == nil)
    }

    /// A symlink in deals/ pointing outside: every command that reads or writes the deal refuses
    /// with a clear error; list and check report it and never show what it points to.
    @Test func symlinkedDealFilesAreRefused() throws {
        let f = try Self.fixture()
        try FileManager.default.createSymbolicLink(
            atPath: f.store + "/deals/evil.yaml", withDestinationPath: f.tripwireDeal)
        let before = try Harness.snapshot(f.store)
        for arguments in Self.commands("evil").dropFirst() {
            let result = try Harness.run(["-C", f.store] + arguments)
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(
                result.stderr
                    == "salesctl: 'deals/evil.yaml': is a symbolic link; salesctl does not follow links in a store\n",
                "\(arguments)")
        }
        let new = try Harness.run(["-C", f.store, "deal", "new", "evil", "--title", "t", "--customer", "c"])
        #expect(new.status == 1)
        #expect(new.stderr == "salesctl: deal 'evil' already exists\n")
        for arguments in [
            ["deal", "list"], ["deal", "list", "--format", "json"], ["check", "--today", "2026-11-20"],
            ["report", "list"], ["forecast"], ["energy", "score"]
        ] {
            let result = try Harness.run(["-C", f.store] + arguments)
            #expect(!(result.stdout + result.stderr).contains(Self.marker), "\(arguments)")
        }
        let check = try Harness.run(["-C", f.store, "check", "--today", "2026-11-20"])
        #expect(check.status == 1)
        #expect(
            check.stdout
                == "deals/evil.yaml: error: [io] is a symbolic link; salesctl does not follow links in a store\n")
        #expect(try Harness.snapshot(f.store) == before)
        try Self.expectTripwireUntouched(f)
    }

    @Test func symlinkedReportsAreRefused() throws {
        let f = try Self.fixture()
        try FileManager.default.createDirectory(atPath: f.store + "/reports/2026/11", withIntermediateDirectories: true)
        let link = f.store + "/reports/2026/11/2026-11-20-acme-abcdef.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: f.tripwireReport)
        // A linked month directory is not walked either.
        try FileManager.default.createSymbolicLink(atPath: f.store + "/reports/2026/10", withDestinationPath: f.base)
        for arguments in [
            ["report", "show", "2026-11-20-acme-abcdef"],
            ["report", "show", "reports/2026/11/2026-11-20-acme-abcdef.md"],
            ["report", "show", f.tripwireReport], ["report", "show", "reports/../../secret.md"],
            ["report", "list"], ["report", "list", "--format", "json"], ["check", "--today", "2026-11-20"],
            ["deal", "show", "acme"], ["energy", "score"], ["homework", "list"], ["feed", "--today", "2026-11-20"]
        ] {
            let result = try Harness.run(["-C", f.store] + arguments)
            #expect(!(result.stdout + result.stderr).contains(Self.marker), "\(arguments)")
        }
        let show = try Harness.run(["-C", f.store, "report", "show", "2026-11-20-acme-abcdef"])
        #expect(show.status == 1)
        #expect(show.stderr.contains("is a symbolic link"), "\(show.stderr)")
        try Self.expectTripwireUntouched(f)
    }

    /// The one writer refuses to write through a link and keeps the old file's mode.
    @Test func writerRefusesSymlinksAndKeepsModes() throws {
        let f = try Self.fixture()
        let link = f.store + "/deals/evil.yaml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: f.tripwireDeal)
        #expect(throws: SalesError.self) { try FileSystem.writeAtomically(Array("x: 1\n".utf8), to: link) }
        #expect(FileSystem.kind(link) == .symlink)
        let acme = f.store + "/deals/acme.yaml"
        chmod(acme, 0o640)
        try FileSystem.writeAtomically(Array("title: t\n".utf8), to: acme)
        #expect(try FileManager.default.attributesOfItem(atPath: acme)[.posixPermissions] as? Int == 0o640)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: f.store + "/deals").sorted() == [
                ".gitkeep", "acme.yaml", "evil.yaml"
            ])
        try Self.expectTripwireUntouched(f)
    }
}
