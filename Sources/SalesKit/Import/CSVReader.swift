/// Reads CSV as CRMs and spreadsheets write it (RFC 4180): cells separated by a delimiter,
/// records by CRLF or LF, a cell in double quotes may hold the delimiter, line breaks and `""`
/// for a quote. Lenient where files in the wild are (a quote inside an unquoted cell is kept;
/// text after a closing quote is kept), strict where guessing would lose data: a quote that
/// never closes is an error at the line it opened.
///
/// The input is UTF-8 (see `TextDecoding`); the delimiter and quotes are ASCII, so cells are
/// cut at byte boundaries without decoding twice. Limits keep a hostile file from using
/// unbounded memory: a cell over `maxCellBytes` or a record over `maxColumns` is a bad record
/// (reported with its line, its content dropped); more than `maxRecords` records stops the read.
public enum CSVReader {
    public struct Limits: Sendable {
        public var maxCellBytes = 1 << 20
        public var maxColumns = 1_000
        public var maxRecords = 1_000_000

        public init() {}
    }

    /// One record: the line it starts on (1-based) and its cells, or the problem that made it
    /// unreadable (then `cells` is empty).
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var cells: [String]
        public var problem: String?
    }

    /// Parses every record. Blank lines are skipped. Throws a finding for what makes the rest
    /// of the file meaningless: an unclosed quote, too many records.
    public static func parse(
        _ bytes: UnsafeRawBufferPointer, delimiter: UInt8 = UInt8(ascii: ","),
        path: String, limits: Limits = Limits()
    ) throws -> [Record] {
        var records: [Record] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        var problem: String?
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var inQuotes = false
        var wasQuoted = false
        var recordStarted = false
        let quote = UInt8(ascii: "\"")
        let lf = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")

        func endCell() {
            if problem == nil {
                if cells.count >= limits.maxColumns {
                    problem = Message.impTooManyCells.text(String(limits.maxColumns))
                } else {
                    cells.append(String(decoding: cell, as: UTF8.self))
                }
            }
            cell.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func endRecord() throws {
            if recordStarted {
                endCell()
                guard records.count < limits.maxRecords else {
                    throw SalesError.invalidFile(
                        Finding(
                            path: path, line: recordLine, code: "csv-too-many-records",
                            message: Message.impTooManyRecords.text(String(limits.maxRecords))))
                }
                records.append(Record(line: recordLine, cells: problem == nil ? cells : [], problem: problem))
            }
            cells.removeAll(keepingCapacity: true)
            cell.removeAll(keepingCapacity: true)
            problem = nil
            wasQuoted = false
            recordStarted = false
        }
        func append(_ byte: UInt8) {
            guard problem == nil else { return }
            if cell.count >= limits.maxCellBytes {
                problem = Message.impCellTooLong.text(String(cells.count + 1), String(limits.maxCellBytes))
                return
            }
            cell.append(byte)
        }

        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < n && bytes[i + 1] == quote {
                        append(quote)
                        i += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    if b == lf { line += 1 }
                    append(b)
                }
                i += 1
                continue
            }
            switch b {
            case quote where cell.isEmpty && !wasQuoted:
                inQuotes = true
                wasQuoted = true
                recordStarted = true
                quoteLine = line
            case delimiter:
                endCell()
                recordStarted = true
            case cr, lf:
                if b == cr && i + 1 < n && bytes[i + 1] == lf { i += 1 }
                try endRecord()
                line += 1
                recordLine = line
            default:
                recordStarted = true
                append(b)
            }
            i += 1
        }
        if inQuotes {
            throw SalesError.invalidFile(
                Finding(
                    path: path, line: quoteLine, code: "csv-unclosed-quote",
                    message: Message.impUnclosedQuote.text()))
        }
        try endRecord()
        return records
    }
}
