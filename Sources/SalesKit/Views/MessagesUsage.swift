/// The errors the command line itself writes (a malformed option value, a mistyped command, a
/// refusal of the CLI's own): the flags are arguments (`{0}` is `--min`), so the catalogue, like
/// the rest of SalesKit, never names one.
extension Message {
    static let usageTable: [Message: [Language: String]] = [
        // swift-argument-parser's own first lines, looked up by their English text (FindingText)
        .argUnknownOptionGuess: [
            .en: "unknown option {0}. Did you mean {1}?", .ja: "オプション {0} はありません。{1} のことですか?"
        ],
        .argUnknownOption: [.en: "unknown option {0}", .ja: "オプション {0} はありません"],
        .argMissingArgument: [.en: "missing expected argument {0}", .ja: "引数 {0} がありません"],
        .argUnexpected: [.en: "unexpected argument {0}", .ja: "余分な引数 {0} があります"],
        .argUnexpectedMany: [.en: "{0} unexpected arguments: {1}", .ja: "余分な引数が {0} 個あります: {1}"],
        .argMissingValue: [.en: "missing value for {0}", .ja: "{0} の値がありません"],
        .argInvalidOneOf: [
            .en: "the value {0} is invalid for {1}. Please provide one of the following:",
            .ja: "{1} に {0} は使えません。次のどれかを指定してください:"
        ],
        .argInvalidList: [
            .en: "the value {0} is invalid for {1}. Please provide one of {2}.",
            .ja: "{1} に {0} は使えません。{2} のどれかを指定してください"
        ],
        .useHelpLine: [.en: "Help:  {0}  {1}", .ja: "説明:  {0}  {1}"],
        .useUsageLine: [.en: "Usage: {0}", .ja: "書式: {0}"],
        .useSeeHelp: [.en: "  See {0} for more information.", .ja: "  詳しくは {0} を見てください"],
        .useSeeSubcommandHelp: [.en: "  See {0} for detailed help.", .ja: "  サブコマンドの詳しい説明は {0} で見られます"],
        .argInvalidValue: [.en: "the value {0} is invalid for {1}: {2}", .ja: "{1} の値 {0} は使えません: {2}"],
        .argInvalid: [.en: "the value {0} is invalid for {1}", .ja: "{1} の値 {0} は使えません"],
        .useUnknownCommand: [.en: "unknown command {0}", .ja: "コマンド {0} はありません"],
        .useUnknownCommandGuess: [
            .en: "unknown command {0}; did you mean {1}?", .ja: "コマンド {0} はありません。{1} のことですか?"
        ],
        .useCommands: [.en: "commands: {0}", .ja: "コマンド: {0}"],
        .useNeedsDirectory: [.en: "{0} needs a directory", .ja: "{0} にはディレクトリを指定してください"],
        .useNotWholeNumber: [.en: "{0} is not a whole number", .ja: "{0} は整数ではありません"],
        .useBadEnvironment: [.en: "invalid {0} {1} (expected {2} or {3})", .ja: "{0} の値 {1} は使えません({2} か {3} です)"],
        .useBadEnvironmentDate: [
            .en: "invalid date {1} in {0} (expected YYYY-MM-DD)", .ja: "{0} の日付 {1} が読めません(YYYY-MM-DD の形で書いてください)"
        ],
        .useBetween: [
            .en: "{0} must be between {1} and {2}, not {3}", .ja: "{0} は {1} から {2} までで指定してください({3} は使えません)"
        ],
        .useNotNegative: [.en: "{0} must not be negative", .ja: "{0} はマイナスにできません"],
        .useAtLeast: [.en: "{0} must be at least {1}, not {2}", .ja: "{0} は {1} 以上で指定してください({2} は使えません)"],
        .useAfter: [.en: "{0} {1} is after {2} {3}", .ja: "{0} {1} が {2} {3} より後です"],
        .useActivityNoBy: [
            .en: "{0} counts per rep and week; it takes no {1} {2}", .ja: "{0} は担当者と週ごとに数えます。{1} {2} は付けられません"
        ],
        .useQuarterNotMonth: [
            .en: "{0} quarter needs a quarter or a year, not the month {1}",
            .ja: "{0} quarter には四半期か年を指定してください(月 {1} は使えません)"
        ],
        .useBadPeriod: [
            .en: "invalid period {0} for {1} (expected a month 2026-11, a quarter 2026-Q4 or a year 2026)",
            .ja: "{1} の期間 {0} が読めません(月 2026-11、四半期 2026-Q4、年 2026 のどれかの形で書いてください)"
        ],
        .useUnknownEncoding: [
            .en: "unknown encoding {0}; valid: utf-8, shift_jis (cp932), utf-16",
            .ja: "文字コード {0} は使えません。使えるもの: utf-8、shift_jis (cp932)、utf-16"
        ],
        .useBadRows: [
            .en:
                "{0} bad row{s0} in {1}; nothing imported\nhint: fix {3} (a map file translates values), or pass {2} to import the other rows",
            .ja: "{1} に読めない行が {0} 行あります。何も取り込んでいません\nhint: 直すか(値の読み替えはマップファイルで)、{2} を付けて残りの行を取り込んでください"
        ],
        .impDeals: [.en: "{0} deal{s0}", .ja: "商談 {0} 件"],
        .impReports: [.en: "{0} report{s0}", .ja: "活動報告 {0} 件"],
        .impAlready: [.en: ", {0} already imported", .ja: "(取り込み済み {0} 件)"],
        .impBadRows: [.en: ", {0} bad row{s0} skipped", .ja: "(読めない {0} 行は飛ばしました)"],
        .useSkipped: [.en: " (skipped)", .ja: "(飛ばしました)"],
        .useNothingToChange: [
            .en: "nothing to change; give at least one of {0}", .ja: "変更する項目がありません。{0} のどれかを指定してください"
        ],
        .useEitherOr: [.en: "use either {0} or {1}, not both", .ja: "{0} と {1} は一緒に使えません。どちらかにしてください"],
        .useNeedsOption: [.en: "{0} needs {1}", .ja: "{0} には {1} が必要です"],
        .useReportNeedsKind: [
            .en: "a report needs a kind: pass {0} KIND ({1})", .ja: "活動報告には種別が必要です: {0} KIND を付けてください({1})"
        ],
        .useNotUTF8: [.en: "{0} is not valid UTF-8", .ja: "{0} は UTF-8 として読めません"],
        .useDraftKept1: [
            .en: "a draft is kept from before ({0}); this one is {1}",
            .ja: "前回の下書きが残っています({0})。今回の下書きは {1} です"
        ],
        .useDraftsKept: [
            .en: "{0} drafts are kept from before ({1}); this one is {2}",
            .ja: "前回までの下書きが {0} 件残っています({1})。今回の下書きは {2} です"
        ],
        .useDraftNoFrontMatter: [
            .en: "{0} no longer starts with '---' front matter", .ja: "{0} が '---' のフロントマターで始まっていません"
        ],
        .useEmptyReport: [.en: "empty report; nothing written", .ja: "本文が空なので何も書いていません"],
        .useEmptyReportKept: [
            .en: "empty report; nothing written; your draft is kept in {0}",
            .ja: "本文が空なので何も書いていません。下書きは {0} に残してあります"
        ],
        .useEditorFailed: [
            .en: "the editor {0} failed; your draft is in {1}", .ja: "エディタ {0} が失敗しました。下書きは {1} にあります"
        ],
        .useDraftHelp: [
            .en:
                "write what happened above or below this comment, in Markdown. Edit\nthe front matter as needed. This comment is removed; an empty body aborts and writes nothing.",
            .ja: "このコメントの上か下に、あったことを Markdown で書いてください。\n必要ならフロントマターも直してください。このコメントは消されます。本文が空なら中止して何も書きません。"
        ],
        .useDraftKept: [.en: "your draft is kept in {0}", .ja: "下書きは {0} に残してあります"],
        .useFileExists: [
            .en: "{0} already exists\nhint: pass {1} to replace it", .ja: "{0} はすでにあります\nhint: 置き換えるには {1} を付けてください"
        ],
        .useIsDirectory: [.en: "{0} is a directory", .ja: "{0} はディレクトリです"],
        .useGitConflict: [
            .en: "git config {0} is {1}, not {2}; nothing changed\nhint: rerun with {3} to replace it",
            .ja: "git config {0} は {1} で、{2} ではありません。何も変更していません\nhint: 置き換えるには {3} を付けて実行し直してください"
        ],
        .useForeignHook: [
            .en:
                "{0} exists and was not written by salesctl; nothing changed\nhint: add 'salesctl check' to that hook yourself, or use the pre-commit framework (docs/GIT.md)",
            .ja:
                "{0} は salesctl が書いたものではありません。何も変更していません\nhint: そのフックに 'salesctl check' を自分で加えるか、pre-commit フレームワークを使ってください(docs/GIT.md)"
        ],
        .useGitConfigFailed: [.en: "git config {0} failed: {1}", .ja: "git config {0} に失敗しました: {1}"],
        .useNoGit: [.en: "cannot run git; is it installed?", .ja: "git を実行できません。インストールされていますか?"],
        .useNotInGit: [
            .en:
                "the store is not in a git work tree: {0}\nhint: run 'git init' in the store, or clone the team's repository, then 'salesctl git setup'",
            .ja:
                "ストアが git の作業ツリーの中にありません: {0}\nhint: ストアで 'git init' をするか、チームのリポジトリを clone してから 'salesctl git setup' を実行してください"
        ]
    ]
}
