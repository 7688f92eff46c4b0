#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `export --sqlite FILE`: the whole store as normalised tables (ExportSchema), for DuckDB, a
/// BI tool or a spreadsheet. One transaction, one prepared statement per table; written to a
/// temporary file beside FILE and renamed over it only when complete, so a reader never opens a
/// half-written database and a failed export leaves nothing behind.
public enum SQLiteExport {
    /// Rows written per table, and the files that did not read (skipped, as lists skip them).
    public struct Summary: Sendable {
        public var rows: [String: Int] = [:]
        public var findings: [Finding] = []
    }

    public static func write(_ store: Store, to path: String, display: String, today: CalendarDate) throws -> Summary {
        let directory = FileSystem.parentDirectory(of: path)
        let temporary =
            directory + "/" + FileSystem.temporaryPrefix + "export-"
            + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        var succeeded = false
        defer {
            if !succeeded {
                for suffix in ["", "-journal"] { unlink(temporary + suffix) }
            }
        }
        let database = try SQLiteDatabase(path: temporary, display: display)
        let summary = try fill(database, store: store, today: today)
        database.close()
        try syncFile(temporary, display: display)
        guard rename(temporary, path) == 0 else {
            throw SalesError.io(path: display, reason: "cannot replace: \(FileSystem.errorText())")
        }
        succeeded = true
        return summary
    }

