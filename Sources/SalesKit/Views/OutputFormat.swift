/// How a command prints: the one list of output formats. Each command accepts a subset (`list`
/// for every list command, `textOrJSON` for the `show` commands, ...), checked in one place
/// (`parse(_:allowed:)`); a new list format is one case here, one in `list` and one branch in
/// `ListView.write`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, ndjson, csv, tsv
    /// CSV that Excel opens as it is: UTF-8 with a BOM (without one, Japanese Excel reads
    /// Shift_JIS and shows 文字化け), CRLF line ends, and cells that a spreadsheet would run as a
    /// formula escaped (`Delimited.excel`). The same header and cells as `csv`.
    case excel
    case markdown
    /// Text for people that is not a table: a deal's page, a report, findings, the feed.
    case text
    /// GitHub Actions workflow annotations (`check`).
    case github
    /// A Mermaid flowchart (`person map`).
    case mermaid
    /// One self-contained page (`review`).
    case html

    /// The formats of every list command, in the order their help lists them.
    public static let list: [OutputFormat] = [.table, .json, .ndjson, .csv, .tsv, .excel, .markdown]
    /// The formats of a command that shows one thing (`deal show`, `report show`, ...).
    public static let textOrJSON: [OutputFormat] = [.text, .json]

    /// `text` as a format of those `allowed`, or nil: the one rule for every `--format`.
    public static func parse(_ text: String, allowed: [OutputFormat]) -> OutputFormat? {
        guard let format = OutputFormat(rawValue: text), allowed.contains(format) else { return nil }
        return format
    }

    /// Whether people read it (labels, grouped amounts) rather than scripts (ids, plain numbers).
    public var isForPeople: Bool { self == .table || self == .markdown }

    /// Whether it is JSON, whole or one record per line.
    public var isJSON: Bool { self == .json || self == .ndjson }
}

/// How text for a person looks: colours, and the width of the terminal it must fit (nil for a
/// pipe or a file, where nothing is cut).
public struct TextStyle: Sendable {
    public var palette: Palette
    public var width: Int?

    public init(palette: Palette, width: Int?) {
        self.palette = palette
        self.width = width
    }

    /// No colour, no width limit: for tests and files.
    public static let plain = TextStyle(palette: Palette(enabled: false), width: nil)
}

/// A list as every list format sees it: the header and rows (tables, CSV, TSV) and the JSON
/// (made only when asked for).
public struct ListView {
    public var header: [String]
    public var rows: [[String]]
    /// Columns aligned right in the table (amounts, counts).
    public var rightAligned: Set<Int>
    public var json: () -> JSONValue
    /// The records `--format ndjson` writes, one per line; by default those `records(of:)`
    /// finds in the JSON.
    public var records: (() -> [JSONValue])?

    public init(
        header: [String], rows: [[String]], rightAligned: Set<Int> = [],
        json: @escaping () -> JSONValue = { .null }, records: (() -> [JSONValue])? = nil
    ) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
        self.json = json
        self.records = records
    }

    /// Writes the list in `format`, piece by piece to `emit`: a table of 200k rows is never one
    /// string.
    public func write(_ format: OutputFormat, style: TextStyle, to emit: (String) -> Void) {
        switch format {
        case .json: emit(json().render())
        case .ndjson: for record in records?() ?? Self.records(of: json()) { emit(record.render(pretty: false)) }
        case .csv: emit(Delimited.csv(header: header, rows: rows))
        case .tsv: emit(Delimited.tsv(header: header, rows: rows))
        case .excel: emit(Delimited.excel(header: header, rows: rows))
        case .markdown: emit(rows.isEmpty ? "" : markdownTable(header: header, rows: rows, rightAligned: rightAligned))
        // A list command accepts only `OutputFormat.list`; anything else prints the table.
        case .table, .text, .github, .mermaid, .html: writeTable(style: style, to: emit)
        }
    }

    /// The records `--format ndjson` writes one per line: the elements of a list's JSON array;
    /// of a JSON object (forecast, lost: totals beside the deals), its `deals`, the list's rows.
    public static func records(of json: JSONValue) -> [JSONValue] {
        switch json {
        case .array(let items): return items
        case .object(let members):
            if case .array(let deals)? = members.first(where: { $0.0 == "deals" })?.1 { return deals }
            return [json]
        default: return [json]
        }
    }

    public func render(_ format: OutputFormat, style: TextStyle) -> String {
        var text = ""
        write(format, style: style) { text += $0 }
        return text
    }

    /// The table, its first column (a deal id, a date: what a user copies into the next command)
    /// never cut to fit the terminal.
    public func writeTable(style: TextStyle, to emit: (String) -> Void) {
        let columns = header.indices.map {
            TextTable.Column(
                header: header[$0], alignment: rightAligned.contains($0) ? .right : .left,
                keepsWidth: $0 == 0)
        }
        TextTable(columns: columns, rows: rows).render(
            maxWidth: style.width, colorHeader: style.palette.bold, emit: emit)
    }
}
