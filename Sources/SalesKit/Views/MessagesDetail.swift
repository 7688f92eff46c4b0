/// The labels of the detail views: `deal show`, `customer show`, `energy score ID`, `quality show`.
extension Message {
    static let detailTable: [Message: [Language: String]] = [
        .dsCustomer: [.en: "customer", .ja: "顧客"],
        .dsOwner: [.en: "owner", .ja: "担当"],
        .dsMembers: [.en: "members", .ja: "メンバー"],
        .dsStage: [.en: "stage", .ja: "ステージ"],
        .dsStatus: [.en: "status", .ja: "状態"],
        .dsAmount: [.en: "amount", .ja: "金額"],
        .dsCreated: [.en: "created", .ja: "登録日"],
        .dsExpected: [.en: "expected", .ja: "受注予定日"],
        .dsSource: [.en: "source", .ja: "きっかけ"],
        .dsNext: [.en: "next", .ja: "次のアクション"],
        .dsNextDue: [.en: "{0} (due {1})", .ja: "{0}(期限 {1})"],
        .dsNextDueFor: [.en: "{0} (due {1}, {2})", .ja: "{0}(期限 {1}、{2})"],
        .dsKeyPersons: [.en: "Key persons", .ja: "キーパーソン"],
        .dsNoPersons: [
            .en: "(none recorded: map the customer's power structure)",
            .ja: "(未登録です。お客様のパワーストラクチャーを把握してください)"
        ],
        .dsChecklist: [.en: "Checklist", .ja: "チェックリスト"],
        .dsTimeline: [.en: "Timeline", .ja: "経緯"],
        .dsNothingYet: [.en: "(nothing yet)", .ja: "(まだありません)"],
        .dsReportNext: [.en: "next: {0}", .ja: "次: {0}"],
        // energy score ID
        .enNoReports: [
            .en: "no activity reports yet: energy 0. Log a contact with 'salesctl report add --deal {0}'",
            .ja: "活動報告がまだありません(エネルギー 0)。'salesctl report add --deal {0}' で接触を記録してください"
        ],
        .enCumulative: [.en: "cumulative", .ja: "累計"],
        .enCumulativeText: [
            .en: "{0} points from {1} report{s1}, last contact {2}", .ja: "{0} ポイント(活動報告 {1} 件、最終接触日 {2})"
        ],
        .enBreadth: [.en: "breadth", .ja: "多面的接触"],
        .enBreadthText: [
            .en: "{0} people, {1} titles, {2} departments", .ja: "{0} 人、役職 {1} 種類、部署 {2} つ"
        ],
        .enNoKeyPersons: [.en: "no key persons recorded", .ja: "キーパーソンが未登録です"],
        .enKeyPersonsMet: [.en: "key persons met {0}/{1}", .ja: "面談できたキーパーソン {0}/{1}"],
        .enNotMet: [.en: "; not met: {0}", .ja: "。未面談: {0}"],
        .enRoute: [.en: "approval route (every D and A): ", .ja: "稟議ルート(D と A の全員): "],
        .enRouteCovered: [.en: "covered", .ja: "全員と面談済み"],
        .enRouteUnknown: [.en: "unknown, no D or A recorded", .ja: "不明(D も A も未登録)"],
        .enRouteMissing: [.en: "not covered, missing {0}", .ja: "未面談の方がいます: {0}"],
        .enContinuity: [.en: "continuity", .ja: "継続性"],
        .enContinuityText: [
            .en: "{0} of the last {1} weeks active, longest gap {2}", .ja: "直近 {1} 週のうち {0} 週に接触、最長の空白 {2}"
        ],
        .enGapDays: [.en: "{0} day{s0}", .ja: "{0} 日"],
        .enTrend: [.en: "trend", .ja: "推移"],
        .enTrendText: [
            .en: "{0}  last 4 weeks {1}, previous 4 weeks {2} ({3})", .ja: "{0}  直近4週 {1}、その前の4週 {2}({3})"
        ],
        .enReports: [.en: "reports:", .ja: "活動報告:"],
        .enTotal: [.en: "total {0}", .ja: "合計 {0}"],
        .enNoTitle: [.en: "no title", .ja: "役職なし"],
        // quality show
        .qsScore: [
            .en: "quality {0} ({1} of {2} indicators good)", .ja: "クオリティ {0}(指標 {2} 件のうち {1} 件が良)"
        ],
        .qsNoJudgements: [
            .en: "no judgements yet: record one with 'salesctl quality set {0} INDICATOR yes|no|unknown'",
            .ja: "まだ判定がありません。'salesctl quality set {0} INDICATOR yes|no|unknown' で記録してください"
        ],
        .qsChanges: [.en: "changes:", .ja: "変更履歴:"],
        // customer show
        .csSummary: [
            .en: "deals {0}, open {1}{2}, won {3}{4}, last contact {5}, energy {6}",
            .ja: "商談 {0} 件、進行中 {1} 件{2}、受注 {3} 件{4}、最終接触日 {5}、エネルギー {6}"
        ],
        .csAmounts: [.en: " ({0})", .ja: "({0})"],
        .csPeopleMet: [.en: "people met", .ja: "面談した方"],
        .csNoneYet: [.en: "none yet", .ja: "まだいません"],
        .csOpenHomework: [.en: "open homework", .ja: "未完了の宿題"],
        .csNone: [.en: "none", .ja: "なし"]
    ]
}
