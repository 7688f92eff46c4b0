/// The Japanese of option and argument help (OptionHelp), keyed by the English the commands declare.
extension OptionHelp {
    static let people: [String: String] = [
        "The person's name.":
            "その人の名前。",
        "Job title (部長, 課長, ...).":
            "役職 (部長、課長など)。",
        "Department.":
            "部署。",
        "D (decision maker), A (approver) or I (influencer).":
            "D (意思決定者)、A (承認者)、I (影響者)。",
        "supporter ○, cooperative △, neutral −, uncooperative ▽ or opposed × (word or symbol).":
            "supporter ○、cooperative △、neutral −、uncooperative ▽、opposed × (語または記号)。",
        "Organisational authority and influence: strong or weak.":
            "組織上の権限と影響力: strong または weak。",
        "Information they have: sufficient or insufficient.":
            "持っている情報: sufficient または insufficient。",
        "Their boss, by name.":
            "上司の名前。",
        "Date of the history event (default: today).":
            "履歴イベントの日付 (既定: 今日)。",
        "Who makes the change (default: SALESCTL_AUTHOR, else git user.name).":
            "変更する人 (既定: SALESCTL_AUTHOR、なければ git の user.name)。",
        "The person's name (spaces do not matter).":
            "その人の名前 (空白は問わない)。",
        "Output format: table, json, markdown or mermaid.":
            "出力形式: table、json、markdown、mermaid。",
        "Warn about key persons not met for more than N days (default: stale_days of salesctl.yaml).":
            "N 日を超えて会っていないキーパーソンを警告する (既定: salesctl.yaml の stale_days)。",
        "Print only the customer names, one per line.":
            "顧客名だけを 1 行に 1 つ表示する。",
        "The customer's name, or a unique part of it.":
            "顧客名、またはその一意な一部。"
    ]

    static let scores: [String: String] = [
        "Deal ids (default: every open deal, ranked).":
            "商談 ID (既定: 進行中のすべての商談を順位付けして)。",
        "Count only reports on or after DATE.":
            "DATE 以降の活動報告だけを数える。",
        "Continuity window: the last N weeks, this week included (default: 8).":
            "継続性を見る期間: 今週を含む直近 N 週 (既定: 8)。",
        "List each report's points (kind + attendees + signals), summing to the total.":
            "活動報告ごとのポイント (活動種別 + 参加者 + シグナル) を挙げる。合計が総計になる。",
        "Print only deal ids, one per line, in ranking order.":
            "商談 ID だけを順位の順に 1 行に 1 つ表示する。",
        "The indicator id or label (see salesctl.yaml).":
            "指標の ID またはラベル (salesctl.yaml 参照)。",
        "yes, no or unknown.":
            "yes (はい)、no (いいえ)、unknown (不明) のいずれか。",
        "Why: the fact behind the judgement.":
            "理由: 判定の根拠となる事実。",
        "Date of the judgement (default: today).":
            "判定した日 (既定: 今日)。",
        "Who judges (default: SALESCTL_AUTHOR, else git user.name).":
            "判定する人 (既定: SALESCTL_AUTHOR、なければ git の user.name)。",
        "Deal ids (default: every open deal).":
            "商談 ID (既定: 進行中のすべての商談)。",
        "A finding when the score is below SCORE (0-100).":
            "スコアが SCORE (0-100) 未満なら問題とする。",
        "Indicators not judged for more than N days are overdue; worsened compares with N days ago (default: 30).":
            "N 日を超えて判定していない指標は見直し切れ。悪化は N 日前と比べる (既定: 30)。",
        "Print only the ids of deals with findings, one per line.":
            "問題のある商談の ID だけを 1 行に 1 つ表示する。",
        "Only deals expected to close on or after DATE.":
            "受注予定日が DATE 以降の商談だけ。",
        "Only deals expected to close on or before DATE.":
            "受注予定日が DATE 以前の商談だけ。",
        "Group by month, quarter (calendar), owner or stage.":
            "まとめる単位: month、quarter (暦の四半期)、owner、stage。",
        "Print only the ids of the forecast deals, one per line.":
            "フォーキャストの商談の ID だけを 1 行に 1 つ表示する。",
        "Only deals closed on or after DATE.":
            "DATE 以降に終了した商談だけ。",
        "Group by reason, stage (the stage the deal was in) or owner.":
            "まとめる単位: reason、stage (そのときのステージ)、owner。",
        "Print only the ids of the lost and dropped deals, one per line.":
            "失注・廃棄した商談の ID だけを 1 行に 1 つ表示する。",
        "A month, a quarter or a year (default: today's quarter).":
            "月、四半期、または年 (既定: 今日の四半期)。",
        "Rows per owner, month or quarter, then the team's totals.":
            "担当者・月・四半期ごとの行と、チームの合計。",
        "Count activity reports per rep per week, by kind, instead.":
            "代わりに担当者ごと・週ごと・活動種別ごとに活動報告を数える。",
        "Print only the ids of the deals behind the figures (with --activity: of the reports), one per line.":
            "数字の元になった商談 (--activity では活動報告) の ID だけを 1 行に 1 つ表示する。",
        "Changes dated on or after DATE (required).":
            "DATE 以降の日付の変更 (必須)。",
        "Changes dated on or before DATE (default: today).":
            "DATE 以前の日付の変更 (既定: 今日)。",
        "Only deals of this owner.":
            "この担当者の商談だけ。",
        "Print only the ids of the deals that moved, one per line.":
            "動いた商談の ID だけを 1 行に 1 つ表示する。",
        "Stale after N days without contact (default: the stage's stale_days, else salesctl.yaml's stale_days).":
            "N 日を超えて接触がなければ未接触 (既定: ステージの stale_days、なければ salesctl.yaml の stale_days)。",
        "Count days up to DATE (default: today).":
            "DATE までの日数を数える (既定: 今日)。",
        "Order: days (most days first), amount, energy or quality (highest first).":
            "並び順: days (日数の多い順)、amount、energy、quality (高い順)。",
        "Add a concrete next action per deal, with its reason.":
            "商談ごとに具体的な次のアクションを理由とともに加える。",
        "Exit 1 when the list is not empty.":
            "リストが空でなければ 1 で終了する。",
        "Print only deal ids, one per line, in list order.":
            "商談 ID だけを一覧の順に 1 行に 1 つ表示する。",
        "First day of the window (default: 6 days before --until).":
            "期間の初日 (既定: --until の 6 日前)。",
        "Last day of the window, the date the review is as of (default: today).":
            "期間の最終日。レビューの基準日 (既定: 今日)。",
        "Write the review to FILE instead of stdout.":
            "レビューを標準出力ではなく FILE に書く。",
        "Output format: html, markdown or text (default: from --out's extension, else text).":
            "出力形式: html、markdown、text (既定: --out の拡張子から、なければ text)。",
        "Rows shown in each long table, as in the charts of every deal (default: 25); 0 shows all.":
            "長い表と商談ごとのグラフに出す行数 (既定: 25)。0 ならすべて。"
    ]
}
