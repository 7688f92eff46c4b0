import SalesKit
import Testing

@testable import SalesctlCLI

/// One `OutputFormat`; the subset each command accepts is checked in one place.
@Suite struct FormatOptionTests {
    @Test func parseAcceptsOnlyTheAllowedFormats() {
        #expect(OutputFormat.parse("json", allowed: OutputFormat.textOrJSON) == .json)
        #expect(OutputFormat.parse("table", allowed: OutputFormat.textOrJSON) == nil)
        #expect(OutputFormat.parse("JSON", allowed: OutputFormat.textOrJSON) == nil)
        #expect(OutputFormat.parse("excel", allowed: OutputFormat.list) == .excel)
        #expect(OutputFormat.parse("text", allowed: OutputFormat.list) == nil)
    }

    /// What help, errors and completions list for each command, in this order.
    @Test func eachChoiceListsItsValuesInHelpOrder() {
        #expect(ListFormat.allValueStrings == ["table", "json", "ndjson", "csv", "tsv", "excel", "markdown"])
        #expect(TextOrJSON.allValueStrings == ["text", "json"])
        #expect(FeedFormat.allValueStrings == ["text", "json", "ndjson", "markdown"])
        #expect(CheckFormat.allValueStrings == ["text", "json", "ndjson", "github"])
        #expect(MapFormat.allValueStrings == ["table", "json", "markdown", "mermaid"])
        #expect(ReviewFormat.allValueStrings == ["html", "markdown", "text"])
        #expect(ListFormat.table.defaultValueDescription == "table")
    }

    @Test func aFormatOfAnotherCommandIsNotParsed() {
        #expect(ListFormat(argument: "html") == nil)
        #expect(MapFormat(argument: "mermaid")?.value == .mermaid)
        #expect(TextOrJSON(argument: "markdown") == nil)
        #expect(ListFormat(argument: "markdown")?.isForPeople == true)
    }
}
