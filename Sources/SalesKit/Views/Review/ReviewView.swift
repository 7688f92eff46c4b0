/// The review in one of its formats: the self-contained HTML page, Markdown for a wiki or a
/// mail, or text for a terminal (`style`: its colours and width; `.plain` for a file).
public enum ReviewView {
    public static func render(_ review: Review, format: OutputFormat, config: Config, style: TextStyle) -> String {
        switch format {
        case .html: return ReviewHTML.render(review, config: config)
        case .markdown: return ReviewMarkdown.render(review, config: config)
        default:  // text
            return ReviewTerminal.render(review, config: config, width: style.width, palette: style.palette)
        }
    }
}
