/// Help texts (CommandHelp, in English and Japanese): see Help/CommandHelp.swift.
extension CommandHelp {
    static let homework = CommandHelp(
        en: "List the customer's requests (宿題) and mark them done.",
        ja: "顧客からの宿題を一覧表示し、完了を記録",
        """
        Homework is written in reports (the homework list of the front matter, or 'report add --homework \
        "text;for;due"'). Each item is referred to as REPORT#N: the report's file name without .md and the \
        item's number in that report, from 1. Reports are never rewritten: 'homework done' appends a \
        homework-done event to the deal file.
        """,
        """
        宿題は活動報告に書く (フロントマターの homework、または 'report add --homework "内容;相手;期限"')。\
        各宿題は REPORT#N で指す: .md を除いた活動報告のファイル名と、その活動報告の中での番号 (1 から)。活\
        動報告は書き換えないので、'homework done' は商談ファイルに homework-done イベントを追加する。
        """,
        examples: """
              salesctl homework list --open
              salesctl homework done 70dca6#1 --note "保守費用の年額見積を送付"
            """)

    static let homeworkList = CommandHelp(
        en: "List homework with due dates, age and status.",
        ja: "宿題を期限、経過日数、状態とともに一覧表示",
        """
        Sorted by due date (items without one last). status is open, overdue (with the days past due) or done \
        (with the date); age is the days since the customer gave it (until done).

        JSON fields: ref, deal, report, given, given_to (the report's author), text, for, due, status, age_days, \
        days_overdue, done (null, or date, by, note).
        """,
        """
        期限順 (期限のないものは最後)。status は open、overdue (超過日数付き)、done (完了日付き)。age は顧客\
        から受けてからの日数 (完了まで)。

        JSON の項目: ref、deal、report、given、given_to (活動報告の作成者)、text、for、due、status、age_days\
        、days_overdue、done (null、または date、by、note)。
        """,
        examples: """
              salesctl homework list --open
              salesctl homework list --overdue --for "田中 美咲"
              salesctl homework list --deal tokai-erp --format json | jq -r '.[] | select(.status == "open") | .ref'
              salesctl homework list --overdue -q
            """)

    static let homeworkDone = CommandHelp(
        en: "Mark a homework item done.",
        ja: "宿題を完了にする",
        """
        Appends to the deal file a history event {event: homework-done, ref, note}; the report that holds the \
        item is not touched. REF is shown by 'homework list': the report's file name without .md (or its path, \
        or its unique random suffix) and '#' and the item number.
        """,
        """
        商談ファイルに履歴イベント {event: homework-done, ref, note} を追加する。宿題を含む活動報告には手を\
        触れない。REF は 'homework list' に出るもの: .md を除いた活動報告のファイル名 (またはパス、一意なラ\
        ンダム接尾辞) と '#' と宿題の番号。
        """,
        examples: """
              salesctl homework done 2026-11-19-kansai-logi-70dca6#1 --note "保守費用の年額見積を送付"
              salesctl homework done 70dca6#1
            """)

    static let next = CommandHelp(
        en: "Set and complete a deal's dated next action.",
        ja: "商談の期日付きの次のアクションを設定・完了",
        """
        Every open deal should have a dated next action. It is kept in the deal's history as 'next' events (set \
        and done), so the history holds every action ever planned. 'agenda' lists what falls due; 'stale list \
        --suggest' and 'quality check' report open deals with none or with an overdue one. 'report add --next \
        TEXT --next-due DATE' sets one while logging a contact.
        """,
        """
        進行中の商談にはどれも期日付きの次のアクションがあるべきもの。次のアクションは商談の履歴に 'next' イ\
        ベント (set と done) として残るので、これまでに立てたアクションがすべて履歴にある。'agenda' で期日の\
        近いものを一覧し、'stale list --suggest' と 'quality check' は次のアクションがない、または期限切れの\
        進行中の商談を挙げる。'report add --next TEXT --next-due DATE' なら接触の記録と同時に設定できる。
        """,
        examples: """
              salesctl next set tokai-erp "小林取締役に稟議の状況を確認" --due 2026-11-27
              salesctl next set kansai-logi "移行スケジュール案を提出" --due 2026-11-27 --for 高橋
              salesctl next done tokai-erp --note "1月の役員会で審議と確認"
            """)

    static let nextSet = CommandHelp(
        en: "Set the next action of a deal (replaces the open one).",
        ja: "商談の次のアクションを設定 (未完了のものを置き換える)",
        """
        Appends a 'next' event (action: set, text, due, for). A later 'next set' replaces the open action; both \
        stay in the history. --for names who does it (default: the owner), matched against the people the store \
        knows.
        """,
        """
        'next' イベント (action: set、text、due、for) を追加する。後から 'next set' すると未完了のアクション\
        を置き換え、どちらも履歴に残る。--for は実行する人 (既定は担当者) で、ストアが知っている人と照合する\
        。
        """,
        examples: """
              salesctl next set tokai-erp "小林取締役に稟議の状況を確認" --due 2026-11-27
              salesctl next set kansai-logi "移行スケジュール案を提出" --due 2026-11-27 --for "高橋 由美"
            """)

    static let nextDone = CommandHelp(
        en: "Mark the open next action of a deal done.",
        ja: "商談の未完了の次のアクションを完了にする",
        """
        Appends a 'next' event (action: done, the action's text, --note). Set the following action with 'next \
        set'.
        """,
        """
        'next' イベント (action: done、アクションの内容、--note) を追加する。続くアクションは 'next set' で\
        設定する。
        """,
        examples: """
              salesctl next done tokai-erp --note "1月の役員会で審議と確認"
              salesctl next done kansai-logi --date 2026-11-27
            """)

    static let agenda = CommandHelp(
        en: "The morning list: next actions and homework falling due, per member.",
        ja: "朝の一覧: 期日の近い次のアクションと宿題をメンバーごとに",
        """
        Open next actions (see 'salesctl next') and open homework of open and won deals, due within --days days \
        of today or already overdue, grouped by who does them, oldest first. A next action is the assignee's, \
        else the owner's; homework is its assignee's, else the report author's. The 'late' column counts days \
        past due (negative: days left).
        """,
        """
        進行中と受注済みの商談の、未完了の次のアクション ('salesctl next' 参照) と未完了の宿題のうち、今日か\
        ら --days 日以内に期日が来るものと期限切れのものを、実行する人ごとに古い順に示す。次のアクションは指\
        定された人、なければ担当者のもの。宿題は指定された人、なければ活動報告の作成者のもの。'late' 列は期\
        限からの超過日数 (負の数は残り日数)。
        """,
        examples: """
              salesctl agenda --today 2026-11-20
              salesctl agenda --for 高橋 --days 14
              salesctl agenda --overdue --format csv
            """)
}
