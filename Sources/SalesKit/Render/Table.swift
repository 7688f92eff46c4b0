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
        /// Never cut to fit the terminal: the ids a user copies into the next command.
        public var keepsWidth: Bool

        public init(header: String, alignment: Alignment = .left, maxWidth: Int? = nil, keepsWidth: Bool = false) {
            self.header = Message.heading(header)  // tables are for people: headings in their language
            self.alignment = alignment
            self.maxWidth = maxWidth
            self.keepsWidth = keepsWidth
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
        var out = ""
        render(maxWidth: maxWidth, colorHeader: colorHeader) { out += $0 }
        return out
    }

    /// The same text, handed to `emit` a piece at a time (about 64 KB each), so a 200k-row table
    /// can be written out without ever being one string.
    public func render(maxWidth: Int? = nil, colorHeader: ((String) -> String)? = nil, emit: (String) -> Void) {
        let headers = columns.map { oneLine($0.header) }
        // Each cell is measured once (a 7,000-row ranking has 85,000 cells), into one flat array:
        // a copy of a 200k-row body was 35 MB.
        let count = columns.count
        var cellWidths = [Int](repeating: 0, count: rows.count * count)
        for (r, row) in rows.enumerated() {
            for i in 0..<min(count, row.count) { cellWidths[r * count + i] = displayWidth(oneLine(row[i])) }
        }
        let headerWidths = headers.map(displayWidth)
        var widths = headerWidths
        for (k, width) in cellWidths.enumerated() where width > widths[k % count] { widths[k % count] = width }
        for i in columns.indices { widths[i] = max(min(widths[i], columns[i].maxWidth ?? widths[i]), headerWidths[i]) }
        if let maxWidth {
            let floors = headerWidths.map { max($0, 4) }
            var total = widths.reduce(2 * (widths.count - 1), +)
            while total > maxWidth {
                let shrinkable = columns.indices.filter {
                    columns[$0].alignment == .left && !columns[$0].keepsWidth && widths[$0] > floors[$0]
                }
                guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
                total -= 1
            }
        }

        var out = ""
        out.reserveCapacity(1 << 16 + 4096)
        appendLine(
            to: &out,
            headers.indices.map { i in
                (headerWidths[i], headers[i].isEmpty ? headers[i] : colorHeader?(headers[i]) ?? headers[i])
            }, widths)
        var cells: [(width: Int, shown: String)] = []
        cells.reserveCapacity(count)
        for (r, row) in rows.enumerated() {
            cells.removeAll(keepingCapacity: true)
            for i in 0..<count {
                let text = i < row.count ? oneLine(row[i]) : ""
                let width = cellWidths[r * count + i]
                if width <= widths[i] {
                    cells.append((width, text))
                } else {
                    let cut = truncate(text, toWidth: widths[i])
                    cells.append((displayWidth(cut), cut))
                }
            }
            appendLine(to: &out, cells, widths)
            if out.utf8.count >= 1 << 16 {
                emit(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if !out.isEmpty { emit(out) }
    }

    /// One line from cells measured as `width` (`shown` may be coloured), ending in "\n".
    private func appendLine(to out: inout String, _ cells: [(width: Int, shown: String)], _ widths: [Int]) {
        var pending = 0  // spaces owed before the next text: none are written at the end of a line
        for (i, cell) in cells.enumerated() {
            if i > 0 { pending += 2 }
            let fill = max(0, widths[i] - cell.width)
            if columns[i].alignment == .right { pending += fill }
            if !cell.shown.isEmpty {
                if pending > 0 { out += String(repeating: " ", count: pending) }
                pending = 0
                out += cell.shown
            }
            if columns[i].alignment == .left { pending += fill }
        }
        while out.utf8.last == UInt8(ascii: " ") { out.removeLast() }  // a cell's own trailing spaces
        out += "\n"
    }

    private func oneLine(_ s: String) -> String {
        guard hasControlCharacter(s) else { return s }
        return String(s.map { $0.unicodeScalars.first?.properties.generalCategory == .control ? " " : $0 })
    }
}

/// Whether `s` holds a C0 or C1 control character or DEL (general category Cc), read from its
/// UTF-8 bytes: C1 controls are C2 80 to C2 9F.
func hasControlCharacter(_ s: String) -> Bool {
    var afterC2 = false
    for byte in s.utf8 {
        if byte < 0x20 || byte == 0x7F || (afterC2 && byte < 0xA0) { return true }
        afterC2 = byte == 0xC2
    }
    return false
}
