import Foundation

/// `import deals|activities`: a CRM export becomes deal files or reports. Two steps, so that
/// `--dry-run` shows exactly what a real run writes: `plan` reads the file and the store and
/// decides every file (nothing is written), `Store.createFiles` writes them under one lock.
///
/// Safe to repeat: each record carries `source_id: <crm>:<record id>`; a record whose source id
/// is already in the store is counted as already imported and left alone (an import never
/// rewrites a file). All or nothing: a row that cannot be imported is a bad row, reported with
/// its line; the caller writes nothing when there is one, unless told to skip bad rows.
public enum Importer {
    /// The largest export read (a 100,000-row export with long descriptions is ~50 MB).
    public static let maxFileSize = 256 << 20

    public struct Options: Sendable {
        public var crm: CRM
        public var kind: ImportKind
        public var map: ImportMap
        public var encoding: TextEncoding?
        /// Who runs the import: the `by:` of the `created` events.
        public var author: String?
        public var today: CalendarDate
        public var limits = CSVReader.Limits()

        public init(
            crm: CRM, kind: ImportKind, map: ImportMap = ImportMap(), encoding: TextEncoding? = nil,
            author: String?, today: CalendarDate
        ) {
            self.crm = crm
            self.kind = kind
            self.map = map
            self.encoding = encoding
            self.author = author
            self.today = today
        }
    }

    public struct Plan: Sendable {
        public var files: [Store.NewFile] = []
        /// Rows whose source id is already in the store: nothing to do for them.
        public var alreadyImported = 0
        public var badRows: [Finding] = []
        /// Deal files that do not read: left out of the matching (a row of such a deal is not
        /// seen as already imported), which the command must say.
        public var skippedDeals: [Finding] = []
        public var encoding: TextEncoding = .utf8
        public var rows = 0
        public var kind: ImportKind = .deals

        /// `3 deals, 1 already imported, 2 bad rows skipped`: what a run did or would do.
        public var summary: String {
            (kind == .deals ? Message.impDeals : .impReports).text(String(files.count))
                + (alreadyImported > 0 ? Message.impAlready.text(String(alreadyImported)) : "")
                + (badRows.isEmpty ? "" : Message.impBadRows.text(String(badRows.count)))
        }
    }

    /// Reads `bytes` (the export, named `path` in findings) against `store` and decides what to
    /// write. Throws for what makes the whole file unreadable (encoding, unclosed quote, a
    /// header without a required column); a bad row is a finding in the plan.
    public static func plan(_ bytes: [UInt8], path: String, store: Store, options: Options) throws -> Plan {
        let table = try ImportTable(
            bytes: bytes, path: path, crm: options.crm, kind: options.kind, map: options.map,
            encoding: options.encoding, limits: options.limits)
        var context = Context(table: table, path: path, store: store, options: options)
        switch options.kind {
        case .deals: context.planDeals()
        case .activities: context.planActivities()
        }
        context.plan.badRows = (table.badRows + context.plan.badRows).sorted { ($0.line ?? 0) < ($1.line ?? 0) }
        context.plan.encoding = table.encoding
        context.plan.rows = table.rows.count + table.badRows.count
        context.plan.kind = options.kind
        return context.plan
    }

    /// Why a row cannot be imported.
    struct RowProblem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// What both kinds share while planning.
    struct Context {
        let table: ImportTable
        let path: String
        let store: Store
        let options: Options
        /// The team's time zone, for CRM timestamps in UTC.
        let zone: TimeZone
        var plan = Plan()
        /// Source id → line, for a record given twice in one file.
        var seen: [String: Int] = [:]

        init(table: ImportTable, path: String, store: Store, options: Options) {
            self.table = table
            self.path = path
            self.store = store
            self.options = options
            zone = TimeZone(identifier: store.config.timezone) ?? TimeZone(secondsFromGMT: 0)!
        }

        mutating func bad(_ row: ImportTable.Row, _ message: String) {
            plan.badRows.append(Finding(path: path, line: row.line, code: "bad-row", message: message))
        }

        /// `salesforce:0065g00000ABCdE`, or nil (and a bad row) for a row without an id or one
        /// already seen in this file.
        mutating func sourceID(of row: ImportTable.Row) -> String? {
            guard let raw = row["id"] else {
                bad(row, Message.impNoRecordID.text(table.describe("id")))
                return nil
            }
            let id = options.crm.rawValue + ":" + ImportValues.line(raw)
            if let first = seen[id] {
                bad(row, Message.impRecordTwice.text(quoted(raw), String(first)))
                return nil
            }
            seen[id] = row.line
            return id
        }

        /// A date cell; `past` refuses a date after today (a contact or a creation happened).
        func date(_ row: ImportTable.Row, _ field: String, past: Bool = true) throws(RowProblem) -> CalendarDate? {
            guard let text = row[field] else { return nil }
            guard let date = ImportValues.date(text, order: options.map.dateOrder, zone: zone) else {
                throw RowProblem(Message.impNotDate.text(quoted(text), table.describe(field)))
            }
            if past && date > options.today {
                throw RowProblem(
                    field == "date"
                        ? Message.impDateAfterToday.text("\(date)", "\(options.today)")
                        : Message.impColumnAfterToday.text(
                            table.describe(field), "\(date)", "\(options.today)"))
            }
            return date
        }

        /// A person typed in the CRM (`owners:` of the map, else as written).
        func person(_ text: String?) -> String? {
            guard let text else { return nil }
            let name = options.map.owners[text] ?? text
            let line = ImportValues.line(name)
            return line.isEmpty ? nil : line
        }
    }
}
