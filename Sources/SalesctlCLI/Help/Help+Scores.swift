/// Help texts (CommandHelp, in English and Japanese): see Help/CommandHelp.swift.
extension CommandHelp {
    static let energy = CommandHelp(
        en: "Customer energy (ユーザエネルギー) from activity reports.",
        ja: "活動報告から見るユーザエネルギー",
        """
        Each activity report earns points for its kind, for each attendee's title and for each signal, as set in \
        salesctl.yaml (kinds, titles, signals). See docs/METHOD.md, "User energy".
        """,
        """
        活動報告ごとに、活動種別、参加者の役職、シグナルに応じたポイントが付く。配点は salesctl.yaml (kinds\
        、titles、signals) で決める。docs/METHOD.md の "User energy" 参照。
        """,
        examples: """
              salesctl energy score --today 2026-11-20
              salesctl energy score tokai-erp --explain
            """)

    static let energyScore = CommandHelp(
        en: "Score deals by customer energy: cumulative, breadth and continuity.",
        ja: "商談をユーザエネルギーで評価 (累積、広がり、継続性)",
        """
        Without ids: a ranking of open deals by total points, with breadth (people met, key persons met, \
        approval route), continuity (active weeks, longest gap) and the trend (points of the last 4 weeks vs the \
        4 before, and a 12-week sparkline). With ids: the three views per deal. --explain lists every report \
        with its points; the lines sum to the total.

        A report's points = kind + Σ attendees by title (most senior keyword first, else the default) + Σ \
        signals. Only reports up to --today (and from --since) count.
        """,
        """
        ID なし: 進行中の商談を合計ポイントで順位付けし、広がり (会った人数、会ったキーパーソン、承認ルート)\
        、継続性 (活動のあった週数、最長の空白) と推移 (直近 4 週とその前の 4 週のポイント、12 週のスパーク\
        ライン) を示す。ID あり: 商談ごとに 3 つの観点を示す。--explain はすべての活動報告をポイント付きで挙\
        げる。各行の合計が総計になる。

        活動報告のポイント = 活動種別 + Σ 参加者の役職 (役職の高いキーワードから、なければ既定値) + Σ シグナ\
        ル。数えるのは --today まで (と --since 以降) の活動報告だけ。
        """,
        examples: """
              salesctl energy score --today 2026-11-20
              salesctl energy score tokai-erp --explain --today 2026-11-20
              salesctl energy score kansai-logi tokai-erp --format json | jq '.[] | {deal, total, trend}'
              salesctl energy score --weeks 12 --format csv > energy.csv
              salesctl energy score -q | head -3 | xargs -n1 salesctl person map
            """)

    static let quality = CommandHelp(
        en: "Deal quality (商談クオリティ): yes/no indicators kept up to date by the manager.",
        ja: "商談クオリティ: マネージャーが最新に保つ yes/no の指標",
        """
        The indicators are in salesctl.yaml (quality: id, label, question, weight, good). Each judgement is a \
        'quality' event appended to the deal's history: the latest one is the current value, earlier ones stay \
        in the file and in git. See docs/METHOD.md, "Deal quality".
        """,
        """
        指標は salesctl.yaml (quality: id、label、question、weight、good) にある。判定のたびに商談の履歴\
        に 'quality' イベントを追加する: 最新のものが現在の値で、それより前のものもファイルと git に残る。\
        docs/METHOD.md の "Deal quality" 参照。
        """,
        examples: """
              salesctl quality show tokai-erp
              salesctl quality set tokai-erp empathy yes --note "山田部長が提案内容に賛同"
              salesctl quality check --min 60
            """)

    static let qualitySet = CommandHelp(
        en: "Record a judgement of one indicator: yes, no or unknown.",
        ja: "指標 1 つの判定を記録 (yes、no、unknown)",
        """
        Appends {date, by, event: quality, indicator, value, note} to the deal's history; no other line of the \
        file changes. The indicator may be typed by id or label.
        """,
        """
        商談の履歴に {date, by, event: quality, indicator, value, note} を追加する。ファイルのほかの行は変え\
        ない。指標は ID でもラベルでも指定できる。
        """,
        examples: """
              salesctl quality set tokai-erp champion no --note "推進者の山田部長が異動"
              salesctl quality set kansai-logi 強力な競合 yes --note "B社も比較対象" --date 2026-11-09
              salesctl quality set hokuriku-ec empathy unknown --by "佐藤 健"
            """)

    static let qualityShow = CommandHelp(
        en: "Show a deal's indicators: current value, date, who, note, and the changes over time.",
        ja: "商談の指標を表示 (現在の値、日付、判定者、メモ、変化の推移)",
        """
        One line per indicator of salesctl.yaml with its latest judgement, then the earlier judgements from the \
        deal's history, and the weighted score.
        """,
        """
        salesctl.yaml の指標ごとに 1 行で最新の判定を示し、続いて商談の履歴にあるそれ以前の判定と、重み付き\
        のスコアを示す。
        """,
        examples: """
              salesctl quality show tokai-erp --today 2026-11-20
              salesctl quality show kansai-logi --format json | jq '.indicators[] | {id, value, standing}'
            """)

