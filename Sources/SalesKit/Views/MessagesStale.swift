/// `stale list --suggest`: the advice a manager pastes into the weekly mail to the reps.
extension Message {
    static let staleTable: [Message: [Language: String]] = [
        .sugHomework: [
            .en: "deliver the homework {0}{1} and use it to book the next meeting",
            .ja: "宿題 {0}{1}を届け、次の打ち合わせにつなげる"
        ],
        .sugHomeworkFor: [.en: " ({0})", .ja: "({0})"],
        .sugHomeworkWhy: [.en: "due {0}, {1} day{s1} overdue ({2})", .ja: "期限 {0}、{1}日超過({2})"],
        .sugNext: [
            .en: "do the overdue next action {0} or plan a new one with 'salesctl next set {1}'",
            .ja: "期限切れの次のアクション {0} を実行するか、'salesctl next set {1}' で立て直す"
        ],
        .sugNextWhy: [.en: "next action due {0}, {1} day{s1} overdue", .ja: "次のアクションの期限 {0} から{1}日超過"],
        .sugQuality: [
            .en: "address {0} ({1}): find out what changed and who can restore it",
            .ja: "{0}({1})に手を打つ: 何が変わったか、誰なら立て直せるかを確かめる"
        ],
        .sugQualityWhy: [.en: "{0} went from {1} to {2} on {3}", .ja: "{3} に {0} が {1} から {2} に変わった"],
        .sugFirst: [
            .en: "make the first contact and log it with 'salesctl report add --deal {0}'",
            .ja: "初回の接触をして 'salesctl report add --deal {0}' で報告する"
        ],
        .sugFirstWhy: [.en: "no activity report since the deal was created on {0}", .ja: "{0} の商談登録から活動報告がない"],
        .sugMap: [
            .en: "map the power structure: ask who decides, who approves and who influences, and record them",
            .ja: "パワーストラクチャーを把握する: 誰が決め、誰が承認し、誰が影響力を持つかを聞いて記録する"
        ],
        .sugMapWhy: [.en: "no key persons recorded", .ja: "キーパーソンが未登録"],
        .sugFindD: [
            .en: "find out who makes the decision (D) and record them as a key person",
            .ja: "意思決定者(D)を突き止め、キーパーソンとして記録する"
        ],
        .sugFindDWhy: [.en: "no decision maker among the {0} key person{s0}", .ja: "キーパーソン{0}人の中に意思決定者がいない"],
        .sugMeetD: [
            .en: "arrange a meeting with the decision maker {0}, possibly together with your own manager",
            .ja: "意思決定者の{0}さんとの面談を設定する(必要なら上司も同行)"
        ],
        .sugMeetDWhy: [.en: "{0} (D) has not attended any reported contact", .ja: "{0}さん(D)は報告済みの接触に一度も出ていない"],
        .sugRoute: [
            .en: "ask the decision maker to introduce {0} (approval route)",
            .ja: "意思決定者に {0} を紹介してもらう(稟議ルート)"
        ],
        .sugRouteWhy: [
            .en: "approver{s0} not met yet: the approval route is not covered",
            .ja: "承認者に未接触: 稟議ルートを押さえられていない"
        ],
        .sugHigher: [.en: "ask for a meeting with a higher title", .ja: "より上の役職の方との面談を依頼する"],
        .sugHigherThan: [.en: "ask for a meeting with a higher title than {0}", .ja: "{0}より上の役職の方との面談を依頼する"],
        .sugHigherWhy: [
            .en: "energy falling: {0} points in the last 4 weeks, {1} in the 4 before",
            .ja: "エネルギー低下: 直近4週 {0}点、その前の4週 {1}点"
        ],
        .sugCall: [.en: "call {0} to propose the next step", .ja: "{0}に電話して次のステップを提案する"],
        .sugCallStep: [.en: "call {0} to propose the next step: {1}", .ja: "{0}に電話して次のステップ「{1}」を提案する"],
        .sugPerson: [.en: "{0}", .ja: "{0}さん"],
        .sugCustomer: [.en: "the customer", .ja: "お客様"],
        .sugCallWhy: [.en: "{0} day{s0} without contact (threshold {1})", .ja: "{0}日間接触なし(基準 {1}日)"],
        .sugAgree: [
            .en:
                "agree a dated next action with the customer and record it: salesctl next set {0} TEXT --due YYYY-MM-DD",
            .ja: "お客様と期日つきの次のアクションを合意して記録する: salesctl next set {0} TEXT --due YYYY-MM-DD"
        ],
        .sugAgreeWhy: [.en: "no next action", .ja: "次のアクションが未設定"],
        .sugLine: [.en: "{0} ({1})", .ja: "{0}({1})"]
    ]
}
