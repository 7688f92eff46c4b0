/// Help texts (CommandHelp, in English and Japanese): see Help/CommandHelp.swift.
extension CommandHelp {
    static let person = CommandHelp(
        en: "Record the customer's key persons and draw their power structure.",
        ja: "顧客のキーパーソンを記録し、パワーストラクチャーを描く",
        """
        Key persons (キーパーソン) live in the deal file under key_persons. Each has a role (D decision maker, A \
        approver, I influencer), a stance (supporter ○, cooperative △, neutral −, uncooperative ▽, opposed ×), \
        organisational authority (strong or weak), information (sufficient or insufficient) and whom they report \
        to. add, set and rm change only the lines they need and append a 'person' history event.
        """,
        """
        キーパーソンは商談ファイルの key_persons に書く。各人に役割 (D 意思決定者、A 承認者、I 影響者)、スタ\
        ンス (支援 ○、協力的 △、中立 −、非協力的 ▽、反対 ×)、組織上の権限 (strong または weak)、情\
        報 (sufficient または insufficient)、上司 (reports_to) がある。add、set、rm は必要な行だけを変え、\
        'person' の履歴イベントを追加する。
        """,
        examples: """
              salesctl person map tokai-erp
              salesctl person set tokai-erp "山田 浩二" --stance supporter
              salesctl person add tokai-erp "伊藤 花子" --title 課長 --department 経理部 --role I
            """)

    static let personAdd = CommandHelp(
        en: "Add a key person to a deal.",
        ja: "商談にキーパーソンを追加",
        """
        Appends the person to key_persons (creating the list above checklist/history when there is none) and a \
        history event 'person' with action 'add'.
        """,
        """
        key_persons にその人を追加し (リストがなければ checklist/history の上に作る)、\
        action 'add' の 'person' 履歴イベントを追加する。
        """,
        examples: """
              salesctl person add tokai-erp "伊藤 直子" --title 課長 --department 経理部 --role I --stance △ \\
                --authority weak --information sufficient --reports-to "松本 隆"
              salesctl person add hokuriku-ec "森 雅人" --title 部長 --role D --stance neutral
            """)

    static let personSet = CommandHelp(
        en: "Change fields of a key person.",
        ja: "キーパーソンの項目を変更",
        """
        Changes only the given fields, in place; an empty value ("") removes a field. The history event 'person' \
        (action 'set') records each new value and the old one (stance_was, ...).
        """,
        """
        指定した項目だけをその場で変える。空の値 ("") は項目を削除する。'person' 履歴イベン\
        ト (action 'set') に新しい値と古い値 (stance_was など) を記録する。
        """,
        examples: """
              salesctl person set tokai-erp "松本 隆" --stance △
              salesctl person set kansai-logi "藤田 直樹" --title 部長 --authority strong
              salesctl person set tokai-erp "中村 修" --reports-to ""
            """)

    static let personRm = CommandHelp(
        en: "Remove a key person from a deal.",
        ja: "商談からキーパーソンを削除",
        """
        Removes the person's lines from key_persons and appends a history event 'person' with action 'rm'. \
        People who reported to them keep their reports_to; a warning names them.
        """,
        """
        key_persons からその人の行を削除し、action 'rm' の 'person' 履歴イベントを追加する。その人を上司とし\
        ていた人の reports_to はそのまま残し、警告でその人たちの名前を示す。
        """,
        examples: """
              salesctl person rm tokai-erp "井上 美和"
              salesctl person rm kansai-logi "藤田 直樹" --date 2026-11-20
            """)

