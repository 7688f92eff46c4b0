/// Help texts (CommandHelp, in English and Japanese): see Help/CommandHelp.swift.
extension CommandHelp {
    static let report = CommandHelp(
        en: "Log customer contacts (activity reports) and read them.",
        ja: "顧客との接触 (活動報告) を記録して読む",
        """
        One report per customer contact: a Markdown file with YAML front matter under reports/YYYY/MM/. Reports \
        are written once and never rewritten by salesctl.
        """,
        """
        接触 1 回につき活動報告 1 つ: reports/YYYY/MM/ の下の、YAML のフロントマター付き Markdown ファイル。\
        活動報告は一度書いたら salesctl が書き換えることはない。
        """,
        examples: """
              salesctl report add --deal tokai-erp --kind visit --attendee "山田 太郎" -m "要件を確認"
              salesctl report list --deal tokai-erp
              salesctl report show 130bca
            """)

    static let reportAdd = CommandHelp(
        en: "Log a customer contact.",
        ja: "顧客との接触を記録",
        """
        Writes reports/YYYY/MM/<date>-<deal>-<random>.md and prints its path. The body comes from -m, from \
        --file (or --file - for standard input), or from your editor when standard input is a terminal (git's \
        editor order: GIT_EDITOR, core.editor, VISUAL, EDITOR, vi). Without a terminal and without a message the \
        report has no body.

        --attendee takes "name,title[,department]" and --homework "text[;for[;due]]"; the full-width ， and 、 are \
        commas and ； is a semicolon too. An attendee typed without a title takes the title and department last \
        known for them: a key person of the deal, or someone met at the same customer before (key persons and \
        attendees of any of its deals, the latest by date; names match exactly, then ignoring spaces and width, \
        then by a unique start). The title is written into the report. A warning follows on standard error when \
        a name still holds a separator, or an attendee has no title and matches nobody known. A homework item \
        due before the report's date is refused.

        A --file that starts with '---' front matter is read like a report: its fields are attendees, signals, \
        homework, next, kind and date; options given on the command line win; the body is what follows the front \
        matter. An unknown field or a bad value is refused with FILE:LINE:COLUMN and nothing is written.

        In the editor, salesctl's help comment (from '<!-- salesctl:' to its '-->') is removed; text above and \
        below it is the body. An empty body aborts and writes nothing; the draft stays in \
        .salesctl/REPORT_EDITMSG.md (then REPORT_EDITMSG-2.md, ...: a kept draft is never overwritten) and the \
        message says where. A report dated before today records 'logged: TODAY' too, so 'report list --since' \
        and 'feed' show the late entry.

        Kinds and signals may be typed by id or by their Japanese label (see salesctl.yaml). The author is \
        --author, else SALESCTL_AUTHOR, else git's user.name.
        """,
        """
        reports/YYYY/MM/<date>-<deal>-<random>.md を書き、そのパスを表示する。本文は -m、--file (--file - な\
        ら標準入力)、または標準入力が端末ならエディター (git と同じ順: GIT_EDITOR、core.editor、VISUAL、\
        EDITOR、vi) から取る。端末もメッセージもなければ本文なしの活動報告になる。

        --attendee は "名前,役職[,部署]"、--homework は "内容[;相手[;期限]]" の形。全角の「，」と「、」もカンマ、\
        「；」もセミコロンとして読む。役職なしの参加者には、その人の最新の役職と部署を補う: 商談のキーパーソ\
        ン、または同じ顧客で以前会った人 (その顧客のどの商談のキーパーソンと参加者でも、日付の新しいもの。名\
        前は完全一致、次に空白と全角半角を無視して、次に一意な先頭部分で照合)。役職は活動報告に書き込まれる\
        。名前に区切り文字が残っているときや、役職のない参加者が誰にも当てはまらないときは、標準エラーに警告\
        を出す。活動報告の日付より前が期限の宿題は拒否する。

        '---' のフロントマターで始まる --file は活動報告として読む: 項目は attendees、signals、homework、\
        next、kind、date。コマンドラインのオプションが優先し、本文はフロントマターの後ろ。不明な項目や不正な\
        値は FILE:LINE:COLUMN を示して拒否し、何も書かない。

        エディターでは salesctl のヘルプコメント ('<!-- salesctl:' から '-->' まで) を取り除き、その上下の文\
        章を本文にする。本文が空なら中止して何も書かない。下書きは .salesctl/REPORT_EDITMSG.md (次\
        は REPORT_EDITMSG-2.md、…: 残した下書きは上書きしない) に残り、メッセージがその場所を示す。今日より\
        前の日付の活動報告には 'logged: 今日' も記録するので、'report list --since' と 'feed' に後日入力とし\
        て出る。

        活動種別とシグナルは ID でも日本語のラベル (salesctl.yaml 参照) でも指定できる。作成者は --author、\
        なければ SALESCTL_AUTHOR、なければ git の user.name。
        """,
        examples: """
              salesctl report add --deal tokai-erp --kind visit \\
                --attendee "山田 浩二" --attendee "伊藤 花子,課長,経理部" \\
                --signal question --homework "見積書を送付;田中 美咲;2026-11-27" \\
                --next "12月第1週に提案" \\
                -m "基幹システムの刷新時期を確認。来期予算で検討中。"
              salesctl report add --deal tokai-erp --kind phone \\
                --next "役員会の結果を確認" --next-due 2026-12-04 \\
                -m "稟議は12月の役員会に上がる"
              echo "電話で導入時期を確認" | salesctl report add --deal kansai-logi \\
                --kind phone --file -
              salesctl report add --deal kansai-logi --kind 訪問  # opens the editor
              salesctl report add --deal tokai-erp --file visit.md  # front matter + body
            """,
        comments: ["# opens the editor": "# エディターで書く", "# front matter + body": "# フロントマターと本文"])

    static let reportList = CommandHelp(
        en: "List reports, oldest first.",
        ja: "活動報告を古い順に一覧表示",
        """
        One line per report: date, deal, kind, author, attendees and the file's path. Filters combine; --since \
        and --until include their dates. A report written later than the day of the contact (a late entry: \
        'logged' in its front matter) is listed when either date falls between them, so 'report list --since' \
        never misses one; the table then shows a logged column, and CSV, TSV and JSON always carry 'logged'. -q \
        prints only the paths, for xargs.
        """,
        """
        活動報告ごとに 1 行: 日付、商談、活動種別、作成者、参加者、ファイルのパス。絞り込みは組み合わせられ\
        、--since と --until はその日を含む。接触の日より後に書いた活動報告 (後日入力: フロントマター\
        に 'logged') は、どちらかの日付が範囲に入れば表示するので、'report list --since' で見落とすことはな\
        い。そのときは表に logged 列が出る。CSV、TSV、JSON には常に 'logged' が入る。-q はパスだけを表示す\
        る (xargs 用)。
        """,
        examples: """
              salesctl report list --deal kansai-logi
              salesctl report list --since 2026-11-01 --author "佐藤 健"
              salesctl report list --format json | jq -r '.[] | [.date, .deal, .kind] | @tsv'
            """)

    static let reportShow = CommandHelp(
        en: "Show one report.",
        ja: "活動報告を 1 件表示",
        """
        REPORT is a path, a file name, or a unique end of the file name (its random suffix).
        """,
        """
        REPORT はパス、ファイル名、またはファイル名の一意な末尾 (ランダムな接尾辞)。
        """,
        examples: """
              salesctl report show reports/2026/11/2026-11-19-kansai-logi-70dca6.md
              salesctl report show 70dca6
              salesctl report show 70dca6 --format json
            """)
}
