/// Help texts (CommandHelp, in English and Japanese): see Help/CommandHelp.swift.
extension CommandHelp {
    static let dealAdvance = CommandHelp(
        en: "Move a deal to the next stage, or to --to STAGE.",
        ja: "商談を次のステージ (または --to STAGE) に進める",
        """
        The gate: a deal enters a stage only when every step of the stages before it is checked. Otherwise the \
        command refuses and lists the missing steps; --force --reason TEXT moves it anyway and records forced, \
        the reason and the missing steps in the history. Moving back (--to an earlier stage) needs no gate and \
        is recorded as a regression, with its --reason shown in 'deal show' and 'feed'. Only open deals move: \
        reopen a deal on hold or closed first. Only the 'stage:' line changes, and one 'stage' event is \
        appended.
        """,
        """
        関門: 前のステージまでのステップがすべてチェック済みのときだけ、次のステージに入れる。そうでなければ\
        拒否して、足りないステップを示す。--force --reason TEXT を付けると進めたうえで、強制したこと、理由、\
        足りないステップを履歴に残す。前のステージに戻す (--to で手前のステージ) ときは関門がなく、後退とし\
        て記録し、--reason を 'deal show' と 'feed' に表示する。動かせるのは進行中の商談だけで、保留や終了し\
        た商談は先に reopen する。変わるのは 'stage:' の行だけで、'stage' イベントを 1 つ追加する。
        """,
        examples: """
              salesctl deal advance tokai-erp
              salesctl deal advance kansai-logi --force --reason "長谷川本部長が年内発注を明言" --note "提案は来週"
              salesctl deal advance tokai-erp --to define --reason "推進者の山田部長が異動、要件を再確認"
            """)

    static let dealWin = CommandHelp(
        en: "Record an order won (受注).",
        ja: "受注を記録",
        """
        Sets 'status: won' and appends a 'status' event with the stage the deal was won in. Works on open deals \
        and deals on hold.
        """,
        """
        'status: won' にし、受注したときのステージ付きで 'status' イベントを追加する。進行中と保留中の商談に\
        使える。
        """,
        examples: """
              salesctl deal win tokai-erp --note "注文書を受領、4,800万円"
              salesctl deal win kansai-logi --date 2026-12-18 --author "鈴木 大輔"
            """)

    static let dealLose = CommandHelp(
        en: "Record a lost deal (失注), with the reason.",
        ja: "失注を理由とともに記録",
        """
        Sets 'status: lost' and appends a 'status' event with the reason code (lost_reasons of salesctl.yaml, id \
        or label) and the stage the deal was lost in; 'salesctl lost' studies them.
        """,
        """
        'status: lost' にし、理由コード (salesctl.yaml の lost_reasons の ID またはラベル) と失注したときの\
        ステージ付きで 'status' イベントを追加する。'salesctl lost' で分析できる。
        """,
        examples: """
              salesctl deal lose tokai-erp --reason competitor --note "現行ベンダーが大幅値引き。松本CFOの意向"
              salesctl deal lose kansai-logi --reason 価格 --note "B社が2割安い"
            """)

    static let dealDrop = CommandHelp(
        en: "Drop a deal (廃棄): we stop pursuing it, with the reason.",
        ja: "商談を廃棄 (追わないと決めた) として理由とともに記録",
        """
        Sets 'status: dropped' and appends a 'status' event with the reason code and the stage.
        """,
        """
        'status: dropped' にし、理由コードとステージ付きで 'status' イベントを追加する。
        """,
        examples: """
              salesctl deal drop hokuriku-ec --reason lost-contact --note "3回連絡して返信なし"
              salesctl deal drop aoba-rpa --reason no-budget
            """)

    static let dealHold = CommandHelp(
        en: "Put a deal on hold (ペンディング), with the reason.",
        ja: "商談を保留 (ペンディング) にする。理由も記録",
        """
        Sets 'status: on-hold' and appends a 'status' event. Deals on hold leave the forecast until 'deal \
        reopen'.
        """,
        """
        'status: on-hold' にし、'status' イベントを追加する。保留中の商談は 'deal reopen' までフォーキャスト\
        から外れる。
        """,
        examples: """
              salesctl deal hold kansai-logi --reason timing --note "来期予算で再検討"
              salesctl deal hold hokuriku-ec --reason no-decision
            """)

    static let dealReopen = CommandHelp(
        en: "Reopen a deal that is on hold, lost, dropped or won.",
        ja: "保留・失注・廃棄・受注の商談を再開",
        """
        Sets 'status: open' and appends a 'status' event; the deal stays in its stage.
        """,
        """
        'status: open' にし、'status' イベントを追加する。ステージはそのまま。
        """,
        examples: """
              salesctl deal reopen aoba-rpa --note "2027年度予算で再検討が決定"
              salesctl deal reopen minato-sfa --date 2026-12-01 --note "C社の導入が頓挫"
            """)
}