    static let qualityCheck = CommandHelp(
        en: "Check open deals against the quality indicators; silent and exit 0 when all is well.",
        ja: "進行中の商談をクオリティ指標で点検 (問題なしなら無表示で 0 終了)",
        """
        For each open deal (or the deals named): the score (weighted share of good answers, 0-100), indicators \
        never answered or answered 'unknown' (listed together as unanswered: what the rep must find out), \
        indicators not reviewed for more than --review-days days, and indicators worse now than --review-days \
        ago. Only deals with findings are printed; the exit code is 1 when there is any (a score below --min, an \
        unanswered, overdue or worsened indicator, an open deal with no next action or an overdue one), else 0 \
        with no output: fit for a weekly script or CI.
        """,
        """
        進行中の商談 (または指定した商談) ごとに: スコア (良い回答の重み付き割合、0-100)、一度も回答されてい\
        ないか 'unknown' の指標 (未回答としてまとめる: 担当者が確かめるべきこと)、--review-days 日を超えて見\
        直していない指標、--review-days 日前より悪くなった指標。表示するのは問題のある商談だけ。何かあれ\
        ば (--min 未満のスコア、未回答・見直し切れ・悪化した指標、次のアクションがない・期限切れの進行中の商\
        談) 終了コードは 1、なければ何も表示せず 0: 週次のスクリプトや CI に向く。
        """,
        examples: """
              salesctl quality check --today 2026-11-20
              salesctl quality check --min 60 --owner "田中 美咲" --format json
              salesctl quality check --review-days 14 --stage 決定 || echo "quality needs attention"
            """)

    static let check = CommandHelp(
        en: "Validate every file of the store.",
        ja: "ストアのすべてのファイルを検証",
        """
        Reads salesctl.yaml, every deal and every report, and prints each problem as path:line:col: error: \
        [code] message. Prints nothing and exits 0 when the store is clean; exits 1 when anything was found. Run \
        it after a merge, in a pre-commit hook, or in CI.

        --format github prints GitHub Actions workflow annotations (::error \
        file=PATH,line=L,col=C,title=CODE::MESSAGE), with paths from the top of the git work tree, so each \
        finding shows on its line in a pull request.

        When the store is in a git clone whose merge driver is not set up, check says so once on stderr (not \
        under --format github: CI does not merge); 'salesctl git setup' fixes it.

        Codes: yaml-syntax, yaml-anchor, yaml-alias, yaml-tag, yaml-duplicate-key, yaml-key, yaml-depth, \
        yaml-multiple-documents, invalid-utf8, control-character, file-too-large, value-too-long, missing-field, \
        type, bad-date, bad-value, bad-id, id-mismatch, duplicate-id, duplicate-person, unknown-stage, \
        unknown-step, unknown-reason, unknown-indicator, unknown-deal, unknown-kind, unknown-signal, bad-name, \
        name-mismatch, future-date, no-front-matter, merge-conflict.

        A deal file with git conflict markers gives one merge-conflict finding at the first marker, with hints \
        on stderr (resolve it, or set up 'salesctl merge-driver'); its reports are not reported as of an unknown \
        deal.
        """,
        """
        salesctl.yaml、すべての商談、すべての活動報告を読み、問題ごと\
        に path:line:col: error: [code] message の形で表示する。ストアに問題がなければ何も表示せず 0 で終わ\
        る。何か見つかれば 1 で終わる。マージの後、pre-commit フック、CI で実行する。

        --format github は GitHub Actions のワークフローアノテーショ\
        ン (::error file=PATH,line=L,col=C,title=CODE::MESSAGE) を、git の作業ツリーの最上位からのパスで出力\
        する。プルリクエストで問題が該当行に表示される。

        ストアが git クローンの中にあってマージドライバーが未設定なら、check は標準エラーに一度そう伝え\
        る (--format github では伝えない: CI はマージしない)。'salesctl git setup' で直る。

        コード: yaml-\
        syntax, ya\
        ml-anchor,\
         yaml-alia\
        s, yaml-ta\
        g, yaml-du\
        plicate-ke\
        y, yaml-ke\
        y, yaml-de\
        pth, yaml-\
        multiple-d\
        ocuments, \
        invalid-ut\
        f8, contro\
        l-characte\
        r, file-to\
        o-large, v\
        alue-too-l\
        ong, missi\
        ng-field, \
        type, bad-\
        date, bad-\
        value, bad\
        -id, id-mi\
        smatch, du\
        plicate-id\
        , duplicat\
        e-person, \
        unknown-st\
        age, unkno\
        wn-step, u\
        nknown-rea\
        son, unkno\
        wn-indicat\
        or, unknow\
        n-deal, un\
        known-kind, unknown-signal, bad-name, name-mismatch, future-date, no-front-matter, merge-conflict。

        git のコンフリクトマーカーがある商談ファイルは、最初のマーカーの位置に merge-conflict の問題を 1 つ\
        出し、標準エラーにヒント (解決する、または 'salesctl merge-driver' を設定する) を出す。その商談の活\
        動報告を、不明な商談のものとしては報告しない。
        """,
        examples: """
              salesctl check
              salesctl -C examples/broken check --today 2026-11-20
              salesctl check --format json | jq -r '.[].code' | sort | uniq -c
              salesctl check --format github     # in a GitHub Actions step
            """,
        comments: ["# in a GitHub Actions step": "# GitHub Actions のステップで"])
}
