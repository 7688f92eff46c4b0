import Testing

@testable import SalesKit

/// The settings `init` writes for a Japanese team: every comment in Japanese, every setting as the
/// English template has it (issue 21: everything salesctl writes for people).
@Suite struct ConfigTemplateTests {
    @Test(arguments: QualityTemplate.allCases)
    func japaneseTemplatesHaveJapaneseCommentsAndTheSameSettings(template: QualityTemplate) throws {
        let ja = Config.withLanguage(.ja, template.configText)
        let en = Config.withLanguage(.en, template.configText)
        let japaneseLetter = { (line: Substring) in
            line.unicodeScalars.contains { (0x3041...0x9FFF).contains($0.value) }
        }
        for line in ja.split(separator: "\n") where line.hasPrefix("#") && line != "# ambiguous_width: 2" {
            #expect(japaneseLetter(line), "\(template): an English comment: \(line)")
        }
        let settings = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix("#") } }
        #expect(settings(ja) == settings(en).map { $0 == "language: en" ? "language: ja" : $0 })
        #expect(try Config.parse(Array(ja.utf8)).language == .ja)
        #expect(!en.contains("このチーム"), "English stays English")
    }
}
