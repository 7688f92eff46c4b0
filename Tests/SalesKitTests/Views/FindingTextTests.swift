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

    /// Every problem and place libyaml 0.2's scanner, parser and reader write (`strings
    /// libyaml-0.so.2`, less the emitter's and the loader's, which salesctl does not use) has its
    /// Japanese: a `[yaml-syntax]` finding reads in Japanese whatever libyaml found.
    static let libyamlProblems = [
        "block sequence entries are not allowed in this context", "control characters are not allowed",
        "could not find expected ':'", "could not find expected directive name", "did not find URI escaped octet",
        "did not find expected '!'", "did not find expected ',' or ']'", "did not find expected ',' or '}'",
        "did not find expected '-' indicator", "did not find expected <document start>",
        "did not find expected <stream-start>", "did not find expected alphabetic or numeric character",
        "did not find expected comment or line break", "did not find expected digit or '.' character",
        "did not find expected hexdecimal number", "did not find expected key", "did not find expected node content",
        "did not find expected tag URI", "did not find expected version number", "did not find expected whitespace",
        "did not find expected whitespace or line break", "did not find the expected '>'",
        "found a tab character that violates indentation",
        "found a tab character where an indentation space is expected", "found an incorrect leading UTF-8 octet",
        "found an incorrect trailing UTF-8 octet", "found an indentation indicator equal to 0",
        "found character that cannot start any token", "found duplicate %TAG directive",
        "found duplicate %YAML directive", "found extremely long version number", "found incompatible YAML document",
        "found invalid Unicode character escape code", "found undefined alias", "found undefined tag handle",
        "found unexpected ':'", "found unexpected document indicator", "found unexpected end of stream",
        "found unexpected non-alphabetical character", "found unknown directive name", "found unknown escape character",
        "incomplete UTF-16 character", "incomplete UTF-16 surrogate pair", "incomplete UTF-8 octet sequence",
        "input error", "input is too long", "invalid Unicode character", "invalid leading UTF-8 octet",
        "invalid length of a UTF-8 sequence", "invalid trailing UTF-8 octet",
        "mapping keys are not allowed in this context", "mapping values are not allowed in this context",
        "unexpected low surrogate area", "syntax error"
    ]

    static let libyamlPlaces = [
        "while parsing a %TAG directive", "while parsing a block collection", "while parsing a block mapping",
        "while parsing a block node", "while parsing a flow mapping", "while parsing a flow node",
        "while parsing a flow sequence", "while parsing a node", "while parsing a quoted scalar",
        "while parsing a tag", "while parsing a tag directive", "while scanning a %TAG directive",
        "while scanning a %YAML directive", "while scanning a block scalar", "while scanning a directive",
        "while scanning a plain scalar", "while scanning a quoted scalar", "while scanning a simple key",
        "while scanning a tag", "while scanning a tag directive", "while scanning an alias",
        "while scanning an anchor", "while scanning for the next token"
    ]

    @Test(arguments: libyamlProblems)
    func everyLibyamlProblemIsJapanese(problem: String) {
        let japanese = FindingText.translate(problem, code: "yaml-syntax", in: .ja)
        #expect(FindingText.syntaxWords[problem] != nil && japanese != problem, "\(problem)")
        let placed = FindingText.translate(
            problem + " while parsing a block mapping (started at line 3, column 1)", code: "yaml-syntax", in: .ja)
        #expect(placed == "マッピングの読み取り中: " + japanese + "(3 行 1 列から)")
    }

    @Test(arguments: libyamlPlaces)
    func everyLibyamlPlaceIsJapanese(place: String) {
        let japanese = FindingText.translate("did not find expected key " + place, code: "yaml-syntax", in: .ja)
        #expect(FindingText.syntaxWords[place] != nil, "\(place)")
        #expect(japanese.hasSuffix(": キーが見つかりません") && !japanese.contains("while"), "\(japanese)")
    }

    /// A file that cannot be read or written: salesctl's reason and the system's words in it.
    @Test func ioReasons() {
        #expect(FindingText.ioReason("cannot write: no space left on device", in: .ja) == "書き込めません: ディスクに空きがありません")
        #expect(FindingText.ioReason("already exists", in: .ja) == "すでにあります")
        #expect(
            FindingText.ioReason("cannot open the database: unable to open database file", in: .ja)
                == "データベースを開けません: データベースファイルを開けません")
        #expect(FindingText.ioReason("permission denied", in: .ja) == "権限がありません")
        #expect(
            FindingText.ioReason("cannot lock: resource temporarily unavailable", in: .ja) == "ロックできません: 一時的に使えません")
        #expect(FindingText.ioReason("cannot write: something new", in: .ja) == "書き込めません: something new")
        #expect(
            FindingText.translate("is a symbolic link; salesctl does not follow links in a store", code: "io", in: .ja)
                == "シンボリックリンクです。salesctl はストアの中のリンクをたどりません")
        #expect(
            FindingText.ioReason("cannot write: no space left on device", in: .en)
                == "cannot write: no space left on device")
        #expect(
            Language.$scoped.withValue(.ja) {
                SalesError.io(path: "standard input", reason: "input/output error").message
            }
                == "salesctl: '標準入力': 入出力エラーです")
    }

    /// Every reason of the catalogue reads back in Japanese from its English text.
    @Test(arguments: Message.allCases.filter { $0.rawValue.hasPrefix("ior") || $0.rawValue.hasPrefix("errno") })
    func everyIOReasonIsFoundByItsEnglishText(message: Message) {
        let english = Message.table[message]?[.en] ?? ""
        let arguments = (0..<CatalogueTests.placeholders(english).count).map { "'x\($0)'" }
        #expect(FindingText.ioReason(message.text(arguments, in: .en), in: .ja) == message.text(arguments, in: .ja))
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
