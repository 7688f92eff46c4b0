/// The Japanese of option and argument help (OptionHelp), keyed by the English the commands declare.
extension OptionHelp {
    static let deals: [String: String] = [
        "The deal id (lower-case letters, digits and '-').":
            "商談 ID (小文字の英字・数字・'-')。",
        "What the customer wants, in a few words.":
            "顧客が求めていることを短く。",
        "The customer company.":
            "顧客の会社名。",
        "The rep who owns the deal (default: the author).":
            "商談の担当者 (既定: 作成者)。",
        "Expected order amount, a whole number in the deal's currency.":
            "受注見込み金額 (商談の通貨での整数)。",
        "Currency of the amount (default: salesctl.yaml's).":
            "金額の通貨 (既定: salesctl.yaml の通貨)。",
        "Stage id or label (default: the first stage).":
            "ステージの ID またはラベル (既定: 最初のステージ)。",
        "Expected close date.":
            "受注予定日。",
        "Where the deal came from (referral, inbound, event, ...).":
            "商談の出どころ (referral、inbound、event など)。",
        "A member of our side working on the deal. Repeatable.":
            "商談にかかわる自社のメンバー。複数指定可。",
        "\"name,title,department,role,stance\" (role D/A/I; stance word or ○△−▽×). Repeatable.":
            "\"名前,役職,部署,役割,スタンス\" (役割は D/A/I、スタンスは語または ○△−▽×)。複数指定可。",
        "Creation date (default: today).":
            "作成日 (既定: 今日)。",
        "Who creates the deal (default: SALESCTL_AUTHOR, else git user.name).":
            "商談の作成者 (既定: SALESCTL_AUTHOR、なければ git の user.name)。",
        "Only deals with this status: open, won, lost, dropped, on-hold, closed (won/lost/dropped) or all.":
            "この状態の商談だけ: open、won、lost、dropped、on-hold、closed (won/lost/dropped)、all。",
        "Only deals in this stage (id or label).":
            "このステージの商談だけ (ID またはラベル)。",
        "Only deals owned by this rep.":
            "この担当者の商談だけ。",
        "Only deals whose customer contains this text.":
            "顧客名にこの文字列を含む商談だけ。",
        "Print only deal ids, one per line.":
            "商談 ID だけを 1 行に 1 つ表示する。",
        "Output format: text or json.":
            "出力形式: text または json。",
        "New title.":
            "新しい件名。",
        "New customer company.":
            "新しい顧客の会社名。",
        "New order amount, a whole number (12,000,000 or 12000000); \"\" removes it.":
            "新しい受注金額 (整数。12,000,000 または 12000000)。\"\" で削除。",
        "New currency code (JPY, USD); \"\" returns to salesctl.yaml's.":
            "新しい通貨コード (JPY、USD)。\"\" で salesctl.yaml の通貨に戻す。",
        "New expected close date; \"\" removes it.":
            "新しい受注予定日。\"\" で削除。",
        "New owner (a rep the store knows).":
            "新しい担当者 (ストアが知っている人)。",
        "Where the deal came from; \"\" removes it.":
            "商談の出どころ。\"\" で削除。",
        "Add a member of our side. Repeatable.":
            "自社のメンバーを追加する。複数指定可。",
        "Remove a member. Repeatable.":
            "メンバーを外す。複数指定可。",
        "The step id or label.":
            "ステップの ID またはラベル。",
        "Uncheck the step instead.":
            "代わりにステップのチェックを外す。",
        "The stage to move to, id or label (default: the next stage).":
            "移動先のステージの ID またはラベル (既定: 次のステージ)。",
        "Move even though steps are not checked (needs --reason).":
            "ステップが未チェックでも進める (--reason が必要)。",
        "Why the deal moves without the missing steps, or back.":
            "足りないステップがあるのに進める理由、または戻す理由。",
        "Why: a lost_reasons id or label (required).":
            "理由: lost_reasons の ID またはラベル (必須)。"
    ]

