/// Help texts (CommandHelp, in English and Japanese): see Help/CommandHelp.swift.
extension CommandHelp {
    static let forecast = CommandHelp(
        en: "Forecast open deals (amount × stage probability, with the evidence) and deals won.",
        ja: "進行中の商談のフォーキャスト (金額 × ステージの確度、根拠付き) と受注",
        """
        Open deals, and deals won (deals on hold are left out until reopened). A won deal counts at its amount \
        in the month of the win (the date of its 'deal win'), shown as 'won' in the prob column; won deals are \
        listed when won within --from/--to, or since the start of today's quarter without --from. The weighted \
        pipeline holds open deals only. Weighted = amount × the probability of the deal's stage / 100, rounded \
        to the nearest unit (halves up); totals add the rounded values, per currency (JPY is never added to \
        USD). Evidence = checked steps / all steps of the deal's stage and the stages before it. Deals whose \
        expected close date is before today are flagged 'overdue'. --from/--to filter on the expected close date \
        (inclusive); deals without one are listed (in group '-') only without a range.

        The table shows the deals, then the totals per group and currency. CSV/TSV give the deal rows; JSON \
        gives deals, groups and totals.
        """,
        """
        進行中の商談と受注した商談 (保留中の商談は再開まで除く)。受注した商談は受注月 ('deal win' の日付) に\
        金額どおりに数え、prob 列に 'won' と示す。受注した商談は --from/--to の間に受注したもの、--from がな\
        ければ今日の四半期の初めから受注したものを挙げる。重み付きパイプラインは進行中の商談だけ。重み付\
        き = 金額 × 商談のステージの確度 / 100 を 1 単位に丸めたもの (半分は切り上げ)。合計は丸めた値を通貨\
        ごとに足す (JPY と USD は足さない)。根拠 = チェック済みのステップ数 / 商談のステージとそれより前のス\
        テージの全ステップ数。受注予定日が今日より前の商談には 'overdue' と示す。--from/--to は受注予定日で\
        絞り込む (その日を含む)。受注予定日のない商談は、範囲を指定しないときだけ (グループ '-' に) 出る。

        表は商談を示し、続いてグループと通貨ごとの合計を示す。CSV/TSV は商談の行、JSON は deals、groups、\
        totals。
        """,
        examples: """
              salesctl forecast
              salesctl forecast --by quarter --from 2026-10-01 --to 2027-03-31
              salesctl forecast --by owner --format csv > forecast.csv
              salesctl forecast --format json | jq '.deals[] | select(.overdue)'
              salesctl forecast -q --to 2026-12-31 | xargs -n1 salesctl deal show
            """)

    static let lost = CommandHelp(
        en: "Study lost and dropped deals: by reason, by stage reached, by owner.",
        ja: "失注・廃棄した商談を分析 (理由別、到達ステージ別、担当者別)",
        """
        負けに不思議の負けなし: every lost or dropped deal, with the reason, the stage it was in and the note recorded by \
        'deal lose' or 'deal drop'. Per group and currency: the number of deals, their amount, the mean days in \
        pipeline (created → closed, rounded to the nearest day) and the number of contacts (activity reports up \
        to the close). --since keeps deals closed on or after DATE. A deal lost and then reopened still counts \
        where it was lost, marked reopened (with the date); a deal lost twice counts twice.

        The table shows the groups, then the deals with their notes. CSV/TSV give the deal rows; JSON gives \
        groups and deals.
        """,
        """
        負けに不思議の負けなし: 失注・廃棄したすべての商談を、理由、そのときのステージ、\
        'deal lose' や 'deal drop' で記録したメモとともに示す。グループと通貨ごとに: 商談数、金額、パイプラ\
        インにいた平均日数 (作成 → 終了、日単位に丸める)、接触回数 (終了までの活動報告)。--since は DATE 以\
        降に終了した商談に絞る。失注後に再開した商談も失注した場所で数え、再開 (日付付き) と示す。2 回失注し\
        た商談は 2 回数える。

        表はグループを示し、続いて商談をメモとともに示す。CSV/TSV は商談の行、JSON は groups と deals。
        """,
        examples: """
              salesctl lost
              salesctl lost --by stage --since 2026-04-01
              salesctl lost --format json | jq '.deals[] | {id, reason, note}'
            """)

