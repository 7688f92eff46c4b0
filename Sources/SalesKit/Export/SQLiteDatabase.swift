import CSQLite

/// The little of the SQLite C API a writer of a few tables needs: open, execute, prepared
/// statements with bound parameters. Errors become `SalesError.io` naming the database file.
final class SQLiteDatabase {
    private var handle: OpaquePointer?
    let display: String

    /// Opens (creating) the database at `path`; `display` names it in messages.
    init(path: String, display: String) throws {
        self.display = display
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close(handle)
            handle = nil
            throw SalesError.io(path: display, reason: "cannot open the database: \(reason)")
        }
    }

    deinit { close() }

    func close() {
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    /// Runs SQL without results (several statements allowed).
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
            let reason = message.map { String(cString: $0) } ?? lastError
            sqlite3_free(message)
            throw SalesError.io(path: display, reason: reason)
        }
    }

    func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw SalesError.io(path: display, reason: lastError)
        }
        return Statement(statement, database: self)
    }

    var lastError: String { handle.map { String(cString: sqlite3_errmsg($0)) } ?? "database is closed" }

    /// A prepared INSERT: `insert(values)` binds one row (1-based, in order) and runs it.
    final class Statement {
        private let statement: OpaquePointer
        private unowned let database: SQLiteDatabase

        fileprivate init(_ statement: OpaquePointer, database: SQLiteDatabase) {
            self.statement = statement
            self.database = database
        }

        deinit { sqlite3_finalize(statement) }

        func insert(_ values: [SQLValue]) throws {
            sqlite3_reset(statement)
            for (i, value) in values.enumerated() {
                let index = Int32(i + 1)
                switch value {
                case .null: sqlite3_bind_null(statement, index)
                case .int(let n): sqlite3_bind_int64(statement, index, Int64(n))
                case .text(let text):
                    var text = text
                    text.withUTF8 { bytes in
                        // An empty buffer may have no address; SQLite wants a pointer for '' (not NULL).
                        let base =
                            bytes.baseAddress.map { UnsafeRawPointer($0) } ?? UnsafeRawPointer(SQLiteDatabase.empty)
                        _ = sqlite3_bind_text(
                            statement, index, base.assumingMemoryBound(to: CChar.self),
                            Int32(bytes.count), SQLiteDatabase.transient)
                    }
                }
            }
            guard sqlite3_step(statement) == SQLITE_DONE else {
                throw SalesError.io(path: database.display, reason: database.lastError)
            }
        }
    }

    /// SQLITE_TRANSIENT: SQLite copies the bound bytes before the call returns.
    fileprivate static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    nonisolated(unsafe) fileprivate static let empty: UnsafeMutablePointer<CChar> = {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        p.initialize(to: 0)
        return p
    }()
}

/// A value bound to a statement parameter.
enum SQLValue {
    case null
    case int(Int)
    case text(String)

    static func of(_ text: String?) -> SQLValue { text.map { .text($0) } ?? .null }
    static func of(_ number: Int?) -> SQLValue { number.map { .int($0) } ?? .null }
    static func of(_ date: CalendarDate?) -> SQLValue { date.map { .text($0.description) } ?? .null }
}
