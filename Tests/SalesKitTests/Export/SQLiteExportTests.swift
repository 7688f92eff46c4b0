import CSQLite
import Foundation
import Testing

@testable import SalesKit

/// `export --sqlite`: the tables read back with the SQLite C API agree with the store.
@Suite struct SQLiteExportTests {
    static func exported() throws -> (store: Store, db: TestDatabase, deals: [Deal], reports: [Report]) {
        let root = try ReportSummaryLoadTests.copy(ExamplesTests.packageRoot + "/examples/basic")
        let store = try Store.open(root: root)
        let summary = try SQLiteExport.write(store, to: root + "/out.db", display: "out.db", today: ExamplesTests.today)
        #expect(summary.findings.isEmpty)
        let deals = store.loadDeals().deals
        let reports = store.loadReports().reports
        return (store, try TestDatabase(root + "/out.db"), deals, reports)
    }

    @Test func countsAgreeWithTheStore() throws {
        let (_, db, deals, reports) = try Self.exported()
        #expect(try db.int("SELECT count(*) FROM deals") == deals.count)
        #expect(try db.int("SELECT count(*) FROM reports") == reports.count)
        #expect(try db.int("SELECT count(*) FROM events") == deals.map(\.history.count).reduce(0, +))
        #expect(
            try db.int("SELECT count(*) FROM event_fields") == deals.flatMap(\.history).map(\.fields.count).reduce(0, +)
        )
        #expect(try db.int("SELECT count(*) FROM key_persons") == deals.map(\.keyPersons.count).reduce(0, +))
        #expect(try db.int("SELECT count(*) FROM deal_members") == deals.map(\.members.count).reduce(0, +))
        #expect(try db.int("SELECT count(*) FROM checklist") == deals.map(\.checklist.count).reduce(0, +))
        #expect(
            try db.int("SELECT count(*) FROM quality_judgements")
                == deals.flatMap(\.history).filter { $0.kind == "quality" }.count)
        #expect(try db.int("SELECT count(*) FROM attendees") == reports.map(\.attendees.count).reduce(0, +))
        #expect(try db.int("SELECT count(*) FROM signals") == reports.map(\.signals.count).reduce(0, +))
        #expect(try db.int("SELECT count(*) FROM homework") == reports.map(\.homework.count).reduce(0, +))
        #expect(
            try db.int("SELECT count(*) FROM homework WHERE done IS NOT NULL")
                == Homework.items(reports: reports, deals: deals).filter { $0.done != nil }.count)
        #expect(try db.int("SELECT count(*) FROM stages") == 5)
        #expect(try db.text("SELECT value FROM meta WHERE key = 'schema_version'") == String(ExportSchema.version))
    }

    @Test func valuesAgreeWithTheStore() throws {
        let (_, db, deals, reports) = try Self.exported()
        for deal in deals {
            let row = try db.row(
                "SELECT title, customer, owner, stage, status, amount, created, expected_close FROM deals WHERE id = ?",
                deal.id)
            #expect(
                row == [
                    deal.title, deal.customer, deal.owner, deal.stage, deal.status.rawValue,
                    deal.amount.map(String.init), deal.created.description, deal.expectedClose?.description
                ])
        }
        for report in reports {
            let row = try db.row(
                "SELECT date, deal_id, author, kind, next, body FROM reports WHERE path = ?", report.path)
            #expect(row == [report.date.description, report.deal, report.author, report.kind, report.next, report.body])
        }
        #expect(try db.row("SELECT amount, currency FROM deals WHERE id = ?", "tokai-erp") == ["48000000", "JPY"])
        #expect(
            try db.row("SELECT done, done_by FROM homework WHERE ref = ?", "2026-08-04-tokai-erp-65298b#1")
                == ["2026-08-17", "田中 美咲"])
        #expect(
            try db.row(
                "SELECT indicator, value, note FROM quality_judgements WHERE deal_id = ? ORDER BY seq DESC LIMIT 1",
                "tokai-erp")
                == ["champion", "no", "推進者の山田部長が異動"])
        #expect(
            try db.row("SELECT stage FROM checklist WHERE deal_id = ? AND step = ?", "tokai-erp", "why-now") == [
                "decision"
            ])
        #expect(
            try db.row("SELECT value FROM event_fields WHERE deal_id = ? AND seq = 8 AND key = 'to'", "tokai-erp") == [
                "define"
            ])
    }

    @Test func replacesAnExistingFileAndLeavesNoTemporaryFile() throws {
        let root = try ReportSummaryLoadTests.copy(ExamplesTests.packageRoot + "/examples/basic")
        let store = try Store.open(root: root)
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: root + "/out.db"))
        _ = try SQLiteExport.write(store, to: root + "/out.db", display: "out.db", today: ExamplesTests.today)
        #expect(try TestDatabase(root + "/out.db").int("SELECT count(*) FROM deals") == 8)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root).filter {
            $0.hasPrefix(FileSystem.temporaryPrefix)
        }
        #expect(leftovers.isEmpty)
    }

    @Test func aMissingDirectoryIsAnIOError() throws {
        let root = try ReportSummaryLoadTests.copy(ExamplesTests.packageRoot + "/examples/basic")
        let store = try Store.open(root: root)
        #expect(
            throws: SalesError.io(path: "no/out.db", reason: "cannot open the database: unable to open database file")
        ) {
            _ = try SQLiteExport.write(store, to: root + "/no/out.db", display: "no/out.db", today: ExamplesTests.today)
        }
    }

    /// Next actions set, replaced and done, with the state NextAction.current agrees with.
    @Test func nextActionsAndHowEachEnded() throws {
        let root = try ReportSummaryLoadTests.copy(ExamplesTests.packageRoot + "/examples/basic")
        let store = try Store.open(root: root)
        let day = { (text: String) in CalendarDate(text)! }
        try store.setNextAction(
            "tokai-erp", text: "後任の部長に挨拶", due: day("2026-11-25"), for: nil, date: day("2026-11-12"), by: "田中 美咲")
        try store.setNextAction(
            "tokai-erp", text: "役員会の結果を確認", due: day("2026-12-04"), for: nil, date: day("2026-11-13"), by: "田中 美咲")
        try store.completeNextAction("tokai-erp", note: "結果は来週", date: day("2026-11-18"), by: "田中 美咲")
        try store.setNextAction(
            "fuji-mes", text: "見積を再提出", due: day("2026-11-30"), for: nil, date: day("2026-11-19"), by: "佐藤 健")
        _ = try SQLiteExport.write(store, to: root + "/out.db", display: "out.db", today: ExamplesTests.today)
        let db = try TestDatabase(root + "/out.db")
        // The actions set here (examples/basic has its own before them).
        #expect(
            try db.rows(
                "SELECT deal_id, date, text, due, state, closed, closed_note FROM next_actions WHERE text IN ('後任の部長に挨拶', '役員会の結果を確認', '見積を再提出') ORDER BY date",
                []) == [
                    ["tokai-erp", "2026-11-12", "後任の部長に挨拶", "2026-11-25", "replaced", "2026-11-13", nil],
                    ["tokai-erp", "2026-11-13", "役員会の結果を確認", "2026-12-04", "done", "2026-11-18", "結果は来週"],
                    ["fuji-mes", "2026-11-19", "見積を再提出", "2026-11-30", "open", nil, nil]
                ])
        let open = try db.column("SELECT deal_id FROM next_actions WHERE state = 'open'")
        #expect(open == store.loadDeals().deals.filter { NextAction.current(of: $0) != nil }.map(\.id))
    }

    /// Every table has a section in docs/EXPORT.md, and every column is named there.
    @Test func everyTableAndColumnIsDocumented() throws {
        let doc = try String(contentsOfFile: ExamplesTests.packageRoot + "/docs/EXPORT.md", encoding: .utf8)
        let root = try ReportSummaryLoadTests.copy(ExamplesTests.packageRoot + "/examples/basic")
        let store = try Store.open(root: root)
        _ = try SQLiteExport.write(store, to: root + "/out.db", display: "out.db", today: ExamplesTests.today)
        let db = try TestDatabase(root + "/out.db")
        for table in ExportSchema.tables {
            #expect(doc.contains("### `\(table.name)`"), "docs/EXPORT.md lacks a section for \(table.name)")
            for column in try db.column("SELECT name FROM pragma_table_info(?)", table.name) {
                #expect(doc.contains("| `\(column)` |"), "docs/EXPORT.md lacks \(table.name).\(column)")
            }
        }
    }
}

