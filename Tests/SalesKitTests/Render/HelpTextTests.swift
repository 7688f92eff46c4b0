import Testing

@testable import SalesKit

/// HelpText: help screens wrapped by display width; examples folded only between shell words.
@Suite struct HelpTextTests {
    @Test func proseWrapsByDisplayWidthAndNeverBeforeAClosingMark() {
        let text = "OVERVIEW: x\n\n" + String(repeating: "商談の一覧。", count: 10) + "\n\nUSAGE: salesctl deal"
        let lines = HelpText.wrap(text, width: 20).split(separator: "\n").map(String.init)
        for line in lines { #expect(displayWidth(line) <= 20, "\(line)") }
        for line in lines { #expect(!line.hasPrefix("。"), "\(line)") }
        #expect(lines.joined().contains(String(repeating: "商談の一覧。", count: 10)))
    }

    /// A closing mark right after a word (`-m、`) takes the word along to the next line.
    @Test func aClosingMarkAfterAWordTakesTheWordAlong() {
        let text = "OVERVIEW: x\n\n本文は -m、--file から取る。\n\nUSAGE: salesctl deal"
        let lines = HelpText.wrap(text, width: 9).split(separator: "\n").map(String.init)
        #expect(lines.contains("本文は"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("-m、") }, "\(lines)")
        for line in lines { #expect(!line.hasPrefix("、"), "\(line)") }
    }

    /// An opening mark is not left at the end of a line: it goes on with what it opens.
    @Test func anOpeningMarkGoesOnWithWhatItOpens() {
        let text = "OVERVIEW: x\n\n以前会った人 (その顧客の商談)。\n\nUSAGE: salesctl deal"
        let lines = HelpText.wrap(text, width: 14).split(separator: "\n").map(String.init)
        #expect(lines.contains("以前会った人"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("(その") }, "\(lines)")
        for line in lines { #expect(!line.hasSuffix("("), "\(line)") }
    }

    @Test func optionHelpContinuesUnderItself() {
        let line =
            "  --key-person <PERSON>   "
            + "\"name,title,department,role,stance\" (role D/A/I; stance word or ○△−▽×). Repeatable."
        let wrapped = HelpText.wrap("OPTIONS:\n" + line, width: 66).split(separator: "\n").map(String.init)
        #expect(wrapped[1].hasPrefix("  --key-person <PERSON>   \"name,title"))
        for continuation in wrapped.dropFirst(2) {
            #expect(
                continuation.hasPrefix(String(repeating: " ", count: 26))
                    && !continuation.hasPrefix(String(repeating: " ", count: 27)))
        }
        for line in wrapped { #expect(displayWidth(line) <= 66) }
    }

    @Test func examplesAreFoldedOnlyBetweenShellWords() {
        let example = #"  salesctl stale list --format json | jq -r '.[] | "\(.owner)\t\(.deal)"' # 担当者ごとの一覧"#
        let folded = HelpText.foldExample(example, width: 50)
        #expect(
            folded == [
                "  salesctl stale list --format json | jq \\",
                #"    -r '.[] | "\(.owner)\t\(.deal)"' \"#,
                "    # 担当者ごとの一覧"
            ])
        #expect(HelpText.foldExample("  salesctl deal list", width: 50) == ["  salesctl deal list"])
    }

    @Test func examplesThatFitAreLeftAlone() {
        let text = "OVERVIEW: x\n\nExamples:\n  salesctl deal new acme --title \"基幹システム刷新\"\n\nUSAGE: salesctl"
        #expect(HelpText.wrap(text, width: 80) == text)
    }
}