    static let personMap = CommandHelp(
        en: "Show a deal's power structure: roles, stances, reporting lines, contacts and warnings.",
        ja: "商談のパワーストラクチャーを表示 (役割、スタンス、接触、警告)",
        """
        People are grouped by role (D, A, I) with their stance symbol, whom they report to, their kind of \
        contact by authority × information (① strong/sufficient, ② strong/ insufficient, ③ weak/sufficient, ④ \
        weak/insufficient) and when they were last met (the newest report of the deal that lists them as an \
        attendee).

        Warnings (open and on-hold deals): no-decision-maker; never-met (a D or A nobody has met); \
        opposed-approver (an A who is opposed or uncooperative); weak-only-contact (every key person we have met \
        has weak authority: ask your own manager to meet their boss); not-met-recently (open deals: a key person \
        not met for more than --days days).

        mermaid prints a flowchart that GitHub renders in Markdown (```mermaid); markdown prints a table, the \
        warnings and the flowchart.
        """,
        """
        役割 (D、A、I) ごとに、スタンスの記号、上司、権限 × 情報による接触の種類 (① 強・十分、② 強・不十分\
        、③ 弱・十分、④ 弱・不十分)、最後に会った日 (その人を参加者に含む、商談のいちばん新しい活動報告\
        ) を示す。

        警告 (進行中と保留中の商談): no-decision-maker (意思決定者がいない)、never-met (誰も会っていな\
        い D または A)、opposed-approver (反対または非協力的な A)、weak-only-contact (会ったキーパーソンがみ\
        な権限が弱い: 自分の上司に先方の上司と会ってもらう)、not-met-recently (進行中の商談で --days 日を超\
        えて会っていないキーパーソン)。

        mermaid は GitHub が Markdown (```mermaid) で描くフローチャートを出力する。markdown は表、警告、フロ\
        ーチャートを出力する。
        """,
        examples: """
              salesctl person map tokai-erp
              salesctl person map kansai-logi --days 14
              salesctl person map tokai-erp --format json | jq '.warnings[].code'
              salesctl person map tokai-erp --format markdown > tokai-erp-map.md
            """)

    static let customer = CommandHelp(
        en: "Customers across their deals: deals, won totals, people met, homework, energy.",
        ja: "顧客ごとの商談、受注合計、会った人、宿題、エネルギー",
        """
        A customer is derived from the deals' customer names (no file of its own): names that agree apart from \
        spaces, letter width and company-type marks (株式会社, (株)) are one customer. NAME follows the one name \
        rule: exact, then spaces and width aside, then a unique prefix or substring, ignoring 株式会社 and (株).
        """,
        """
        顧客は商談の顧客名から導く (顧客のファイルはない): 空白、全角半角、会社の種類の表記 (株式会社、(株\
        )) を除いて一致する名前は同じ顧客。NAME は名前の照合規則に従う: 完全一致、次に空白と全角半角を無視し\
        て、次に一意な先頭部分または部分文字列 (株式会社と (株) は無視)。
        """,
        examples: """
              salesctl customer list
              salesctl customer show 東海精機
              salesctl customer show 富士 --format json
            """)

    static let customerList = CommandHelp(
        en: "List customers with their open deals, won total, last contact and energy.",
        ja: "顧客を一覧表示 (進行中の商談、受注合計、最終接触、エネルギー)",
        """
        One row per customer, by name: its deals, the open ones and their amounts, the won ones at the amounts \
        their wins recorded (per currency), the newest activity report of any of its deals up to today, and the \
        user energy summed over its deals.
        """,
        """
        顧客ごとに 1 行、名前順: 商談、進行中の商談とその金額、受注した商談 (受注時に記録した金額、通貨ごと)\
        、今日までのいずれかの商談のいちばん新しい活動報告、商談を合計したユーザエネルギー。
        """,
        examples: """
              salesctl customer list --today 2026-11-20
              salesctl customer list --format csv > customers.csv
              salesctl customer list -q
            """)

    static let customerShow = CommandHelp(
        en: "Show one customer: all its deals, every person met, open homework, energy.",
        ja: "顧客を 1 件表示 (すべての商談、会った人、未完了の宿題、エネルギー)",
        """
        The customer's deals with their energy; every person met in their activity reports, with the title and \
        department of the latest report that gives them and the last contact (newest first); the open homework \
        of its deals, oldest first.
        """,
        """
        顧客の商談とそのエネルギー。活動報告で会ったすべての人と、その人が載っている最新の活動報告の役職と部\
        署、最終接触 (新しい順)。その顧客の商談の未完了の宿題 (古い順)。
        """,
        examples: """
              salesctl customer show 東海精機 --today 2026-11-20
              salesctl customer show "富士電子工業(株)" --format json
            """)
}
