/// Help texts (CommandHelp, in English and Japanese): see Help/CommandHelp.swift.
extension CommandHelp {
    static let stale = CommandHelp(
        en: "Deals nobody has contacted for too long (未接触のお客様リスト).",
        ja: "長く接触していない商談 (未接触のお客様リスト)",
        """
        The manager's weekly list: open deals whose newest activity report is older than the stage's stale_days \
        (else salesctl.yaml's stale_days), with energy, quality, homework and suggestions for re-contacting the \
        customer. See docs/METHOD.md, "Stale deals".
        """,
        """
        マネージャーの週次リスト: いちばん新しい活動報告がステージの stale_days (なけれ\
        ば salesctl.yaml の stale_days) より古い進行中の商談を、エネルギー、クオリティ、宿題、顧客に再接触す\
        るための提案とともに示す。docs/METHOD.md の "Stale deals" 参照。
        """,
        examples: """
              salesctl stale list --today 2026-11-20
              salesctl stale list --suggest --format markdown > stale.md
            """)

    static let staleList = CommandHelp(
        en: "List open deals whose last contact is older than a threshold, with energy and quality.",
        ja: "最終接触が古い進行中の商談を一覧表示 (エネルギー、クオリティ付き)",
        """
        The last contact is the date of the deal's newest activity report (a deal without reports counts from \
        its creation date). A deal is stale when more days than the threshold have passed by --as-of: exactly N \
        days is not stale, N+1 is. The threshold is --days, else the stage's stale_days in salesctl.yaml, else \
        stale_days (30). Editing the deal or planning a next step does not reset it; only a report does.

        Columns: last contact, days since, threshold, energy total and 12-week trend, quality score, open \
        homework (overdue), and the last report's next step. The table is grouped by owner. --suggest adds a \
        concrete next action per deal, with the fact behind it. --exit-code exits 1 when the list is not empty, \
        for cron scripts.
        """,
        """
        最終接触は商談のいちばん新しい活動報告の日付 (活動報告のない商談は作成日から数える)。--as-of の時点\
        で基準の日数を超えて経っていれば未接触: ちょうど N 日なら未接触ではなく、N+1 日なら未接触。基準\
        は --days、なければ salesctl.yaml のステージの stale_days、それもなければ stale_days (30)。商談の編\
        集や次のステップの計画ではリセットされず、リセットするのは活動報告だけ。

        列: 最終接触、経過日数、基準、エネルギーの合計と 12 週の推移、クオリティのスコア、未完了の宿題 (期限\
        切れ)、最後の活動報告の次のステップ。表は担当者ごとにまとめる。--suggest は商談ごとに具体的な次のア\
        クションを、その根拠となる事実とともに加える。--exit-code はリストが空でなければ 1 で終わる (cron ス\
        クリプト用)。
        """,
        examples: """
              salesctl stale list --today 2026-11-20
              salesctl stale list --as-of 2026-11-20 --suggest --owner "鈴木 大輔"
              salesctl stale list --days 14 --sort amount --format markdown > stale.md
              salesctl stale list --format json | jq -r '.[] | "\\(.owner)\\t\\(.deal)\\t\\(.days_since)"'
              salesctl stale list --exit-code --format csv > stale.csv || mail -s "stale deals" team < stale.csv
              salesctl stale list -q --stage 決定 | xargs -n1 salesctl energy score --explain
            """)

