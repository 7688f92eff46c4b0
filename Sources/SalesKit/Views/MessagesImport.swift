/// `import`'s findings about the file it reads (CSV syntax, encodings, the header, a bad row's
/// reason) and about the map file. They are written in the current language when they are found:
/// an import's findings are printed once, never cached and never given to scripts as JSON.
extension Message {
    static let importTable: [Message: [Language: String]] = [
        // The CSV itself (CSVReader, ImportTable, TextDecoding)
        .impTooManyCells: [.en: "the record has more than {0} cells", .ja: "1 行のセルが {0} 個を超えています"],
        .impTooManyRecords: [.en: "the file has more than {0} records", .ja: "ファイルの行が {0} 行を超えています"],
        .impCellTooLong: [.en: "cell {0} is longer than {1} bytes", .ja: "{0} 番目のセルが {1} バイトを超えています"],
        .impUnclosedQuote: [
            .en: "a quoted cell starts here and never ends (a missing '\"')",
            .ja: "引用符で始まるセルがここから閉じられていません('\"' が足りません)"
        ],
        .impNoHeader: [.en: "the file has no header row", .ja: "ヘッダー行がありません"],
        .impBadHeader: [.en: "the header row cannot be read: {0}", .ja: "ヘッダー行が読めません: {0}"],
        .impMapColumnMissing: [
            .en: "the map file names column {0} for '{1}', but the header has no such column",
            .ja: "マップファイルは '{1}' の列を {0} としていますが、ヘッダーにその列がありません"
        ],
        .impNoColumn: [
            .en: "no column for '{0}': expected {1} in the header; name it under 'columns:' in a map file",
            .ja: "'{0}' の列がありません: ヘッダーに {1} が必要です。マップファイルの 'columns:' で列名を指定してください"
        ],
        .impOr: [.en: " or ", .ja: " か "],
        .impControl: [.en: "column {0} contains the control character {1}", .ja: "列 {0} に制御文字 {1} が入っています"],
        .impCellCount: [
            .en: "the row has {0} cells; the header has {1}", .ja: "この行のセルは {0} 個ですが、ヘッダーは {1} 個です"
        ],
        .impNotUTF8OrSJIS: [
            .en: "the file is neither UTF-8 nor Shift_JIS (CP932): byte 0x{0} is not valid in either",
            .ja: "ファイルが UTF-8 でも Shift_JIS (CP932) でもありません: バイト 0x{0} はどちらとしても読めません"
        ],
        .impInvalidByte: [.en: "invalid {0}: byte 0x{1}", .ja: "{0} として読めないバイト 0x{1} があります"],
        // A row that cannot be imported (Importer, DealImport, ActivityImport)
        .impNoRecordID: [.en: "no record id in column {0}", .ja: "列 {0} にレコード ID がありません"],
        .impRecordTwice: [.en: "record {0} is also on line {1}", .ja: "レコード {0} は {1} 行目にもあります"],
        .impNotDate: [
            .en: "{0} in column {1} is not a date (YYYY-MM-DD, YYYY/MM/DD; see date_order for 01/02/2026)",
            .ja: "列 {1} の {0} が日付として読めません(YYYY-MM-DD か YYYY/MM/DD。01/02/2026 のような形は date_order で指定します)"
        ],
        .impDateAfterToday: [.en: "date {0} is after today ({1})", .ja: "日付 {0} が今日({1})より後です"],
        .impColumnAfterToday: [.en: "{0} {1} is after today ({2})", .ja: "{0} の {1} が今日({2})より後です"],
        .impNoTitle: [.en: "no title in column {0}", .ja: "列 {0} に件名がありません"],
        .impNoCustomer: [.en: "no customer in column {0}", .ja: "列 {0} に顧客がありません"],
        .impUnknownStatus: [
            .en: "unknown status {0}; add it under 'statuses:' in the map file (open, won, lost, dropped, on-hold)",
            .ja: "状態 {0} がわかりません。マップファイルの 'statuses:' に加えてください(open, won, lost, dropped, on-hold)"
        ],
        .impUnknownStage: [
            .en: "unknown stage {0}; add it under 'stages:' in the map file (salesctl stages: {1})",
            .ja: "ステージ {0} がわかりません。マップファイルの 'stages:' に加えてください(salesctl のステージ: {1})"
        ],
        .impNotAmount: [.en: "amount {0} in column {1} is not a number", .ja: "列 {1} の金額 {0} が数値ではありません"],
        .impAmbiguousDeal: [
            .en: "deal {0} is ambiguous: {1} deals have that title", .ja: "商談 {0} を特定できません: その件名の商談が {1} 件あります"
        ],
        .impNoDeal: [
            .en: "no deal {0} (column {1}); import the deals first", .ja: "商談 {0} がありません(列 {1})。先に商談を取り込んでください"
        ],
        .impNoDate: [.en: "no date in column {0}", .ja: "列 {0} に日付がありません"],
        .impTypeNotKind: [
            .en: "the map file maps type {0} to {1}, which is not a kind of salesctl.yaml ({2})",
            .ja: "マップファイルは種類 {0} を {1} に読み替えていますが、{1} は salesctl.yaml の活動種別ではありません({2})"
        ],
        .impUnknownType: [
            .en: "unknown activity type {0}; add it under 'types:' in the map file (kinds: {1})",
            .ja: "活動の種類 {0} がわかりません。マップファイルの 'types:' に加えてください(活動種別: {1})"
        ],
        .impTextTooLong: [
            .en: "the text is {0} bytes; a report holds at most {1}",
            .ja: "本文が {0} バイトあります。活動報告に入るのは {1} バイトまでです"
        ],
        // The map file (ImportMap)
        .impUnknownSection: [.en: "unknown section {0}; valid: {1}", .ja: "セクション {0} は使えません。使えるもの: {1}"],
        .impUnknownSectionGuess: [
            .en: "unknown section {0} (did you mean {1}?); valid: {2}",
            .ja: "セクション {0} は使えません({1} のことですか?)。使えるもの: {2}"
        ],
        .impMapText: [.en: "'{0}' in '{1}' must be text, not {2}", .ja: "'{1}' の '{0}' は文字列で書いてください({2}になっています)"],
        .impNotAField: [
            .en: "{0} in '{1}' is not a field of this import; valid: {2}",
            .ja: "'{1}' の {0} はこの取り込みの項目ではありません。使えるもの: {2}"
        ],
        .impMapStatus: [.en: "status {0} for {1}; valid: {2}", .ja: "{1} の状態 {0} は使えません。使えるもの: {2}"],
        .impStageRuleKey: [
            .en: "{0} in a stage rule; valid: stage, status", .ja: "ステージの規則に {0} は書けません。使えるもの: stage, status"
        ],
        .impIDPrefix: [.en: "id_prefix {0} cannot start a deal id: {1}", .ja: "id_prefix {0} は商談 ID の始まりに使えません: {1}"]
    ]
}