/// A read-only SQLite connection for tests: a query's first row or first column as text.
final class TestDatabase {
    private var handle: OpaquePointer?

    init(_ path: String) throws {
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else {
            throw SalesError.io(path: path, reason: "cannot open")
        }
    }

    deinit { sqlite3_close(handle) }

    func rows(_ sql: String, _ parameters: [String]) throws -> [[String?]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw SalesError.io(path: sql, reason: String(cString: sqlite3_errmsg(handle)))
        }
        defer { sqlite3_finalize(statement) }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (i, p) in parameters.enumerated() { sqlite3_bind_text(statement, Int32(i + 1), p, -1, transient) }
        var result: [[String?]] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            result.append(
                (0..<sqlite3_column_count(statement)).map { c in
                    sqlite3_column_text(statement, c).map { String(cString: $0) }
                })
        }
        return result
    }

    func row(_ sql: String, _ parameters: String...) throws -> [String?]? { try rows(sql, parameters).first }
    func column(_ sql: String, _ parameters: String...) throws -> [String] {
        try rows(sql, parameters).compactMap { $0.first ?? nil }
    }
    func text(_ sql: String) throws -> String? { try rows(sql, []).first?.first ?? nil }
    func int(_ sql: String) throws -> Int? { try text(sql).flatMap { Int($0) } }
}