    static let results = CommandHelp(
        en: "Results against targets: won, lost, win rate, target and pipeline; or activity per rep.",
        ja: "目標に対する実績 (受注、失注、勝率、パイプライン) または担当者別の活動",
        """
        What was won in the period (default: today's quarter), per currency: won deals and amount (a win counts \
        at the amount 'deal win' recorded, in the month of the win, while the deal stays won), lost deals (a \
        loss counts where it happened, even if reopened; dropped deals are not losses), the win rate by count \
        and by amount (won ÷ won + lost), the average days from created to won and the average won amount, the \
        target from salesctl.yaml's targets and its achievement, the open deals expected to close in the period \
        with their weighted amount (as in forecast), and the gap left to the target. Percentages and averages \
        are rounded to whole numbers (halves up).

        A period's target is the one set for it, else the sum of those set for its quarters or months; a month \
        takes no share of a quarter's target. --by owner shows each member's own targets, --by month or quarter \
        the team's.

        --activity counts activity reports per rep (author) per week (from Monday), by kind.
        """,
        """
        期間 (既定は今日の四半期) の成果を通貨ごとに: 受注した商談と金額 (受注は 'deal win' が記録した金額で\
        受注月に数え、受注のままである限り数える)、失注した商談 (失注は再開されても起きた場所で数える。廃棄\
        は失注に含めない)、件数と金額による勝率 (受注 ÷ (受注 + 失注))、作成から受注までの平均日数と平均受注\
        金額、salesctl.yaml の targets の目標と達成率、期間内に受注予定の進行中の商談とその重み付き金\
        額 (forecast と同じ)、目標までの残り。割合と平均は整数に丸める (半分は切り上げ)。

        期間の目標はその期間に設定したもの、なければその四半期や月に設定したものの合計。四半期の目標を月に割\
        り振ることはない。--by owner はメンバーそれぞれの目標、--by month と quarter はチームの目標を示す。

        --activity は担当者 (作成者) ごと、週 (月曜から) ごと、活動種別ごとに活動報告を数える。
        """,
        examples: """
              salesctl results --today 2026-11-20
              salesctl results --period 2026 --by quarter
              salesctl results --period 2026-Q4 --by owner --format markdown
              salesctl results --activity --period 2026-11 --format csv
              salesctl results --period 2026 -q | xargs -n1 salesctl deal show
            """)

    static let pipeline = CommandHelp(
        en: "What moved in the pipeline: the weekly review of deals won, lost, moved, resized or delayed.",
        ja: "パイプラインの動き: 受注、失注、進行、増減額、延期を週次でレビュー",
        """
        The weekly "what changed in our pipeline" view, read from the deals' history events. See 'salesctl \
        pipeline changes --help' and docs/WEEK.md.
        """,
        """
        毎週の「パイプラインで何が変わったか」を商談の履歴イベントから示す。\
        'salesctl pipeline changes --help' と docs/WEEK.md 参照。
        """,
        examples: """
              salesctl pipeline changes --since 2026-11-16 --today 2026-11-20
              salesctl pipeline changes --since 2026-10-01 --owner 田中 --format markdown
            """)

