/// The review in Markdown, for a mail or a chat: the same tables as the page, sparklines as
/// `▁▂▃` text. Data is escaped so a renderer shows it as text (`\<script>`), never as markup.
public enum ReviewMarkdown {
    public static func render(_ review: Review, config: Config) -> String {
        var out =
            "# \(ReviewStrings.pageTitle)\n\n\(escapeMarkdown(ReviewStrings.window(review.window) + " · " + ReviewStrings.owner(review.owner)))\n"
        for section in ReviewStrings.Section.allCases {
            out += "\n## \(section.heading)\n\n"
            switch section {
            case .pipeline: out += ReviewStrings.pipelineNote + "\n\n"
            case .forecast: out += ReviewStrings.forecastNote + "\n\n"
            case .movement: out += ReviewStrings.movementNote + "\n\n"
            case .activity: out += ReviewStrings.activityNote(review.activity) + "\n\n"
            default: break
            }
            let tables = review.tables(section, config: config)
            if tables.isEmpty { out += "_\(ReviewStrings.noData)_\n" }
            for (i, table) in tables.enumerated() {
                if i > 0 { out += "\n" }
                if let caption = table.caption { out += "**\(escapeMarkdown(caption))**\n\n" }
                let numeric = Set(
                    table.rows.flatMap { row in row.indices.filter { if case .number = row[$0] { true } else { false } }
                    })
                out += markdownTable(
                    header: table.header.map(escapeMarkdown),
                    rows: table.rows.map { $0.map { escapeMarkdown($0.plain) } }, rightAligned: numeric)
            }
        }
        return out
    }
}

/// Text as Markdown shows it: the characters that start markup (`\ < > & * _ ` [ ]`) are
/// backslash-escaped (CommonMark), line breaks are left to the table (`<br>`).
public func escapeMarkdown(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
        if "\\<>&*_`[]".unicodeScalars.contains(scalar) { out += "\\" }
        out.unicodeScalars.append(scalar)
    }
    return out
}
