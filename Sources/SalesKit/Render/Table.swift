/// The one plain-text table renderer: columns aligned by display width, so Japanese lines up.
///
/// Columns are separated by two spaces; no line has trailing spaces and every line ends in "\n".
/// Control characters in cells (newlines, tabs) are shown as spaces so a row stays one line.
/// Missing cells are empty and extra cells are ignored.
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public enum Alignment: Sendable { case left, right }
        public var header: String
        public var alignment: Alignment
        /// Cells wider than this are truncated with `…`; the header is always shown whole.
        public var maxWidth: Int?

        public init(header: String, alignment: Alignment = .left, maxWidth: Int? = nil) {
            self.header = header
            self.alignment = alignment
            self.maxWidth = maxWidth
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []

    public init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// When the table is wider than `maxWidth`, the widest left-aligned columns give up a column at
    /// a time (their cells truncated with `…`), never below their header's width or 4; if that is
    /// not enough the table is left wider. `colorHeader` wraps each header after its width is measured.
    public func render(maxWidth: Int? = nil, colorHeader: ((String) -> String)? = nil) -> String {
        let headers = columns.map { oneLine($0.header) }
        let body = rows.map { row in columns.indices.map { $0 < row.count ? oneLine(row[$0]) : "" } }

        var widths = columns.indices.map { i in
            let natural = body.reduce(displayWidth(headers[i])) { max($0, displayWidth($1[i])) }
            return max(min(natural, columns[i].maxWidth ?? natural), displayWidth(headers[i]))
        }
        if let maxWidth {
            let floors = headers.map { max(displayWidth($0), 4) }
            var total = widths.reduce(2 * (widths.count - 1), +)
            while total > maxWidth {
                let shrinkable = columns.indices.filter { columns[$0].alignment == .left && widths[$0] > floors[$0] }
                guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
                total -= 1
            }
        }

        var out = line(headers.map { ($0, $0.isEmpty ? $0 : colorHeader?($0) ?? $0) }, widths)
        for row in body {
            out += line(row.enumerated().map { i, cell in
                let cut = truncate(cell, toWidth: widths[i])
                return (cut, cut)
            }, widths)
        }
        return out
    }

    /// One line from (plain, shown) cell pairs: `plain` is measured, `shown` (maybe coloured) is printed.
    private func line(_ cells: [(plain: String, shown: String)], _ widths: [Int]) -> String {
        var text = ""
        for (i, cell) in cells.enumerated() {
            if i > 0 { text += "  " }
            let fill = String(repeating: " ", count: max(0, widths[i] - displayWidth(cell.plain)))
            text += columns[i].alignment == .right ? fill + cell.shown : cell.shown + fill
        }
        while text.last == " " { text.removeLast() }
        return text + "\n"
    }

    private func oneLine(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return s }
        return String(s.map { $0.unicodeScalars.first?.properties.generalCategory == .control ? " " : $0 })
    }
}