    static let pipelineChanges = CommandHelp(
        en: "List what moved per deal between two dates, with totals per currency.",
        ja: "2 つの日付の間に動いたことを商談ごとに一覧表示 (通貨ごとの合計付き)",
        """
        Read from the deals' history: new deals, stage moves (advanced, backward), won, lost, dropped, reopened \
        and on-hold deals, amounts up or down and expected close dates slipped or pulled in (from 'deal set'), \
        dated --since to --until (inclusive; --until defaults to today). Over the window a deal's stage, amount \
        and close date are compared from before the first change to after the last: a move there and back is no \
        move. Hand edits without a history event do not show. A won deal counts at the amount its win recorded. \
        Totals count deals and add amounts per change and currency (for amount-up and amount-down, the sum of \
        the changes).

        The table shows the deals, then the totals. CSV/TSV give the deal rows; JSON gives deals and totals.
        """,
        """
        商談の履歴から: 新規の商談、ステージの移動 (前進、後退)、受注・失注・廃棄・再開・保留した商談、金額\
        の増減、受注予定日の延期と前倒し ('deal set' による) のうち、--since から --until まで (その日を含む\
        。--until の既定は今日) の日付のもの。期間中の商談のステージ、金額、受注予定日は、最初の変更の前と最\
        後の変更の後で比べる: 行って戻った移動は移動ではない。履歴イベントのない手での編集は出ない。受注した\
        商談は受注時に記録した金額で数える。合計は変更の種類と通貨ごとに商談を数え、金額を足\
        す (amount-up と amount-down は変化量の合計)。

        表は商談を示し、続いて合計を示す。CSV/TSV は商談の行、JSON は deals と totals。
        """,
        examples: """
              salesctl pipeline changes --since 2026-11-16 --today 2026-11-20
              salesctl pipeline changes --since 2026-10-01 --owner 田中
              salesctl pipeline changes --since 2026-11-01 --format json | jq '.totals'
              salesctl pipeline changes --since 2026-11-01 -q
            """)

    static let feed = CommandHelp(
        en: "What happened on the team's deals, oldest first.",
        ja: "チームの商談で起きたことを古い順に表示",
        """
        The feed lists reports added (who met whom, signals, homework given, next step), history events (deal \
        created, stage and status changes, checked steps, quality judgements, key persons added, changed or \
        removed, homework done) and homework falling due that was not done by then. Within a day: deal by deal, \
        history first, then reports.

        A late entry (a report or event dated before the day it was entered, which records that day as 'logged') \
        is shown when either date falls in the window, under its own date and marked '(logged YYYY-MM-DD)': a \
        visit of 11-26 written on 12-02 is in 'feed --since 2026-11-30'.

        When the store is inside a git repository, each report and event also says who committed it and in which \
        commit (one 'git log' for the whole command). That is who shared it, which may differ from the author \
        written in the file.

        JSON fields: date, logged (null unless back-dated), deal, deal_title, type (report, event, \
        homework-due), event, who, summary, details, path, ref, committed_by, commit.
        """,
        """
        フィードには、追加された活動報告 (誰が誰と会ったか、シグナル、受けた宿題、次のステップ)、履歴イベン\
        ト (商談の作成、ステージと状態の変更、チェックしたステップ、クオリティの判定、キーパーソンの追加・変\
        更・削除、宿題の完了)、期日までに完了しなかった宿題が出る。同じ日の中では商談ごとに、履歴が先、活動\
        報告が後。

        後日入力 (入力した日より前の日付の活動報告やイベントで、入力日を 'logged' に記録したもの) は、どちら\
        かの日付が期間に入れば、自分の日付の位置に '(logged YYYY-MM-DD)' 付きで出る: 12-02 に書いた 11-26 の\
        訪問は 'feed --since 2026-11-30' に出る。

        ストアが git リポジトリの中にあれば、活動報告とイベントごとに、誰がどのコミットでコミットしたかも示\
        す (コマンド全体で 'git log' は 1 回)。それは共有した人であり、ファイルに書かれた作成者と違うことも\
        ある。

        JSON の項目: date、logged (さかのぼって入力したとき以外は null)、deal、deal_title、type (report、\
        event、homework-due)、event、who、summary、details、path、ref、committed_by、commit。
        """,
        examples: """
              salesctl feed --since 2026-11-01
              salesctl feed --for "鈴木 大輔" --format markdown > weekly.md
              salesctl feed --deal tokai-erp --since 2026-06-01 --format json | jq -r '.[] | .summary'
            """)
}
