import Testing

@testable import SalesKit

/// The CSV reader: RFC 4180 quoting, cells over lines, line numbers, limits, hostile input.
@Suite struct CSVReaderTests {
    static func parse(_ text: String, limits: CSVReader.Limits = CSVReader.Limits()) throws -> [CSVReader.Record] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBytes { try CSVReader.parse($0, path: "x.csv", limits: limits) }
    }

    @Test func quotedCellsSpanLinesAndKeepTheirLineNumbers() throws {
        let records = try Self.parse("a,b,c\r\n1,\"two\nlines\",\"say \"\"hi\"\"\"\r\n\r\n3,,\"\"\n")
        #expect(
            records == [
                CSVReader.Record(line: 1, cells: ["a", "b", "c"]),
                CSVReader.Record(line: 2, cells: ["1", "two\nlines", "say \"hi\""]),
                CSVReader.Record(line: 5, cells: ["3", "", ""])
            ])
    }

    @Test func delimitersInsideQuotesAndLenientQuotes() throws {
        #expect(try Self.parse("\"a,b\",c\"d,\"e\"f\n").map(\.cells) == [["a,b", "c\"d", "ef"]])
        #expect(try Self.parse("x\n,\n").map(\.cells) == [["x"], ["", ""]])
        #expect(try Self.parse("no newline at end").map(\.cells) == [["no newline at end"]])
        #expect(try Self.parse("").isEmpty)
    }

    @Test func anUnclosedQuoteIsAnErrorAtTheLineItOpened() throws {
        #expect(
            throws: SalesError.invalidFile(
                Finding(
                    path: "x.csv", line: 2, code: "csv-unclosed-quote",
                    message: "a quoted cell starts here and never ends (a missing '\"')"))
        ) {
            _ = try Self.parse("a,b\n1,\"never\nends,3\n4,5\n")
        }
    }

    @Test func aCellOverTheLimitIsABadRecordAndTheRestReads() throws {
        var limits = CSVReader.Limits()
        limits.maxCellBytes = 10
        let records = try Self.parse("a,b\n1,\"\(String(repeating: "x", count: 11))\"\n2,ok\n", limits: limits)
        #expect(records[1] == CSVReader.Record(line: 2, cells: [], problem: "cell 2 is longer than 10 bytes"))
        #expect(records[2] == CSVReader.Record(line: 3, cells: ["2", "ok"]))
    }

    @Test func tooManyColumnsAndTooManyRecords() throws {
        var limits = CSVReader.Limits()
        limits.maxColumns = 3
        #expect(try Self.parse("1,2,3,4\n", limits: limits)[0].problem == "the record has more than 3 cells")
        limits.maxRecords = 2
        #expect(
            throws: SalesError.invalidFile(
                Finding(
                    path: "x.csv", line: 3, code: "csv-too-many-records",
                    message: "the file has more than 2 records"))
        ) {
            _ = try Self.parse("a\nb\nc\n", limits: limits)
        }
    }

    @Test func nulBytesAndFormulasAreKeptAsText() throws {
        #expect(try Self.parse("a\u{0}b,=SUM(A1:A9)\n").map(\.cells) == [["a\u{0}b", "=SUM(A1:A9)"]])
    }

    @Test func aTenMegabyteCellIsRefusedWithoutHoldingIt() throws {
        let text = "id,body\n1,\"" + String(repeating: "あ", count: 3_500_000) + "\"\n2,short\n"
        let records = try Self.parse(text)
        #expect(records.count == 3)
        #expect(records[1].problem == "cell 2 is longer than 1048576 bytes")
        #expect(records[2].cells == ["2", "short"])
    }

    @Test func aHundredThousandRows() throws {
        var text = "id,title\n"
        for i in 0..<100_000 { text += "\(i),\"商談 \(i)\"\n" }
        let records = try Self.parse(text)
        #expect(records.count == 100_001)
        #expect(records.last == CSVReader.Record(line: 100_001, cells: ["99999", "商談 99999"]))
    }
}
