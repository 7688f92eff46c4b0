import Foundation
import Testing

@testable import SalesKit

/// `check` as it prints: findings in every format, hints once per kind.
@Suite struct FindingsViewTests {
    static let today = ExamplesTests.today

    static func findings() -> [Finding] {
        [
            Finding(
                path: "deals/a.yaml", line: 3, column: 5, code: "unknown-stage",
                message: "stage 'x' is not in salesctl.yaml"),
            Finding(path: "deals/b.yaml", code: ConflictMarkers.code, message: "conflict markers"),
            Finding(path: "deals/c.yaml", code: ConflictMarkers.code, message: "conflict markers")
        ]
    }

    @Test func findingsInEveryFormatOfCheck() {
        let findings = Self.findings()
        Language.$scoped.withValue(.en) {
            let plain = FindingsView.render(findings, format: .text, palette: Palette(enabled: false))
            #expect(plain == findings.map { $0.description + "\n" }.joined())
            let coloured = FindingsView.render(findings, format: .text, palette: Palette(enabled: true))
            #expect(coloured.hasPrefix("\u{1b}[1mdeals/a.yaml:3:5\u{1b}[22m: \u{1b}[31merror"))
            let github = FindingsView.render(
                findings, format: .github, palette: Palette(enabled: false), pathPrefix: "crm")
            #expect(github.hasPrefix("::error file=crm/deals/a.yaml,line=3,col=5,title=unknown-stage::"))
            #expect(github.split(separator: "\n").count == 3)
            let ndjson = FindingsView.render(findings, format: .ndjson, palette: Palette(enabled: false))
            #expect(ndjson == findings.map { $0.json.render(pretty: false) }.joined())
            let json = FindingsView.render(findings, format: .json, palette: Palette(enabled: false))
            #expect(json == JSONValue.array(findings.map(\.json)).render())
            #expect(FindingsView.render([], format: .text, palette: Palette(enabled: false)).isEmpty)
        }
    }

    @Test func hintsOncePerKindOfFinding() {
        let hints = FindingsView.hints(Self.findings())
        #expect(hints == ConflictMarkers.hint)  // two conflict findings, one hint; none for the stage
        #expect(FindingsView.hints([]).isEmpty)
    }
}
