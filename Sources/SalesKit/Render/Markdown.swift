/// A GitHub-flavoured Markdown table. Cells are padded by display width so the source lines up too;
/// `|` is escaped as `\|` and line breaks become `<br>`. `rightAligned` holds column indices.
public func markdownTable(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
    let header = header.map(Message.heading)  // for people: headings in their language
    let escape = { (cell: String) -> String in
        var out = ""
        var lastWasCR = false
        for scalar in cell.unicodeScalars {
            defer { lastWasCR = scalar == "\r" }
            switch scalar {
            case "|": out += "\\|"
            case "\r": out += "<br>"
            case "\n": if !lastWasCR { out += "<br>" }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
    let head = header.map(escape)
    let body = rows.map { row in head.indices.map { $0 < row.count ? escape(row[$0]) : "" } }
    let widths = head.indices.map { i in body.reduce(max(3, displayWidth(head[i]))) { max($0, displayWidth($1[i])) } }

    func line(_ cells: [String]) -> String {
        "| "
            + cells.enumerated().map { i, cell in
                pad(cell, toWidth: widths[i], alignRight: rightAligned.contains(i))
            }.joined(separator: " | ") + " |\n"
    }
    let rule = widths.indices.map { i in
        rightAligned.contains(i)
            ? String(repeating: "-", count: widths[i] - 1) + ":" : String(repeating: "-", count: widths[i])
    }
    return line(head) + line(rule) + body.map(line).joined()
}
