/// GitHub Actions workflow commands for findings (`check --format github`):
/// `::error file=deals/a.yaml,line=12,col=8,title=unknown-stage::stage 'foo' is not ...`.
/// Escaped as GitHub's toolkit does (actions/toolkit, core/src/command.ts): in the message
/// % CR LF become %25 %0D %0A; in property values also : and , become %3A %2C.
/// The message is the finding's in the current language (GitHub shows it to people); the file,
/// line, column and code (`title=`) are the same in every language.
public enum GitHubAnnotation {
    /// One annotation line (no newline). `pathPrefix` is the store's directory inside the git
    /// work tree ("" at its top): GitHub resolves `file=` from the top of the checkout.
    public static func line(for finding: Finding, pathPrefix: String = "") -> String {
        let path = pathPrefix.isEmpty ? finding.path : pathPrefix + "/" + finding.path
        var properties = ["file=" + escapeProperty(path)]
        if let line = finding.line { properties.append("line=\(line)") }
        if let column = finding.column { properties.append("col=\(column)") }
        properties.append("title=" + escapeProperty(finding.code))
        let command = finding.severity == .error ? "error" : "warning"
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(finding.localizedMessage))"
    }

    public static func escapeData(_ text: String) -> String {
        escape(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A")])
    }

    public static func escapeProperty(_ text: String) -> String {
        escape(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C")])
    }

    /// Scalar by scalar, so "\r\n" (one Character in Swift) becomes %0D%0A.
    private static func escape(_ text: String, _ table: [(Unicode.Scalar, String)]) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let replacement = table.first(where: { $0.0 == scalar })?.1 {
                out += replacement
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
