/// The Japanese of option and argument help (OptionHelp), keyed by the English the commands declare.
extension OptionHelp {
    static let common: [String: String] = [
        "Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).":
            "DIR のストアを使う (既定: SALESCTL_DIR、なければ上にたどって最初の salesctl.yaml)。",
        "Take DATE as today (default: SALESCTL_TODAY, else the clock in the team's time zone).":
            "DATE を今日とみなす (既定: SALESCTL_TODAY、なければチームのタイムゾーンの時計)。",
        "Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.":
            "色付け: auto (端末のとき)、always、never。NO_COLOR があれば auto は色なし。",
        "Never page output (default: long output on a terminal goes through SALESCTL_PAGER, PAGER or less -FRX).":
            "ページャーを使わない (既定: 端末での長い出力は SALESCTL_PAGER、PAGER、less -FRX を通す)。",
        "Show the version.":
            "バージョンを表示する。",
        "Show help information.":
            "ヘルプを表示する。",
        "Output format: table, json, ndjson (one JSON record per line), csv, tsv, excel (CSV for spreadsheets) or markdown.":
            "出力形式: table、json、ndjson (1 行に JSON レコード 1 つ)、csv、tsv、excel (表計算ソフト向け CSV)、markdown。",
        "The deal id.":
            "商談 ID。",
        "Date of the event (default: today); an earlier date also records today as 'logged'.":
            "イベントの日付 (既定: 今日)。過去の日付なら今日を 'logged' にも記録する。",
        "What happened, in a few words (recorded in the history).":
            "起きたことを短く (履歴に記録する)。",
        "Who records it (default: SALESCTL_AUTHOR, else git user.name).":
            "記録する人 (既定: SALESCTL_AUTHOR、なければ git の user.name)。"
    ]

    static let tools: [String: String] = [
        "Where to create the store (default: the current directory).":
            "ストアを作る場所 (既定: 現在のディレクトリ)。",
        "Quality indicators template: pronavi, meddpicc or bant.":
            "クオリティ指標のテンプレート: pronavi、meddpicc、bant。",
        "The language salesctl speaks in this store: ja (the template's) or en.":
            "このストアで salesctl が使う言語: ja (テンプレートの言語) または en。",
        "The common ancestor's version (%O).":
            "共通の祖先の版 (%O)。",
        "Our version (%A); the result is written here.":
            "こちらの版 (%A)。結果はここに書く。",
        "Their version (%B).":
            "相手の版 (%B)。",
        "The file's path in the repository (%P), for messages.":
            "リポジトリ内のファイルのパス (%P)。メッセージ用。",
        "Also install a pre-commit hook that runs 'salesctl check'.":
            "'salesctl check' を実行する pre-commit フックも入れる。",
        "Replace merge.salesctl values that name another command.":
            "ほかのコマンドを指す merge.salesctl の値を置き換える。",
        "Output format: text, json, ndjson (one finding per line), or github (workflow annotations).":
            "出力形式: text、json、ndjson (1 行に問題 1 つ)、github (ワークフローアノテーション)。",
        "The CSV file exported from the CRM.":
            "CRM からエクスポートした CSV ファイル。",
        "The CRM that wrote the file: salesforce, hubspot, pipedrive or generic (columns from --map).":
            "ファイルを書いた CRM: salesforce、hubspot、pipedrive、generic (列は --map で指定)。",
        "A map file (YAML): stages, statuses, owners, types, columns, defaults.":
            "マップファイル (YAML): ステージ、状態、担当者、種類、列、既定値。",
        "Print the files that would be written; write nothing.":
            "書くはずのファイルを表示し、何も書かない。",
        "Import the good rows and report the bad ones as warnings (default: a bad row stops the import).":
            "正しい行を取り込み、不正な行は警告として報告する (既定: 不正な行があれば取り込まない)。",
        "The file's encoding: utf-8, shift_jis (cp932) or utf-16 (default: detected).":
            "ファイルの文字コード: utf-8、shift_jis (cp932)、utf-16 (既定: 自動判定)。",
        "Who imports (default: SALESCTL_AUTHOR, else git user.name).":
            "取り込む人 (既定: SALESCTL_AUTHOR、なければ git の user.name)。",
        "Write the SQLite database FILE.":
            "SQLite データベース FILE を書く。",
        "Replace FILE if it exists.":
            "FILE があれば置き換える。",
        "The shell: bash, zsh or fish.":
            "シェル: bash、zsh、fish。",
        "The directory to write the pages into (created when missing).":
            "ページを書くディレクトリ (なければ作る)。"
    ]
}