    static let reports: [String: String] = [
        "The deal this contact belongs to.":
            "この接触の商談。",
        "Kind of contact: an id or label from salesctl.yaml (visit, phone, web-meeting, ...).":
            "接触の種別: salesctl.yaml の ID またはラベル (visit、phone、web-meeting など)。",
        "Date of the contact (default: today).":
            "接触した日 (既定: 今日)。",
        "A customer person met, \"name,title[,department]\". Repeatable.":
            "会った顧客側の人、\"名前,役職[,部署]\"。複数指定可。",
        "A signal of customer energy (question, introduced-boss, ...). Repeatable.":
            "ユーザエネルギーのシグナル (question、introduced-boss など)。複数指定可。",
        "A request from the customer, \"text[;for[;due]]\". Repeatable.":
            "顧客からの宿題、\"内容[;相手[;期限]]\"。複数指定可。",
        "The agreed next step.":
            "合意した次のステップ。",
        "Also set --next as the deal's dated next action, due DATE (see 'salesctl next').":
            "--next を期限 DATE の次のアクションとしても設定する ('salesctl next' 参照)。",
        "The report body (Markdown).":
            "活動報告の本文 (Markdown)。",
        "Read the body, or a whole report with front matter, from FILE (- for standard input).":
            "本文、またはフロントマター付きの活動報告全体を FILE から読む (- は標準入力)。",
        "Who writes the report (default: SALESCTL_AUTHOR, else git user.name).":
            "活動報告の作成者 (既定: SALESCTL_AUTHOR、なければ git の user.name)。",
        "Only reports of this deal.":
            "この商談の活動報告だけ。",
        "Only reports on or after DATE.":
            "DATE 以降の活動報告だけ。",
        "Only reports on or before DATE.":
            "DATE 以前の活動報告だけ。",
        "Only reports by this author.":
            "この作成者の活動報告だけ。",
        "Print only report paths, one per line.":
            "活動報告のパスだけを 1 行に 1 つ表示する。",
        "The report: a path, file name or unique suffix.":
            "活動報告: パス、ファイル名、または一意な末尾。",
        "Only items not done yet.":
            "未完了のものだけ。",
        "Only items not done whose due date has passed.":
            "期限を過ぎた未完了のものだけ。",
        "Only items assigned to MEMBER.":
            "MEMBER の担当のものだけ。",
        "Only items of this deal.":
            "この商談のものだけ。",
        "Print only item references (REPORT#N), one per line.":
            "宿題の参照 (REPORT#N) だけを 1 行に 1 つ表示する。",
        "The item: REPORT#N, as 'homework list' shows it.":
            "宿題: 'homework list' に出る REPORT#N。",
        "What was delivered.":
            "届けたもの。",
        "When it was done (default: today).":
            "完了した日 (既定: 今日)。",
        "Who did it (default: SALESCTL_AUTHOR, else git user.name).":
            "完了した人 (既定: SALESCTL_AUTHOR、なければ git の user.name)。",
        "What to do next, in a few words.":
            "次にすることを短く。",
        "When it is due.":
            "期限。",
        "Who does it (default: the deal's owner).":
            "実行する人 (既定: 商談の担当者)。",
        "Date it was agreed (default: today).":
            "合意した日 (既定: 今日)。",
        "Only this member's items.":
            "このメンバーのものだけ。",
        "Items due within N days of today (default: 7).":
            "今日から N 日以内が期限のもの (既定: 7)。",
        "Only items past their due date.":
            "期限を過ぎたものだけ。",
        "Print only deal ids, one per line (each once).":
            "商談 ID だけを 1 行に 1 つ表示する (重複なし)。",
        "Start here (default: 14 days ago).":
            "開始日 (既定: 14 日前)。",
        "Only deals where MEMBER is the owner or a member.":
            "MEMBER が担当者またはメンバーの商談だけ。",
        "Only this deal.":
            "この商談だけ。",
        "Output format: text, json or markdown.":
            "出力形式: text、json、markdown。"
    ]
}
