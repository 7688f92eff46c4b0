/// How `feed` shows its entries: by day, a line an entry with its details under it, as text
/// for a terminal (`palette`: its colours) or Markdown; JSON and NDJSON from `FeedEntry.json`.
public enum FeedView {
    public static func render(_ entries: [FeedEntry], format: OutputFormat, palette: Palette) -> String {
        switch format {
        case .json: return JSONValue.array(entries.map(\.json)).render()
        case .ndjson: return entries.map { $0.json.render(pretty: false) }.joined()
        case .markdown: return markdown(entries)
        default: return text(entries, palette: palette)
        }
    }

    public static func text(_ entries: [FeedEntry], palette: Palette) -> String {
        guard !entries.isEmpty else { return "" }
        let width = entries.map { displayWidth($0.deal) }.max() ?? 0
        var out = ""
        var day: CalendarDate?
        for entry in entries {
            if entry.date != day {
                out += (day == nil ? "" : "\n") + palette.bold(entry.date.description) + "\n"
                day = entry.date
            }
            let marker = entry.kind == .report ? "●" : entry.kind == .event ? "*" : "!"
            var line = "  \(pad(entry.deal, toWidth: width, alignRight: false))  \(marker) \(entry.summary)"
            if let logged = entry.logged { line += Message.feedLogged.text(logged.description) }
            if let who = entry.who { line += palette.dim("  \(who)") }
            if let commit = entry.commit { line += palette.dim("  [\(commit.author) \(commit.shortHash)]") }
            out += line + "\n"
            let indent = String(repeating: " ", count: width + 6)
            for detail in entry.details { out += indent + detail + "\n" }
        }
        return out
    }

    public static func markdown(_ entries: [FeedEntry]) -> String {
        var out = ""
        var day: CalendarDate?
        for entry in entries {
            if entry.date != day {
                out += (day == nil ? "" : "\n") + "### \(entry.date)\n\n"
                day = entry.date
            }
            var line =
                "- **\(entry.deal)** \(entry.summary)"
                + (entry.logged.map { Message.feedLogged.text($0.description) } ?? "")
            if let who = entry.who { line += " — \(who)" }
            if let commit = entry.commit { line += Message.feedCommitted.text(commit.author, "`\(commit.shortHash)`") }
            out += line + "\n" + entry.details.map { "  - \($0)\n" }.joined()
        }
        return out
    }
}
