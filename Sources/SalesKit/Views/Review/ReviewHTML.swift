/// The review as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched
/// (a Content-Security-Policy forbids it), every piece of data escaped by `HTML` interpolation.
public enum ReviewHTML {
    public static func render(_ review: Review, config: Config) -> String {
        let sections = ReviewStrings.Section.allCases
        let title = "\(ReviewStrings.pageTitle) \(review.window.since) – \(review.window.until)"
        var page: HTML = """
            <!DOCTYPE html>
            <html lang="\(Language.current.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            \(ReviewCSS.style)
            </style>
            </head>
            <body>
            <header><h1>\(ReviewStrings.pageTitle)</h1>
            <p>\(ReviewStrings.window(review.window)) · \(ReviewStrings.owner(review.owner))</p></header>
            <nav><ol>\(sections.map { s -> HTML in "<li><a href=\"#\(s.rawValue)\">\(s.heading)</a></li>" })</ol></nav>
            <main>

            """
        for section in sections {
            page += "<section id=\"\(section.rawValue)\">\n<h2>\(section.heading)</h2>\n"
            page += body(section, review: review, config: config)
            page += "</section>\n"
        }
        page += "</main>\n<footer>salesctl review · \(review.window.until)</footer>\n</body>\n</html>\n"
        return page.markup
    }

    static func body(_ section: ReviewStrings.Section, review: Review, config: Config) -> HTML {
        let tables = review.tables(section, config: config)
        var note: String?
        switch section {
        case .pipeline: note = ReviewStrings.pipelineNote
        case .forecast: note = ReviewStrings.forecastNote
        case .movement: note = ReviewStrings.movementNote
        case .activity: note = ReviewStrings.activityNote(review.activity)
        default: break
        }
        var out: HTML = note.map { "<p class=\"note\">\($0)</p>\n" } ?? .empty
        guard !tables.isEmpty else { return out + "<p class=\"empty\">\(ReviewStrings.noData)</p>\n" }
        let charts = ReviewChart.charts(section, review: review, config: config).map { chart -> HTML in
            "<div class=\"chart\"><div class=\"chart-title\">\(chart.title)</div>\(svg(chart))</div>"
        }
        out += "<div class=\"pair\">"
        if !charts.isEmpty { out += "<figure>\(charts)</figure>" }
        out += "<div class=\"tables\">\(tables.map(table))</div></div>\n"
        return out
    }

    static func table(_ t: ReviewTable) -> HTML {
        let numeric = Set(
            t.rows.flatMap { row in row.indices.filter { if case .number = row[$0] { true } else { false } } })
        var out: HTML = "<table>"
        if let caption = t.caption { out += "<caption>\(caption)</caption>" }
        out +=
            "<thead><tr>\(t.header.indices.map { i -> HTML in numeric.contains(i) ? "<th class=\"num\">\(Message.heading(t.header[i]))</th>" : "<th>\(Message.heading(t.header[i]))</th>" })</tr></thead><tbody>\n"
        for row in t.rows {
            out += "<tr>\(row.map(cell))</tr>\n"
        }
        return out + "</tbody></table>"
    }

    static func cell(_ c: ReviewTable.Cell) -> HTML {
        switch c {
        // Short text stays on one line (names, ids, dates); longer text wraps.
        case .text(let s): displayWidth(s) <= 24 ? "<td class=\"nw\">\(s)</td>" : "<td>\(s)</td>"
        case .number(let s): "<td class=\"num\">\(s)</td>"
        case .spark(let values):
            "<td>\(SVGChart.sparkline(values, title: Message.reviewSparkTitle.text(values.map(String.init).joined(separator: " "))))</td>"
        case .lines(let lines): "<td><ul>\(lines.map { l -> HTML in "<li>\(l)</li>" })</ul></td>"
        }
    }

    static func svg(_ chart: ReviewChart) -> HTML {
        switch chart.style {
        case .funnel: SVGChart.funnel(chart.bars, title: chart.title)
        case .bars: SVGChart.bars(chart.bars, title: chart.title, width: 380)
        case .columns(let won, let targets):
            SVGChart.columns(
                chart.bars.indices.map { i in
                    SVGChart.Column(
                        label: chart.bars[i].label, base: won[i], value: chart.bars[i].value - won[i],
                        target: targets[i])
                }, title: chart.title)
        case .stacked(let segments, let series):
            SVGChart.stacked(zip(chart.bars, segments).map { ($0.label, $1) }, series: series, title: chart.title)
        }
    }
}
