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
        var text = ""
        writeTable(header: header, rows: rows, rightAligned: rightAligned, palette: palette) { text += $0 }
        return text
    }
}

/// `render`, written to stdout as it is produced: a table of 200k rows is never one string.
func writeRendered(format: OutputFormat, header: [String], rows: [[String]], rightAligned: Set<Int>,
                   json: @autoclosure () -> JSONValue, palette: Palette) {
    guard format == .table else {
        return Output.write(render(format: format, header: header, rows: rows, rightAligned: rightAligned, json: json(), palette: palette))
    }
    writeTable(header: header, rows: rows, rightAligned: rightAligned, palette: palette) { Output.write($0) }
}

private func writeTable(header: [String], rows: [[String]], rightAligned: Set<Int>, palette: Palette, emit: (String) -> Void) {
    // The first column names the row (a deal id, a date): cut to fit a terminal, it is useless.
    let columns = header.indices.map {
        TextTable.Column(header: header[$0], alignment: rightAligned.contains($0) ? .right : .left, keepsWidth: $0 == 0)
    }
    TextTable(columns: columns, rows: rows).render(maxWidth: terminalWidth(), colorHeader: palette.bold, emit: emit)
}

/// The terminal's width when stdout is one; nil for pipes and files (never cut data there).
func terminalWidth() -> Int? {
    guard isatty(1) == 1 else { return nil }
    var size = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 { return Int(size.ws_col) }
    return nil
}

/// An amount as a table shows it (`12,000,000`) or as a script reads it (`12000000`).
func money(_ value: Int, forTable: Bool) -> String { forTable ? grouped(value) : String(value) }

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
