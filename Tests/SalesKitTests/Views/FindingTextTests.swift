import Testing

@testable import SalesKit

/// Findings keep their English message (the cache, JSON); people read it in their language.
@Suite struct FindingTextTests {
    /// Every finding message, written in English with sample arguments, reads back in Japanese
    /// with the same arguments: no pattern shadows another, and none is left untranslated.
    @Test(arguments: Message.allCases.filter { $0.rawValue.hasPrefix("fnd") })
    func everyFindingMessageIsFoundByItsEnglishText(message: Message) {
        let english = Message.table[message]?[.en] ?? ""
        let count = CatalogueTests.placeholders(english).count
        let arguments = (0..<count).map { "'x\($0)'" }
        let text = message.text(arguments, in: .en)
        let translated = FindingText.translate(text, code: "type", in: .ja)
        #expect(translated == message.text(arguments, in: .ja), "\(message): \(text) → \(translated)")
        #expect(translated != text)
        #expect(FindingText.translate(text, code: "type", in: .en) == text)
    }

    @Test func wordsInsideAMessageAreTranslatedToo() {
        #expect(
            FindingText.translate("'amount' must be text, not a list", code: "type", in: .ja)
                == "'amount' は文字列で書いてください(リストになっています)")
        #expect(FindingText.translate("deal has no 'title'", code: "missing-field", in: .ja) == "商談に 'title' がありません")
        #expect(
            FindingText.translate(
                "checklist step 'plan' must be a mapping of 'key: value' lines", code: "type", in: .ja)
                == "チェックリストのステップ 'plan'は 'key: value' の行を並べたマッピングで書いてください")
    }

    @Test func libyamlsProblemsAndPlaces() {
        #expect(
            FindingText.translate(
                "did not find expected key while parsing a block mapping (started at line 3, column 1)",
                code: "yaml-syntax", in: .ja) == "マッピングの読み取り中: キーが見つかりません(3 行 1 列から)")
        #expect(
            FindingText.translate("control characters are not allowed (U+001B ESC)", code: "yaml-syntax", in: .ja)
                == "制御文字は使えません(U+001B ESC)")
        // A problem the catalogue does not know stays as libyaml wrote it.
        let unknown = "found something new while scanning a plain scalar"
        #expect(FindingText.translate(unknown, code: "yaml-syntax", in: .ja) == "値の読み取り中: found something new")
        #expect(FindingText.translate("no pattern has this", code: "type", in: .ja) == "no pattern has this")
    }

    @Test func theFindingsLineKeepsItsPlaceAndCode() {
        let finding = Finding(
            path: "deals/a.yaml", line: 2, column: 1, code: "missing-field", message: "deal has no 'title'")
        #expect(
            Language.$scoped.withValue(.ja) { finding.description }
                == "deals/a.yaml:2:1: error: [missing-field] 商談に 'title' がありません")
        #expect(finding.description == "deals/a.yaml:2:1: error: [missing-field] deal has no 'title'")
    }

    @Test func theParsersOwnFirstLine() {
        #expect(
            FindingText.parserLine("unknown option '--reson'. Did you mean '--reason'?", in: .ja)
                == "オプション '--reson' はありません。'--reason' のことですか?")
        #expect(FindingText.parserLine("missing expected argument '<id>'", in: .ja) == "引数 '<id>' がありません")
        #expect(
            FindingText.parserLine(
                "the value 'foo' is invalid for '--by <by>'. Please provide one of 'month', 'quarter' or 'stage'.",
                in: .ja) == "'--by <by>' に 'foo' は使えません。'month'、'quarter'、'stage' のどれかを指定してください")
        #expect(
            FindingText.parserLine(
                "the value 'fr' is invalid for '--language <language>'. Please provide one of 'en' and 'ja'.", in: .ja)
                == "'--language <language>' に 'fr' は使えません。'en'、'ja' のどれかを指定してください")
        #expect(
            FindingText.parserLine("missing expected argument '<id>'", in: .en) == "missing expected argument '<id>'")
    }
}
