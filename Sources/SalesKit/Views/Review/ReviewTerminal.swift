/// The review for a terminal: each section's chart in block characters, then its tables, all
/// fitted to `width` columns by display width (Japanese takes two columns a character).
public enum ReviewTerminal {
    /// The width used when the output is not a terminal (a pipe, a file).
    public static let defaultWidth = 80

    public static func render(_ review: Review, config: Config, width: Int?, palette: Palette = Palette(enabled: false))
        -> String
    {
        let columns = max(40, width ?? defaultWidth)
        var out =
            palette.bold(ReviewStrings.pageTitle) + "\n"
            + truncate(
                ReviewStrings.window(review.window) + " · " + ReviewStrings.owner(review.owner), toWidth: columns)
            + "\n"
        for section in ReviewStrings.Section.allCases {
            out += "\n" + palette.bold(section.heading) + "\n"
            let tables = review.tables(section, config: config)
            if tables.isEmpty {
                out += "  " + ReviewStrings.noData + "\n"
                continue
            }
            for chart in ReviewChart.charts(section, review: review, config: config) {
                out += "\n" + bars(chart, width: columns)
            }
            for table in tables { out += "\n" + render(table, width: width) }
        }
        return out
    }

    /// `  label  ██████▍ caption` per bar, every line at most `width` columns: labels padded to the
    /// widest (at most a third of the width), the bar gets what the caption leaves.
    public static func bars(_ chart: ReviewChart, width: Int) -> String {
        let labelWidth = min(width / 3, chart.bars.map { displayWidth($0.label) }.max() ?? 0)
        let captionWidth = min(width / 3, chart.bars.map { displayWidth($0.caption) }.max() ?? 0)
        let area = max(4, width - 2 - labelWidth - 1 - 1 - captionWidth)
        let top = chart.bars.map(\.value).max() ?? 0
        var out = "  " + truncate(chart.title, toWidth: width - 2) + "\n"
        for bar in chart.bars {
            let label = pad(truncate(bar.label, toWidth: labelWidth), toWidth: labelWidth, alignRight: false)
            let drawn = blockBar(bar.value, maximum: top, columns: area)
            let line =
                "  " + label + " " + pad(drawn, toWidth: area, alignRight: false) + " "
                + truncate(bar.caption, toWidth: captionWidth)
            out += trimmedRight(truncate(line, toWidth: width)) + "\n"
        }
        return out
    }

    /// A table cut to `width` (nil: as wide as it is). Cells of several lines (suggestions) go
    /// under their row as `→` lines, cut to the width too.
    static func render(_ table: ReviewTable, width: Int?) -> String {
        let keep = table.header.indices.filter { i in
            !table.rows.contains { if case .lines = $0[i] { true } else { false } }
        }
        let numeric = Set(
            keep.indices.filter { k in table.rows.contains { if case .number = $0[keep[k]] { true } else { false } } })
        let text = TextTable(
            columns: keep.indices.map { k in
                TextTable.Column(
                    header: table.header[keep[k]], alignment: numeric.contains(k) ? .right : .left, keepsWidth: k == 0)
            }, rows: table.rows.map { row in keep.map { row[$0].plain } }
        ).render(maxWidth: width)
        // TextTable leaves a table wider than the terminal when its columns cannot shrink
        // further; the review cuts such lines at the edge (the last columns go first).
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            width.map { truncate(String(line), toWidth: $0) } ?? String(line)
        }
        if lines.last == "" { lines.removeLast() }
        var out =
            table.caption.map { caption in "  " + (width.map { truncate(caption, toWidth: $0 - 2) } ?? caption) + "\n" }
            ?? ""
        out += (lines.first ?? "") + "\n"
        for (row, line) in zip(table.rows, lines.dropFirst()) {
            out += line + "\n"
            for cell in row {
                guard case .lines(let notes) = cell else { continue }
                for note in notes {
                    let arrow = "    → " + note
                    out += (width.map { truncate(arrow, toWidth: $0) } ?? arrow) + "\n"
                }
            }
        }
        return out
    }

    static func trimmedRight(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