    private static func fill(_ db: SQLiteDatabase, store: Store, today: CalendarDate) throws -> Summary {
        // The file is renamed into place only when whole: no journal, no syncs until the end.
        try db.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;")
        try db.execute("BEGIN")
        for table in ExportSchema.tables { try db.execute(table.sql) }
        var summary = Summary()
        let inserter = try Inserter(db)
        let config = store.config

        try inserter.row("meta", [.text("schema_version"), .text(String(ExportSchema.version))])
        try inserter.row("meta", [.text("today"), .text(today.description)])
        try inserter.row("meta", [.text("currency"), .text(config.currency)])
        try inserter.row("meta", [.text("timezone"), .text(config.timezone)])
        var stageOfStep: [String: String] = [:]
        for (i, stage) in config.stages.enumerated() {
            try inserter.row("stages", [.text(stage.id), .text(stage.label), .int(i + 1), .int(stage.probability)])
            for step in stage.steps where stageOfStep[step.id] == nil { stageOfStep[step.id] = stage.id }
        }
        for kind in config.kinds {
            try inserter.row("kinds", [.text(kind.id), .text(kind.label), .int(kind.points)])
        }

        let loaded = store.loadDeals()
        summary.findings = loaded.findings
        var done: [String: (date: CalendarDate, by: String?, note: String?)] = [:]
        for deal in loaded.deals {
            try insert(deal, into: inserter, config: config, stageOfStep: stageOfStep)
            for event in deal.history where event.kind == "homework-done" {
                if let ref = event["ref"], done[ref] == nil { done[ref] = (event.date, event.by, event["note"]) }
            }
        }
        var failure: Error?
        summary.findings += store.forEachReport(detail: .full) { report in
            guard failure == nil else { return }
            do {
                try insert(report, into: inserter, done: done)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        for index in ExportSchema.indexes { try db.execute(index) }
        try db.execute("COMMIT")
        summary.rows = inserter.counts
        return summary
    }

    private static func insert(_ deal: Deal, into t: Inserter, config: Config, stageOfStep: [String: String]) throws {
        let id = SQLValue.text(deal.id)
        try t.row(
            "deals",
            [
                id, .text(deal.title), .text(deal.customer), .of(deal.owner), .text(deal.stage),
                .text(deal.status.rawValue), .of(deal.amount), .text(deal.currency ?? config.currency),
                .of(deal.created), .of(deal.expectedClose), .of(deal.source), .of(deal.sourceID)
            ])
        for (i, member) in deal.members.enumerated() {
            try t.row("deal_members", [id, .int(i + 1), .text(member)])
        }
        for (i, p) in deal.keyPersons.enumerated() {
            try t.row(
                "key_persons",
                [
                    id, .int(i + 1), .text(p.name), .of(p.title), .of(p.department),
                    .of(p.role?.rawValue), .of(p.stance?.rawValue), .of(p.authority?.rawValue),
                    .of(p.information?.rawValue), .of(p.reportsTo)
                ])
        }
        for step in deal.checklist {
            try t.row("checklist", [id, .of(stageOfStep[step.step]), .text(step.step), .of(step.done), .of(step.note)])
        }
        for (i, event) in deal.history.enumerated() {
            let seq = SQLValue.int(i + 1)
            try t.row("events", [id, seq, .of(event.date), .of(event.by), .text(event.kind), .of(event["note"])])
            for (j, (key, value)) in event.fields.enumerated() {
                try t.row("event_fields", [id, seq, .int(j + 1), .text(key), .text(value)])
            }
            if event.kind == "quality", let indicator = event["indicator"], let value = event["value"] {
                try t.row(
                    "quality_judgements",
                    [
                        id, seq, .of(event.date), .of(event.by), .text(indicator),
                        .text(value), .of(event["note"])
                    ])
            }
        }
        try insertNextActions(deal, into: t)
    }

    /// Every next action set (a `next` event with `action: set`), and how it ended: `done` by
    /// the next `done` event, `replaced` by the next `set`, else `open` (NextAction's rule).
    private static func insertNextActions(_ deal: Deal, into t: Inserter) throws {
        var open: (seq: Int, event: Deal.Event)?
        func flush(_ state: String, closedBy closing: Deal.Event?) throws {
            guard let (seq, e) = open else { return }
            try t.row(
                "next_actions",
                [
                    .text(deal.id), .int(seq), .of(e.date), .of(e.by), .text(e["text"] ?? ""),
                    .text(e["due"] ?? ""), .of(e["for"]), .of(e["report"]), .text(state),
                    .of(closing?.date), .of(closing?.by), .of(closing?["note"])
                ])
            open = nil
        }
        for (i, event) in deal.history.enumerated() where event.kind == "next" {
            switch event["action"] {
            case "set":
                guard event["text"] != nil, event["due"].flatMap(CalendarDate.init) != nil else { continue }
                try flush("replaced", closedBy: event)
                open = (i + 1, event)
            case "done":
                try flush("done", closedBy: event)
            default:
                continue
            }
        }
        try flush("open", closedBy: nil)
    }

    private static func insert(
        _ report: Report, into t: Inserter,
        done: [String: (date: CalendarDate, by: String?, note: String?)]
    ) throws {
        let path = SQLValue.text(report.path)
        try t.row(
            "reports",
            [
                path, .of(report.date), .text(report.deal), .of(report.author), .text(report.kind),
                .of(report.next), .text(report.body), .of(report.sourceID)
            ])
        for (i, a) in report.attendees.enumerated() {
            try t.row("attendees", [path, .int(i + 1), .text(a.name), .of(a.title), .of(a.department)])
        }
        for (i, signal) in report.signals.enumerated() {
            try t.row("signals", [path, .int(i + 1), .text(signal)])
        }
        for (i, h) in report.homework.enumerated() {
            let ref = Homework.ref(reportPath: report.path, index: i)
            let closed = done[ref]
            try t.row(
                "homework",
                [
                    .text(ref), path, .int(i + 1), .text(report.deal), .of(report.date), .text(h.text),
                    .of(h.assignee), .of(h.due), .of(closed?.date), .of(closed?.by), .of(closed?.note)
                ])
        }
    }

    /// fsync of the finished database, so the rename never exposes a file whose pages are not
    /// on disk yet.
    private static func syncFile(_ path: String, display: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0, fsync(fd) == 0 else {
            if fd >= 0 { close(fd) }
            throw SalesError.io(path: display, reason: "cannot sync: \(FileSystem.errorText())")
        }
        close(fd)
    }

    /// One prepared INSERT per table, and how many rows each received.
    private final class Inserter {
        private var statements: [String: SQLiteDatabase.Statement] = [:]
        private(set) var counts: [String: Int] = [:]

        init(_ db: SQLiteDatabase) throws {
            for table in ExportSchema.tables {
                let columns = Inserter.columnCount(table.sql)
                let marks = Array(repeating: "?", count: columns).joined(separator: ", ")
                statements[table.name] = try db.prepare("INSERT INTO \(table.name) VALUES (\(marks))")
                counts[table.name] = 0
            }
        }

        func row(_ table: String, _ values: [SQLValue]) throws {
            try statements[table]!.insert(values)
            counts[table, default: 0] += 1
        }

        /// Columns of a CREATE TABLE: the top-level commas of its column list, less the
        /// PRIMARY KEY clause.
        static func columnCount(_ sql: String) -> Int {
            guard let open = sql.firstIndex(of: "(") else { return 0 }
            var depth = 0
            var parts: [String] = []
            var current = ""
            for c in sql[sql.index(after: open)...] {
                if c == "(" { depth += 1 }
                if c == ")" {
                    if depth == 0 { break }
                    depth -= 1
                }
                if c == "," && depth == 0 {
                    parts.append(current)
                    current = ""
                    continue
                }
                current.append(c)
            }
            parts.append(current)
            return parts.filter { !$0.drop(while: \.isWhitespace).hasPrefix("PRIMARY KEY") }.count
        }
    }
}
