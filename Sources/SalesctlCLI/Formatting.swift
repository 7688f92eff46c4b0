import SalesKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders a list in the chosen format: the one place tables, JSON and CSV/TSV are chosen.
func render(format: OutputFormat, header: [String], rows: [[String]], rightAligned: Set<Int>,
            json: @autoclosure () -> JSONValue, palette: Palette) -> String {
    switch format {
    case .json:
        return json().render()
    case .csv:
        return Delimited.csv(header: header, rows: rows)
    case .tsv:
        return Delimited.tsv(header: header, rows: rows)
    case .table:
        var columns: [TextTable.Column] = []
        for (i, title) in header.enumerated() {
            columns.append(TextTable.Column(header: title, alignment: rightAligned.contains(i) ? .right : .left))
        }
        let table = TextTable(columns: columns, rows: rows)
        let bold: ((String) -> String)? = palette.enabled ? { palette.bold($0) } : nil
        return table.render(maxWidth: terminalWidth(), colorHeader: bold)
    }
}

/// The terminal's width when stdout is one; nil for pipes and files (never cut data there).
func terminalWidth() -> Int? {
    guard isatty(1) == 1 else { return nil }
    var size = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 { return Int(size.ws_col) }
    return nil
}

/// `12,000,000` — amounts grouped by thousands for people; scripts get plain numbers in JSON/CSV.
func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return value < 0 ? "-" + out : out
}