    static let review = CommandHelp(
        en:
            "The manager's weekly review: pipeline, forecast and results, movement, deals that need action, energy, quality, losses, activity.",
        ja: "マネージャー向けの週次レビュー: パイプライン、実績、要対応の商談など",
        """
        One review of the window --since to --until (default: the 7 days up to today), as of --until: the \
        pipeline by stage as a funnel, the forecast and the deals won by month against the targets of \
        salesctl.yaml and the results of the quarter and the year, the pipeline's movement in the window, stale \
        deals with suggestions, open deals with no next action or an overdue one, overdue homework, the energy \
        of each open deal (12-week trend, breadth, the biggest falls), quality scores and the indicators that \
        got worse in the window, the deals lost or dropped in the window with their reasons, and the activity \
        reports per rep, kind and week. Its numbers are those of forecast, results, pipeline changes, stale \
        list, energy score and quality check for the same dates. Titles follow the store's language. See \
        docs/REVIEW.md.

        --format html writes one self-contained page (inline CSS and SVG charts, each beside its table; no \
        script, nothing fetched; prints on A4). markdown is for a mail or a chat; text draws bars in block \
        characters fitted to the terminal. Without --format, --out FILE picks the format by its extension \
        (.html/.htm, .md), else text. --out writes the file atomically; without it the review goes to stdout. \
        Long tables and the charts of every deal show their first --rows rows (default 25) and name the \
        command that lists the rest.
        """,
        """
        --since から --until まで (既定は今日までの 7 日間) の期間を、--until の時点でまとめたレビュー: ステ\
        ージ別のパイプライン (ファネル)、月別のフォーキャストと受注を salesctl.yaml の目標と比べたもの、四半\
        期と年の実績、期間中のパイプラインの動き、提案付きの未接触の商談、次のアクションがない・期限切れの進\
        行中の商談、期限切れの宿題、進行中の商談ごとのエネルギー (12 週の推移、広がり、落ち込みの大きいもの)\
        、クオリティのスコアと期間中に悪化した指標、期間中に失注・廃棄した商談とその理由、担当者・活動種別・\
        週ごとの活動報告。数字は同じ日付での forecast、results、pipeline changes、stale list、energy score、\
        quality check と同じ。見出しはストアの言語に従う。docs/REVIEW.md 参照。

        --format html は自己完結した 1 ページ (CSS と SVG のグラフを埋め込み、グラフの横に表。スクリプトなし\
        、外部から何も取得しない。A4 で印刷できる) を書く。markdown はメールやチャット向け、text は端末の幅\
        に合わせてブロック文字で棒グラフを描く。--format がなければ、--out FILE の拡張子 (.html/.htm、\
        .md) で形式を選び、それ以外は text。--out はファイルをアトミックに書く。なければ標準出力に出す。\
        長い表と商談ごとのグラフは先頭の --rows 行 (既定 25) だけを出し、残りを表示するコマンドを示す。
        """,
        examples: """
              salesctl review --today 2026-11-20
              salesctl review --format html --out review.html
              salesctl review --since 2026-11-01 --until 2026-11-30 --out november.md
              salesctl review --owner "田中 美咲" --format html --out tanaka.html
              salesctl review --format markdown | mail -s "weekly review" team@example.com
              salesctl review --rows 0 --format html --out everything.html
            """)

    static let importData = CommandHelp(
        en: "Import deals and activities from the CSV export of the CRM you leave.",
        ja: "乗り換え元 CRM の CSV エクスポートから商談と活動を取り込む",
        """
        Reads the standard export columns of Salesforce (Data Loader or report export), HubSpot and Pipedrive, \
        or any CSV with --from generic and a map file. Deals become deal files, activities become reports; a map \
        file (--map, YAML) translates stages, statuses, owners and activity types, and names columns. \
        docs/IMPORT.md describes the columns read and the map file.

        Safe to repeat: every record keeps 'source_id: <crm>:<record id>', and a record already in the store is \
        left alone. All or nothing: a row that cannot be imported is reported as file:line and nothing is \
        written, unless --skip-bad. The file may be UTF-8 (with or without a BOM), Shift_JIS (CP932, as Japanese \
        Excel saves) or UTF-16 with a BOM; quoted cells may span lines.
        """,
        """
        Salesforce (Data Loader またはレポートのエクスポート)、HubSpot、Pipedrive の標準のエクスポート列、ま\
        たは --from generic とマップファイルで任意の CSV を読む。商談は商談ファイルに、活動は活動報告になる\
        。マップファイル (--map、YAML) でステージ、状態、担当者、活動の種類を変換し、列名を指定する。読む列\
        とマップファイルは docs/IMPORT.md に説明がある。

        何度実行しても安全: どのレコードにも 'source_id: <crm>:<レコードID>' を残し、ストアにすでにあるレコ\
        ードはそのままにする。全部か無か: 取り込めない行は file:line で報告し、--skip-bad がなければ何も書か\
        ない。ファイルは UTF-8 (BOM の有無は問わない)、Shift_JIS (日本語版 Excel が保存する CP932)、BOM 付\
        き UTF-16 のいずれか。引用符で囲んだセルは複数行でもよい。
        """,
        examples: """
              salesctl import deals opportunities.csv --from salesforce --map sf-map.yaml --dry-run
              salesctl import deals opportunities.csv --from salesforce --map sf-map.yaml
              salesctl import activities tasks.csv --from salesforce --map sf-map.yaml --skip-bad
              salesctl import deals 商談.csv --from generic --map map.yaml --encoding shift_jis
            """)

