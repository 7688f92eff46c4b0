import Testing

@testable import SalesKit

/// `--format excel`: UTF-8 with a BOM, CRLF, formulas defused (OWASP), quoted like CSV.
@Suite struct ExcelCSVTests {
    @Test func bomCRLFAndTheSameQuotingAsCSV() {
        let text = Delimited.excel(header: ["id", "customer"], rows: [["a", "株式会社アクメ"], ["b", "x, \"y\"\nz"]])
        #expect(text == "\u{FEFF}id,customer\r\na,株式会社アクメ\r\nb,\"x, \"\"y\"\"\nz\"\r\n")
        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+81 3 1234", "'+81 3 1234"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("株式会社=", "株式会社="),
        ("12,000,000", "12,000,000"),
        ("", "")
    ])
    func formulasAreDefused(cell: String, expected: String) {
        #expect(Delimited.defused(cell) == expected)
    }

    @Test func aDefusedCellIsStillQuotedWhenItMustBe() {
        #expect(Delimited.excel(header: [], rows: [["=1,2"]]) == "\u{FEFF}\"'=1,2\"\r\n")
        #expect(Delimited.excel(header: [], rows: [["\r=1"]]) == "\u{FEFF}\"'\r=1\"\r\n")
    }

    @Test func plainCSVStaysPlain() {
        #expect(Delimited.csv(header: ["a"], rows: [["=1"]]) == "a\n=1\n")
    }
}
