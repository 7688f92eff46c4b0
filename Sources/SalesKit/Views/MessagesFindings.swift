/// The message part of findings from reading a file (YAML syntax, types, missing fields,
/// limits), looked up by their English text (`FindingText`): `fnd…` are the messages, `fw…`
/// the words that fill them, `yaml…` libyaml's own problems and the places it was reading.
extension Message {
    static let findingTable: [Message: [Language: String]] = [
        // The typed reading of nodes (NodeReader) and the model's own rules
        .fndMapping: [.en: "{0} must be a mapping of 'key: value' lines", .ja: "{0}は 'key: value' の行を並べたマッピングで書いてください"],
        .fndText: [.en: "'{0}' must be text, not {1}", .ja: "'{0}' は文字列で書いてください({1}になっています)"],
        .fndMissing: [.en: "{0} has no '{1}'", .ja: "{0}に '{1}' がありません"],
        .fndInteger: [
            .en: "'{0}' must be a whole number (like 1200000), not {1}",
            .ja: "'{0}' は 1200000 のような整数で書いてください({1} になっています)"
        ],
        .fndDate: [
            .en: "'{0}' must be a date YYYY-MM-DD, not {1}", .ja: "'{0}' は YYYY-MM-DD の日付で書いてください({1} になっています)"
        ],
        .fndBoolean: [.en: "'{0}' must be true or false", .ja: "'{0}' は true か false で書いてください"],
        .fndList: [.en: "'{0}' must be a list", .ja: "'{0}' はリストで書いてください"],
        .fndItems: [.en: "items of '{0}' must be text, not {1}", .ja: "'{0}' の項目は文字列で書いてください({1}になっています)"],
        .fndWonAt: [
            .en: "'{0}' is {1}, which is not a stage; valid: {2}", .ja: "'{0}' の {1} はステージではありません。使えるもの: {2}"
        ],
        .fndBadValue: [.en: "'{0}' is {1}; valid: {2}", .ja: "'{0}' の値 {1} は使えません。使えるもの: {2}"],
        .fndStepNoDone: [
            .en: "checklist step '{0}' has no 'done' date", .ja: "チェックリストのステップ '{0}' に完了日('done')がありません"
        ],
        .fndHistoryText: [.en: "'{0}' in a history event must be text", .ja: "履歴のイベントの '{0}' は文字列で書いてください"],
        .fndNoStages: [.en: "'stages' needs at least one stage", .ja: "'stages' にはステージが1つ以上必要です"],
        .fndTargetPeriod: [
            .en: "target period {0} must be a month (2026-11), a quarter (2026-Q4) or a year (2026)",
            .ja: "目標の期間 {0} は月(2026-11)、四半期(2026-Q4)、年(2026)のどれかで書いてください"
        ],
        .fndTargetNegative: [.en: "target amount must not be negative", .ja: "目標の金額はマイナスにできません"],
        .fndDealMapping: [.en: "a deal file is a mapping of fields", .ja: "商談ファイルは項目を並べたマッピングで書いてください"],
        .fndBadFileName: [.en: "file name is not a valid deal id: {0}", .ja: "ファイル名が商談IDとして使えません: {0}"],
        .fndConflict: [
            .en: "unresolved git merge conflict ({0} conflict{s0}); the deal is left out until it is resolved",
            .ja: "git のマージの衝突が解決されていません({0} か所)。解決するまでこの商談は使いません"
        ],
        // Reports
        .fndReportFence: [
            .en: "a report must start with '---' front matter and end it with '---'",
            .ja: "活動報告は '---' で始まるフロントマターで書き始め、'---' で閉じてください"
        ],
        .fndReportEmpty: [.en: "report front matter is empty", .ja: "活動報告のフロントマターが空です"],
        .fndReportUTF8: [.en: "invalid UTF-8 in the report body", .ja: "活動報告の本文に UTF-8 として読めないバイトがあります"],
        .fndReportControl: [
            .en: "the report body contains the control character {0}", .ja: "活動報告の本文に制御文字 {0} が入っています"
        ],
        .fndUnknownFieldReport: [
            .en: "unknown field {0}; a report file may set {1}", .ja: "項目 {0} は使えません。活動報告のファイルに書ける項目: {1}"
        ],
        .fndUnknownField: [.en: "unknown field {0}; valid: {1}", .ja: "項目 {0} は使えません。使えるもの: {1}"],
        .fndFuture: [.en: "date {0} is after today ({1})", .ja: "日付 {0} が今日({1})より後です"],
        .fndHomeworkBefore: [
            .en: "homework {0} is due {1}, before the report's date {2}", .ja: "宿題 {0} の期限 {1} が活動報告の日付 {2} より前です"
        ],
        // The reader's limits and refusals
        .fndFileSize: [.en: "file is {0} bytes; the limit is {1}", .ja: "ファイルが {0} バイトあります。上限は {1} バイトです"],
        .fndUTF8Byte: [.en: "invalid UTF-8 byte 0x{0}", .ja: "UTF-8 として読めないバイト 0x{0} があります"],
        .fndParser: [.en: "cannot initialise the YAML parser", .ja: "YAML パーサーを初期化できません"],
        .fndDocuments: [.en: "more than one YAML document", .ja: "YAML のドキュメントが2つ以上あります"],
        .fndAlias: [.en: "aliases (*name) are not allowed", .ja: "エイリアス(*name)は使えません"],
        .fndAnchor: [.en: "anchors (&name) are not allowed", .ja: "アンカー(&name)は使えません"],
        .fndTag: [.en: "tags (!tag) are not allowed", .ja: "タグ(!tag)は使えません"],
        .fndValueLong: [.en: "a value of {0} bytes; the limit is {1}", .ja: "値が {0} バイトあります。上限は {1} バイトです"],
        .fndControl: [.en: "a value contains the control character {0}", .ja: "値に制御文字 {0} が入っています"],
        .fndKey: [
            .en: "keys must be plain text, not a list or mapping", .ja: "キーはリストやマッピングではなく、ただの文字列で書いてください"
        ],
        .fndDepth: [.en: "nesting is deeper than {0} levels", .ja: "入れ子が {0} 段より深くなっています"],
        .fndDuplicate: [.en: "duplicate key {0}", .ja: "キー {0} が2回書かれています"],
        .synStartedAt: [.en: " (started at line {0}, column {1})", .ja: "({0} 行 {1} 列から)"],
        .synIn: [.en: "{0} {1}", .ja: "{1}: {0}"],
        .hintConflictResolve: [
            .en:
                "resolve the conflict: keep one side between the '<<<<<<<' and '>>>>>>>' lines, delete the marker lines, then run 'salesctl check'",
            .ja: "衝突を解決してください: '<<<<<<<' と '>>>>>>>' の行の間でどちらかを残し、区切りの行を消してから 'salesctl check' を実行します"
        ],
        .hintConflictDriver: [
            .en:
                "or let salesctl merge deal files (each clone, once; .gitattributes holds 'deals/*.yaml merge=salesctl'):",
            .ja: "または商談ファイルのマージを salesctl に任せます(各クローンで一度だけ。.gitattributes に 'deals/*.yaml merge=salesctl' があります):"
        ],
        .nameAuthor: [.en: "author", .ja: "報告者"],
        .nameMemberOf: [.en: "member of deal {0}", .ja: "商談 {0} のメンバー"],
        // Words that fill them
        .fwScalar: [.en: "a scalar", .ja: "単独の値"],
        .fwList: [.en: "a list", .ja: "リスト"],
        .fwMapping: [.en: "a mapping", .ja: "マッピング"],
        .fwDealFile: [.en: "a deal file", .ja: "商談ファイル"],
        .fwDeal: [.en: "deal", .ja: "商談"],
        .fwReport: [.en: "report", .ja: "活動報告"],
        .fwFrontMatter: [.en: "report front matter", .ja: "活動報告のフロントマター"],
        .fwTheFrontMatter: [.en: "the front matter", .ja: "フロントマター"],
        .fwAttendee: [.en: "an attendee", .ja: "出席者"],
        .fwAttendeeBare: [.en: "attendee", .ja: "出席者"],
        .fwHomeworkItem: [.en: "a homework item", .ja: "宿題の項目"],
        .fwHomework: [.en: "homework", .ja: "宿題"],
        .fwKeyPerson: [.en: "a key person", .ja: "キーパーソン"],
        .fwKeyPersonBare: [.en: "key person", .ja: "キーパーソン"],
        .fwChecklist: [.en: "'checklist'", .ja: "'checklist'"],
        .fwChecklistStep: [.en: "a checklist step", .ja: "チェックリストのステップ"],
        .fwChecklistStepNamed: [.en: "checklist step '{0}'", .ja: "チェックリストのステップ '{0}'"],
        .fwHistoryEvent: [.en: "a history event", .ja: "履歴のイベント"],
        .fwHistoryEventBare: [.en: "history event", .ja: "履歴のイベント"],
        .fwStage: [.en: "a stage", .ja: "ステージ"],
        .fwKind: [.en: "an activity kind", .ja: "活動種別"],
        .fwSignal: [.en: "a signal", .ja: "シグナル"],
        .fwIndicator: [.en: "a quality indicator", .ja: "クオリティ指標"],
        .fwReason: [.en: "a lost reason", .ja: "失注理由"],
        .fwTarget: [.en: "a target", .ja: "目標"],
        .fwTargetBare: [.en: "target", .ja: "目標"],
        .fwTitleRank: [.en: "a title rank", .ja: "役職の順位"],
        .fwStageRule: [.en: "stage rule {0}", .ja: "ステージの規則 {0}"],
        .fwIDEmpty: [.en: "it is empty", .ja: "空です"],
        .fwIDLong: [.en: "it is longer than 64 characters", .ja: "64文字を超えています"],
        .fwIDStart: [.en: "it must start with a lower-case letter or digit", .ja: "英小文字か数字で始めてください"],
        .fwIDChars: [
            .en: "use only lower-case letters a-z, digits and '-' (like acme-erp)",
            .ja: "英小文字 a-z、数字、'-' だけを使ってください(acme-erp のように)"
        ],
        .fwImportMap: [.en: "an import map", .ja: "取り込みのマップファイル"],
        // libyaml's problems, and where it was reading
        .yamlNoKey: [.en: "did not find expected key", .ja: "キーが見つかりません"],
        .yamlNoColon: [.en: "could not find expected ':'", .ja: "':' が見つかりません"],
        .yamlNoDash: [.en: "did not find expected '-' indicator", .ja: "'-' が見つかりません"],
        .yamlNoNode: [.en: "did not find expected node content", .ja: "値が見つかりません"],
        .yamlNoBracket: [.en: "did not find expected ',' or ']'", .ja: "',' か ']' が見つかりません"],
        .yamlNoBrace: [.en: "did not find expected ',' or '}'", .ja: "',' か '}' が見つかりません"],
        .yamlBadToken: [.en: "found character that cannot start any token", .ja: "値の始まりに使えない文字があります"],
        .yamlMappingValues: [
            .en: "mapping values are not allowed in this context", .ja: "ここには 'key: value' の値を書けません(': ' を引用符で囲んでください)"
        ],
        .yamlSequenceEntries: [
            .en: "block sequence entries are not allowed in this context", .ja: "ここにはリストの項目('- ')を書けません"
        ],
        .yamlEndOfStream: [.en: "found unexpected end of stream", .ja: "ファイルが途中で終わっています"],
        .yamlEscape: [.en: "found unknown escape character", .ja: "知らないエスケープ文字があります"],
        .yamlTab: [.en: "found a tab character that violates indentation", .ja: "インデントにタブ文字があります"],
        .yamlTabIndent: [
            .en: "found a tab character where an indentation space is expected", .ja: "インデントの空白の代わりにタブ文字があります"
        ],
        .yamlDocumentIndicator: [.en: "found unexpected document indicator", .ja: "途中にドキュメントの区切り('---' か '...')があります"],
        .yamlNoLineBreak: [.en: "did not find expected comment or line break", .ja: "コメントか改行があるべきところにありません"],
        .yamlControl: [.en: "control characters are not allowed", .ja: "制御文字は使えません"],
        .yamlBlockMapping: [.en: "while parsing a block mapping", .ja: "マッピングの読み取り中"],
        .yamlBlockCollection: [.en: "while parsing a block collection", .ja: "リストの読み取り中"],
        .yamlBlockNode: [.en: "while parsing a block node", .ja: "値の読み取り中"],
        .yamlFlowSequence: [.en: "while parsing a flow sequence", .ja: "[…] のリストの読み取り中"],
        .yamlFlowMapping: [.en: "while parsing a flow mapping", .ja: "{…} のマッピングの読み取り中"],
        .yamlFlowNode: [.en: "while parsing a flow node", .ja: "値の読み取り中"],
        .yamlSimpleKey: [.en: "while scanning a simple key", .ja: "キーの読み取り中"],
        .yamlNextToken: [.en: "while scanning for the next token", .ja: "次の値を探している途中"],
        .yamlQuotedScalar: [.en: "while scanning a quoted scalar", .ja: "引用符で囲んだ値の読み取り中"],
        .yamlParsingQuoted: [.en: "while parsing a quoted scalar", .ja: "引用符で囲んだ値の読み取り中"],
        .yamlPlainScalar: [.en: "while scanning a plain scalar", .ja: "値の読み取り中"],
        .yamlBlockScalar: [.en: "while scanning a block scalar", .ja: "ブロックの値(| や >)の読み取り中"],
        .yamlParsingNode: [.en: "while parsing a node", .ja: "値の読み取り中"],
        // The rest of libyaml's problems and places: directives, tags, encodings (rare in a deal file)
        .yamlDirectiveName: [.en: "could not find expected directive name", .ja: "ディレクティブの名前が見つかりません"],
        .yamlURIEscape: [.en: "did not find URI escaped octet", .ja: "URI のエスケープ(%xx)が見つかりません"],
        .yamlNoBang: [.en: "did not find expected '!'", .ja: "'!' が見つかりません"],
        .yamlNoDocumentStart: [.en: "did not find expected <document start>", .ja: "ドキュメントの始まり('---')が見つかりません"],
        .yamlNoStreamStart: [.en: "did not find expected <stream-start>", .ja: "ファイルの始まりが読めません"],
        .yamlAlphanumeric: [.en: "did not find expected alphabetic or numeric character", .ja: "英字か数字があるべきところにありません"],
        .yamlDigitOrDot: [.en: "did not find expected digit or '.' character", .ja: "数字か '.' があるべきところにありません"],
        .yamlHexNumber: [.en: "did not find expected hexdecimal number", .ja: "16 進数があるべきところにありません"],
        .yamlTagURI: [.en: "did not find expected tag URI", .ja: "タグの URI が見つかりません"],
        .yamlVersionNumber: [.en: "did not find expected version number", .ja: "バージョン番号が見つかりません"],
        .yamlWhitespace: [.en: "did not find expected whitespace", .ja: "空白があるべきところにありません"],
        .yamlWhitespaceOrBreak: [.en: "did not find expected whitespace or line break", .ja: "空白か改行があるべきところにありません"],
        .yamlNoAngle: [.en: "did not find the expected '>'", .ja: "'>' が見つかりません"],
        .yamlLeadingOctet: [.en: "found an incorrect leading UTF-8 octet", .ja: "UTF-8 の先頭バイトが正しくありません"],
        .yamlTrailingOctet: [.en: "found an incorrect trailing UTF-8 octet", .ja: "UTF-8 の後続バイトが正しくありません"],
        .yamlIndentZero: [.en: "found an indentation indicator equal to 0", .ja: "インデントの指定が 0 になっています"],
        .yamlDuplicateTag: [.en: "found duplicate %TAG directive", .ja: "%TAG ディレクティブが2回書かれています"],
        .yamlDuplicateYAML: [.en: "found duplicate %YAML directive", .ja: "%YAML ディレクティブが2回書かれています"],
        .yamlLongVersion: [.en: "found extremely long version number", .ja: "バージョン番号が長すぎます"],
        .yamlIncompatible: [.en: "found incompatible YAML document", .ja: "この版の YAML は読めません"],
        .yamlUnicodeEscape: [.en: "found invalid Unicode character escape code", .ja: "Unicode 文字のエスケープが正しくありません"],
        .yamlUndefinedHandle: [.en: "found undefined tag handle", .ja: "定義されていないタグハンドルがあります"],
        .yamlUnexpectedColon: [.en: "found unexpected ':'", .ja: "ここに ':' は書けません"],
        .yamlNonAlphabetical: [.en: "found unexpected non-alphabetical character", .ja: "英字でない文字があります"],
        .yamlUnknownDirective: [.en: "found unknown directive name", .ja: "知らないディレクティブがあります"],
        .yamlUTF16Character: [.en: "incomplete UTF-16 character", .ja: "UTF-16 の文字が途中で切れています"],
        .yamlUTF16Pair: [.en: "incomplete UTF-16 surrogate pair", .ja: "UTF-16 のサロゲートペアが途中で切れています"],
        .yamlUTF8Sequence: [.en: "incomplete UTF-8 octet sequence", .ja: "UTF-8 の文字が途中で切れています"],
        .yamlInputError: [.en: "input error", .ja: "読み込みに失敗しました"],
        .yamlTooLong: [.en: "input is too long", .ja: "入力が長すぎます"],
        .yamlInvalidCharacter: [.en: "invalid Unicode character", .ja: "使えない Unicode 文字があります"],
        .yamlInvalidLeading: [.en: "invalid leading UTF-8 octet", .ja: "UTF-8 の先頭バイトが正しくありません"],
        .yamlInvalidLength: [.en: "invalid length of a UTF-8 sequence", .ja: "UTF-8 の文字の長さが正しくありません"],
        .yamlInvalidTrailing: [.en: "invalid trailing UTF-8 octet", .ja: "UTF-8 の後続バイトが正しくありません"],
        .yamlMappingKeys: [.en: "mapping keys are not allowed in this context", .ja: "ここにはマッピングのキー('? ')を書けません"],
        .yamlLowSurrogate: [.en: "unexpected low surrogate area", .ja: "サロゲートペアの後半だけがあります"],
        .yamlUndefinedAlias: [.en: "found undefined alias", .ja: "定義されていないエイリアスがあります"],
        .yamlSyntaxError: [.en: "syntax error", .ja: "構文エラーです"],
        .yamlParsingTagDirective: [.en: "while parsing a %TAG directive", .ja: "%TAG ディレクティブの読み取り中"],
        .yamlParsingTag: [.en: "while parsing a tag", .ja: "タグの読み取り中"],
        .yamlParsingTagDirectiveBare: [.en: "while parsing a tag directive", .ja: "タグのディレクティブの読み取り中"],
        .yamlScanningTagDirective: [.en: "while scanning a %TAG directive", .ja: "%TAG ディレクティブの読み取り中"],
        .yamlScanningYAMLDirective: [.en: "while scanning a %YAML directive", .ja: "%YAML ディレクティブの読み取り中"],
        .yamlScanningDirective: [.en: "while scanning a directive", .ja: "ディレクティブの読み取り中"],
        .yamlScanningTag: [.en: "while scanning a tag", .ja: "タグの読み取り中"],
        .yamlScanningTagDirectiveBare: [.en: "while scanning a tag directive", .ja: "タグのディレクティブの読み取り中"],
        .yamlScanningAlias: [.en: "while scanning an alias", .ja: "エイリアスの読み取り中"],
        .yamlScanningAnchor: [.en: "while scanning an anchor", .ja: "アンカーの読み取り中"]
    ]
}