    static let importDeals = CommandHelp(
        en: "Import deals (opportunities) as deal files.",
        ja: "商談 (オポチュニティ) を商談ファイルとして取り込む",
        """
        Reads: record id, name/title, account or company, owner, stage, status, amount, currency, close date, \
        created date, lead source. New deal ids are <prefix>-<record id> in lower case (sf-0065g00000abcde; the \
        map's id_prefix changes the prefix). Prints the path of every file written.
        """,
        """
        読む項目: レコード ID、名前・件名、取引先または会社、担当者、ステージ、状態、金額、通貨、完了予定日\
        、作成日、リードソース。新しい商談の ID は <prefix>-<レコードID> の小文字 (sf-0065g00000abcde。マッ\
        プの id_prefix で接頭辞を変えられる)。書いたファイルのパスをすべて表示する。
        """,
        examples: """
              salesctl import deals opportunities.csv --from salesforce --map sf-map.yaml --dry-run
              salesctl import deals deals.csv --from hubspot --map hs-map.yaml
            """)

    static let importActivities = CommandHelp(
        en: "Import activities (calls, meetings, mails, notes) as reports.",
        ja: "活動 (電話、打ち合わせ、メール、メモ) を活動報告として取り込む",
        """
        Reads: record id, date, type, subject, description, contacts, related deal, owner. The related deal is \
        found by the CRM id of an imported deal (import the deals first), else by a salesctl deal id, else by a \
        unique deal title. Subject and description become the report's body; contacts its attendees. An activity \
        dated after today (an open task) is a bad row. Prints the path of every report written.
        """,
        """
        読む項目: レコード ID、日付、種類、件名、説明、コンタクト、関連する商談、担当者。関連する商談は、取\
        り込んだ商談の CRM の ID (商談を先に取り込む)、なければ salesctl の商談 ID、なければ一意な商談の件名\
        で探す。件名と説明は活動報告の本文に、コンタクトは参加者になる。今日より後の日付の活動 (未完了のタス\
        ク) は不正な行。書いた活動報告のパスをすべて表示する。
        """,
        examples: """
              salesctl import activities tasks.csv --from salesforce --map sf-map.yaml --dry-run
              salesctl import activities activities.csv --from pipedrive --skip-bad
            """)

    static let export = CommandHelp(
        en: "Export the whole store as an SQLite database for BI tools and spreadsheets.",
        ja: "ストア全体を BI ツールや表計算向けの SQLite データベースに書き出す",
        """
        Writes normalised tables: deals, deal_members, events (the history of every deal) and event_fields, \
        key_persons, checklist, quality_judgements, next_actions, reports, attendees, signals, homework, plus \
        stages, kinds and meta. docs/EXPORT.md documents every column and has example queries. Dates are text \
        YYYY-MM-DD; amounts are whole numbers.

        The database is written to a temporary file beside FILE and renamed over it when complete. An existing \
        FILE is replaced only with --force. Files of the store that do not read are skipped with a warning, as \
        list commands skip them.
        """,
        """
        正規化した表を書く: deals、deal_members、events (すべての商談の履歴) と event_fields、key_persons、\
        checklist、quality_judgements、next_actions、reports、attendees、signals、homework、さらに stages、\
        kinds、meta。docs/EXPORT.md にすべての列の説明とクエリの例がある。日付は YYYY-MM-DD の文字列、金額は\
        整数。

        データベースは FILE の隣の一時ファイルに書き、書き終えたら FILE に名前を変えて置き換える。既存\
        の FILE を置き換えるのは --force のときだけ。ストアの読めないファイルは、一覧系のコマンドと同じく警\
        告を出して飛ばす。
        """,
        examples: """
              salesctl export --sqlite sales.db
              salesctl export --sqlite sales.db --force && sqlite3 sales.db \\
                "SELECT owner, count(*) FROM deals WHERE status = 'open' GROUP BY owner"
              salesctl -C examples/basic export --sqlite /tmp/basic.db --today 2026-11-20
            """)
}
