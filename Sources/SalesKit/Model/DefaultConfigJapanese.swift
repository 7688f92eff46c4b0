extension Config {
    /// `text`, a settings file `init` writes, with its comments in Japanese: each block of comment
    /// lines that `japaneseComments` knows is replaced whole; the settings and any other comment stay
    /// byte for byte. `init` writes it for a Japanese team (`language: ja`), whose members edit it.
    public static func japaneseComments(_ text: String) -> String {
        var out: [Substring] = []
        var block: [Substring] = []
        func flush() {
            if let japanese = japaneseComments[block.joined(separator: "\n")] {
                out += japanese.split(separator: "\n", omittingEmptySubsequences: false)
            } else {
                out += block
            }
            block = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") {
                block.append(line)
            } else {
                flush()
                out.append(line)
            }
        }
        flush()
        return out.joined(separator: "\n")
    }

    /// The comment blocks of the default settings (and of the quality templates), English →
    /// Japanese. `ConfigTemplateTests` fails when a block of a template has no Japanese.
    static let japaneseComments: [String: String] = [
        """
        # salesctl settings for this team. Edit freely: comments and order are yours.
        # Every section is optional; a section left out takes salesctl's default.
        """: """
        # このチームの salesctl の設定。自由に編集してください(コメントも並び順もそのまま残ります)。
        # どのセクションも省略できます。省略したセクションは salesctl の既定値になります。
        """,
        """
        # The language salesctl speaks to people: ja or en (SALESCTL_LANG wins). Codes, ids,
        # JSON and CSV headers are the same in both.
        """: """
        # salesctl が表示する言葉: ja か en(SALESCTL_LANG があればそちらが優先)。コード、ID、
        # JSON と CSV の見出しはどちらでも同じです。
        """,
        "# Dates in deal files and reports are calendar dates in this time zone.":
            "# 商談ファイルと活動報告の日付は、このタイムゾーンの暦の日付です。",
        "# Currency of deal amounts unless a deal names its own.": "# 商談の金額の通貨(商談ごとに指定がなければこれ)。",
        """
        # An open deal is stale when its last contact is more than this many days old
        # (a stage may set its own stale_days).
        """: """
        # 進行中の商談は、最後の接触からこの日数を過ぎると停滞とみなします
        # (ステージごとに stale_days を指定することもできます)。
        """,
        """
        # Columns that ○△×▽, … and the ▁▂▃ of sparklines take in your terminals: 1, or 2 when
        # they are set to show East Asian Ambiguous characters wide (SALESCTL_AMBIGUOUS_WIDTH wins).
        # ambiguous_width: 2
        """: """
        # ○△×▽、… とスパークラインの ▁▂▃ が端末で占める桁数: 1、または East Asian Ambiguous の
        # 文字を全角で表示する設定の端末なら 2(SALESCTL_AMBIGUOUS_WIDTH があればそちらが優先)。
        # ambiguous_width: 2
        """,
        """
        # The sales process (営業活動プロセス). Deals move through these stages in order.
        # id: what files and commands use; label: what people read (either can be typed).
        # probability: percent used by the forecast. steps: the checklist of the stage,
        # the evidence behind the forecast (根拠に基づくフォーキャスト). `deal advance`
        # lets a deal into a stage only when the steps of the stages before it are checked.
        """: """
        # 営業活動プロセス。商談はこのステージを順に進みます。
        # id: ファイルとコマンドで使う名前。label: 画面に出す名前(どちらでも入力できます)。
        # probability: フォーキャストで使う確度(%)。steps: そのステージのチェックリストで、
        # 根拠に基づくフォーキャストの根拠になります。`deal advance` は、前のステージの
        # ステップがすべて完了しているときだけ商談を次のステージに進めます。
        """,
        """
        # Life after the win: the stages from won_at on are post-sale. A deal enters them
        # once won ('deal win'), and a won deal moves only through them. The forecast counts
        # a won deal at its amount in the month of the win.
        """: """
        # 受注の後: won_at 以降のステージは受注後のステージです。商談は受注すると('deal win')
        # そこに入り、受注した商談はその中だけを進みます。フォーキャストは受注した商談を
        # 受注月に金額どおりに数えます。
        """,
        """
        # Kinds of customer contact (one activity report each) and their energy points
        # (ユーザエネルギー). Actions the customer starts weigh more; our own mail that
        # got no answer scores 0.
        """: """
        # お客様との接触の種別(1 回の接触が活動報告 1 件)と、そのエネルギーのポイント
        # (ユーザエネルギー)。お客様から動いた接触ほど重く、返事のない当社からのメールは 0 です。
        """,
        """
        # Energy points per attendee by title, most senior first: the first rank with a
        # keyword found in the title wins; anyone else scores the default. Japanese
        # keywords match anywhere in the title (本部長 in 物流本部長); English ones match
        # whole words in any case (CTO, not the "cto" in Factory).
        """: """
        # 出席者 1 人あたりのエネルギーのポイントを役職で決めます(上位の役職から順に)。役職に
        # キーワードが含まれる最初の順位のポイントになり、どれにも当たらなければ default です。
        # 日本語のキーワードは役職のどこにあっても当たり(物流本部長の本部長)、英語のキーワードは
        # 大文字小文字を問わず単語として当たります(CTO は当たり、Factory の "cto" は当たりません)。
        """,
        "# Signals a report can carry, and their energy points.": "# 活動報告に付けられるシグナルと、そのエネルギーのポイント。",
        """
        # Why deals are lost, dropped or put on hold (失注理由). `deal lose`, `deal drop`
        # and `deal hold` need one of these (id or label); `salesctl lost` groups by them.
        """: """
        # 商談の失注・廃棄・保留の理由(失注理由)。`deal lose`、`deal drop`、`deal hold` には
        # このどれか(id かラベル)が必要です。`salesctl lost` はこの理由ごとにまとめます。
        """,
        """
        # Deal quality (商談クオリティ): yes/no indicators the manager keeps up to date.
        # good: the answer that is good for the deal. weight: its share of the score.
        """: """
        # 商談クオリティ: マネージャーが最新に保つ、はい/いいえで答える指標。
        # good: 商談にとって良い答え。weight: スコアに占める重み。
        """,
        """
        # Deal quality (商談クオリティ), after MEDDPICC: yes/no indicators the manager keeps up to date.
        # good: the answer that is good for the deal. weight: its share of the score.
        """: """
        # 商談クオリティ(MEDDPICC に基づく): マネージャーが最新に保つ、はい/いいえで答える指標。
        # good: 商談にとって良い答え。weight: スコアに占める重み。
        """,
        """
        # Deal quality (商談クオリティ), after BANT: yes/no indicators the manager keeps up to date.
        # good: the answer that is good for the deal. weight: its share of the score.
        """: """
        # 商談クオリティ(BANT に基づく): マネージャーが最新に保つ、はい/いいえで答える指標。
        # good: 商談にとって良い答え。weight: スコアに占める重み。
        """
    ]
}
