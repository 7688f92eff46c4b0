import Foundation
import Testing

/// `--format excel` on the list commands: the CSV's header and cells, with a BOM, CRLF and
/// formulas defused; `--format csv` unchanged.
@Suite struct ExcelFormatTests {
    static let environment = ["SALESCTL_TODAY": "2026-11-20"]

    @Test(arguments: [
        ["deal", "list"], ["stale", "list"], ["homework", "list"], ["forecast"], ["lost"],
        ["energy", "score"], ["report", "list"], ["agenda"], ["quality", "check"],
        ["results", "--period", "2026"], ["pipeline", "changes", "--since", "2026-10-01"]
    ])
    func everyListCommandWritesExcelCSV(command: [String]) throws {
        let dir = try Harness.copyExample("basic")
        let csv = try Harness.run(command + ["--format", "csv"], in: dir, environment: Self.environment)
        let excel = try Harness.run(command + ["--format", "excel"], in: dir, environment: Self.environment)
        #expect(excel.status == csv.status, "\(command): \(excel.stderr)")
        #expect(excel.stdout.hasPrefix("\u{FEFF}"))
        #expect(!csv.stdout.hasPrefix("\u{FEFF}") && !csv.stdout.contains("\r\n"))
        // Same records as the CSV, apart from line ends and the ' before defused cells (-6 days late).
        let plain = { (text: String) in text.replacingOccurrences(of: "'", with: "") }
        #expect(
            plain(String(excel.stdout.dropFirst()).replacingOccurrences(of: "\r\n", with: "\n")) == plain(csv.stdout))
        #expect(excel.stdout.components(separatedBy: "\r\n").count == csv.stdout.components(separatedBy: "\n").count)
    }

    @Test func aFormulaInACustomersNameStaysText() throws {
        let dir = try Harness.copyExample("basic")
        let new = try Harness.run(
            [
                "deal", "new", "evil", "--title=-2+3", "--customer", "=HYPERLINK(\"http://x\",\"y\")",
                "--owner", "佐藤 健"
            ], in: dir, environment: Self.environment)
        #expect(new.status == 0, "\(new.stderr)")
        let excel = try Harness.run(["deal", "list", "--format", "excel"], in: dir, environment: Self.environment)
        let agenda = try Harness.run(["agenda", "--format", "excel"], in: dir, environment: Self.environment)
        #expect(agenda.stdout.contains(",'-6,kansai-logi,"))  // a negative number is defused too (OWASP)
        #expect(excel.stdout.contains("\r\nevil,'-2+3,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",佐藤 健,"))
        let csv = try Harness.run(["deal", "list", "--format", "csv"], in: dir, environment: Self.environment)
        #expect(csv.stdout.contains("\nevil,-2+3,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",佐藤 健,"))
    }
}
