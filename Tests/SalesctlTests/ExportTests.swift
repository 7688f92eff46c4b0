import Foundation
import Testing

/// `salesctl export --sqlite`: the built binary on a copy of examples/basic, the database read
/// back with the `sqlite3` command-line shell (installed by .ci/run).
@Suite struct ExportTests {
    static let hasSQLite3 = FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")

    static func query(_ db: String, _ sql: String) throws -> String {
        try Harness.spawn("/usr/bin/sqlite3", [db, sql], environment: [:]).stdout
    }

    @Test(.enabled(if: hasSQLite3)) func exportsAndQueriesBack() throws {
        let root = try Harness.copyExample("basic")
        let result = try Harness.run(["export", "--sqlite", "out.db", "--today", "2026-11-20"], in: root)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "exported 8 deals and 59 reports to 'out.db'\n")
        let db = root + "/out.db"
        #expect(try Self.query(db, "SELECT count(*) FROM deals") == "8\n")
        #expect(try Self.query(db, "SELECT count(*) FROM reports") == "59\n")
        #expect(
            try Self.query(db, "SELECT title, customer, amount FROM deals WHERE id = 'tokai-erp'")
                == "基幹システム刷新|東海精機株式会社|48000000\n")
        #expect(try Self.query(db, "SELECT count(*) FROM homework WHERE done IS NULL") == "6\n")
        #expect(try Self.query(db, "SELECT value FROM meta WHERE key = 'today'") == "2026-11-20\n")
        #expect(try Self.query(db, "PRAGMA integrity_check") == "ok\n")
    }

    @Test func refusesToReplaceWithoutForce() throws {
        let root = try Harness.copyExample("basic")
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: root + "/out.db"))
        let refused = try Harness.run(["export", "--sqlite", "out.db"], in: root)
        #expect(refused.status == 1)
        #expect(refused.stderr == "salesctl: 'out.db' already exists\nhint: pass --force to replace it\n")
        #expect(try Harness.read(root + "/out.db") == "keep me")
        let forced = try Harness.run(["export", "--sqlite", "out.db", "--force"], in: root)
        #expect(forced.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: root + "/out.db")).prefix(15) == Data("SQLite format 3".utf8))
    }

    @Test func refusesADirectory() throws {
        let root = try Harness.copyExample("basic")
        let result = try Harness.run(["export", "--sqlite", "deals", "--force"], in: root)
        #expect(result.status == 1)
        #expect(result.stderr == "salesctl: 'deals' is a directory\n")
    }

    @Test func aMissingDirectoryFails() throws {
        let root = try Harness.copyExample("basic")
        let result = try Harness.run(["export", "--sqlite", "no/such/out.db"], in: root)
        #expect(result.status == 1)
        #expect(result.stderr == "salesctl: 'no/such/out.db': cannot open the database: unable to open database file\n")
    }

    @Test func needsTheSQLiteOption() throws {
        let root = try Harness.copyExample("basic")
        let result = try Harness.run(["export"], in: root)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("salesctl: missing expected argument '--sqlite <FILE>'\n"))
    }

    @Test func skipsABrokenDealWithAWarning() throws {
        let root = try Harness.copyExample("basic")
        try Data("title: [unclosed\n".utf8).write(to: URL(fileURLWithPath: root + "/deals/broken.yaml"))
        let result = try Harness.run(["export", "--sqlite", "out.db"], in: root)
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("warning: skipped deals/broken.yaml:"))
        #expect(result.stderr.hasSuffix("exported 8 deals and 59 reports to 'out.db'\n"))
    }
}
