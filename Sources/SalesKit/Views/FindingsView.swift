/// How `check` shows its findings on stdout: compiler-style lines for people (on a terminal the
/// place in bold and "error" in red), JSON, NDJSON, or GitHub workflow annotations
/// (`pathPrefix`: the store's directory in the work tree). The hints go to stderr (`hints`).
public enum FindingsView {
    public static func render(_ findings: [Finding], format: OutputFormat, palette: Palette, pathPrefix: String = "")
        -> String
    {
        switch format {
        case .json:
            return JSONValue.array(findings.map(\.json)).render()
        case .ndjson:
            return findings.map { $0.json.render(pretty: false) }.joined()
        case .github:
            return findings.map { GitHubAnnotation.line(for: $0, pathPrefix: pathPrefix) + "\n" }.joined()
        default:  // text
            return findings.map { finding in
                (palette.enabled
                    ? "\(palette.bold(finding.location)): \(palette.red("error")): [\(finding.code)] \(finding.localizedMessage)"
                    : finding.description) + "\n"
            }.joined()
        }
    }

    /// What to do, once per kind of finding that has a hint, in the order of the findings: a line
    /// each, without the `hint: ` people see before it.
    public static func hints(_ findings: [Finding]) -> [String] {
        var hinted = Set<String>()
        return Array(findings.filter { $0.hint != nil && hinted.insert($0.code).inserted }.compactMap(\.hint).joined())
    }
}
