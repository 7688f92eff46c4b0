/// Help texts (CommandHelp, in English and Japanese): see Help/CommandHelp.swift.
extension CommandHelp {
    static let deal = CommandHelp(
        en: "Create, list and show deals; move them through the sales process.",
        ja: "商談の作成・一覧・表示と、営業プロセスの進行",
        """
        One YAML file per deal: deals/<id>.yaml. Ids are lower-case letters, digits and '-' (like acme-erp), at \
        most 64 characters.

        A deal's life: 'deal step' checks the steps of its stage with evidence, 'deal advance' moves it to the \
        next stage once they are checked, 'deal win|lose|drop|hold|reopen' changes its status. Each change \
        appends a history event and touches only the lines it must.
        """,
        """
        商談 1 件が YAML ファイル 1 つ: deals/<id>.yaml。ID は小文字の英字・数字・'-' (acme-erp など\
        ) で 64 文字まで。

        商談の流れ: 'deal step' で今のステージのステップを根拠とともにチェックし、そろった\
        ら 'deal advance' で次のステージに進める。'deal win|lose|drop|hold|reopen' で状態を変える。変更のた\
        びに履歴にイベントを 1 つ追加し、書き換えるのは必要な行だけ。
        """,
        examples: """
              salesctl deal list --status open
              salesctl deal show tokai-erp
              salesctl deal advance kansai-logi
            """)

    static let dealNew = CommandHelp(
        en: "Create a deal.",
        ja: "商談を作成",
        """
        Writes deals/<id>.yaml with a 'created' history event and prints its path. The stage defaults to the \
        first stage of salesctl.yaml and may be typed by id or label. The currency is a three-letter code, \
        stored in upper case (usd is stored as USD). In --key-person the full-width ， and 、 are commas too.
        """,
        """
        deals/<id>.yaml を 'created' の履歴イベント付きで書き、そのパスを表示する。ステージの既定値\
        は salesctl.yaml の最初のステージで、ID でもラベルでも指定できる。通貨は 3 文字のコードで、大文字で\
        保存する (usd は USD)。--key-person では全角の「，」と「、」も区切りのカンマになる。
        """,
        examples: """
              salesctl deal new acme-erp --title "基幹システム刷新" \\
                --customer "株式会社アクメ" --owner "佐藤 健" --amount 12000000 \\
                --expected-close 2027-03-31 \\
                --key-person "山田 太郎,部長,情報システム部,D,supporter"
              salesctl deal new kita-crm --title "CRM導入" \\
                --customer "北日本物流株式会社" --stage 定義 \\
                --member "田中 美咲" --source 紹介
            """)

    static let dealList = CommandHelp(
        en: "List deals.",
        ja: "商談を一覧表示",
        """
        One line per deal, sorted by id, with the last contact (the newest report's date).
        """,
        """
        商談ごとに 1 行、ID 順。最終接触日 (いちばん新しい活動報告の日付) も出す。
        """,
        examples: """
              salesctl deal list
              salesctl deal list --status open --owner "佐藤 健"
              salesctl deal list --stage 決定 --format csv > decision.csv
              salesctl deal list -q --status open | xargs -n1 salesctl deal show
            """)

    static let dealShow = CommandHelp(
        en: "Show a deal as a line: header, key persons, checklist, timeline.",
        ja: "商談を表示 (見出し、キーパーソン、チェックリスト、タイムライン)",
        """
        The timeline merges the deal's history (stage and status changes, checked steps, quality judgements) \
        with its activity reports, in date order.
        """,
        """
        タイムラインは商談の履歴 (ステージと状態の変更、チェックしたステップ、クオリティの判定) と活動報告を\
        日付順に並べたもの。
        """,
        examples: """
              salesctl deal show tokai-erp
              salesctl deal show tokai-erp --format json | jq '.timeline[] | select(.type == "report")'
            """)

    static let dealSet = CommandHelp(
        en: "Change a deal's fields, with a 'changed' history event.",
        ja: "商談の項目を変更 ('changed' の履歴イベント付き)",
        """
        Changes only the lines of the fields given (comments, order and quoting stay) and appends one 'changed' \
        event with each field's new value and its old one (<field>_was), plus --note. 'deal show' and 'feed' \
        show it, like "amount 12,000,000 → 9,800,000" or "expected close 2026-11-13 → 2027-01-29 (+77 days)". An \
        empty value removes an optional field (--source "", --expected-close ""). A new owner or member must be \
        someone the store knows (an owner, member or author of a deal, or a member with a target), matched as \
        everywhere: spaces and width aside, or a unique prefix. Hand edits stay allowed.
        """,
        """
        指定した項目の行だけを変え (コメント、順序、引用符はそのまま)、'changed' イベントを 1 つ追加する。各\
        項目の新しい値と古い値 (<field>_was)、--note を記録する。'deal show' と 'feed' で\
        は "amount 12,000,000 → 9,800,000" や "expected close 2026-11-13 → 2027-01-29 (+77 days)" のように\
        表示する。空の値は省略可能な項目を削除する (--source ""、--expected-close "")。新しい担当者やメンバ\
        ーはストアが知っている人 (商談の担当者・メンバー・作成者、または目標のあるメンバー) でなければならず\
        、照合はほかと同じく空白と全角半角を無視して行い、一意な先頭部分でもよい。手で編集してもかまわない。
        """,
        examples: """
              salesctl deal set tokai-erp --expected-close 2027-01-29 --note "稟議が1月の役員会に"
              salesctl deal set kansai-logi --amount 19,800,000 --note "B社対抗で値引き"
              salesctl deal set hokuriku-ec --owner 鈴木 --add-member "高橋 由美" --author "佐藤 健"
            """)

    static let dealStep = CommandHelp(
        en: "Check a step of the sales process, with its evidence.",
        ja: "営業プロセスのステップを根拠とともにチェック",
        """
        Writes the step under 'checklist:' in the deal file (done date and note) and appends a 'step' event to \
        its history. STEP is a step id or label of salesctl.yaml; the steps of the deal's stage come first, \
        steps of other stages are accepted too (a customer may tell the budget early). --undo unchecks a step \
        that turned out wrong; both stay in the history.
        """,
        """
        商談ファイルの 'checklist:' にステップ (完了日とメモ) を書き、履歴に 'step' イベントを追加する。\
        STEP は salesctl.yaml のステップの ID またはラベル。今のステージのステップが候補の先頭だが、ほかのス\
        テージのステップも受け付ける (予算を早めに教えてくれる顧客もいる)。--undo は誤ったチェックを外す。ど\
        ちらも履歴に残る。
        """,
        examples: """
              salesctl deal step kansai-logi proposal --note "提案書と見積(2,200万円)を提出"
              salesctl deal step tokai-erp 意思決定者に提案 --date 2026-11-18 --note "小林取締役に提案"
              salesctl deal step kansai-logi budget --undo --note "予算枠が凍結された"
            """)
}
