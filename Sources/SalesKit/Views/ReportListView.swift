/// How `report list` shows its rows (`ReportRows`): for scripts every column; in the table the
/// day a late entry was logged next to its date, and no `logged` column when nothing was late.
/// JSON (`Report.json`, with bodies) comes from the reports themselves.
public enum ReportListView {
    public static func list(_ rows: [[String]], format: OutputFormat) -> ListView {
        guard format == .table else { return ListView(header: ReportRows.header, rows: rows) }
        let header = ReportRows.header
        guard rows.contains(where: { !$0[ReportRows.logged].isEmpty }) else {
            return ListView(header: Array(header.prefix(6)), rows: rows.map { Array($0.prefix(6)) })
        }
        // People read the late entry next to its date.
        return ListView(
            header: ["date", "logged"] + header[1..<6], rows: rows.map { [$0[0], $0[6]] + $0[1..<6] })
    }

    /// The reports as JSON (and NDJSON, a report a line).
    public static func json(_ reports: [Report]) -> ListView {
        ListView(header: [], rows: [], json: { .array(reports.map(\.json)) })
    }
}
