/// Table headings (for people: tables and Markdown; CSV/TSV keep the keys) and the words in
/// their cells: status, standing and signal words.
extension Message {
    static let tableTable: [Message: [Language: String]] = [
        .colMember: [.en: "member", .ja: "担当"],
        .colDue: [.en: "due", .ja: "期限"],
        .colLate: [.en: "late", .ja: "遅れ"],
        .colDeal: [.en: "deal", .ja: "商談"],
        .colKind: [.en: "kind", .ja: "種別"],
        .colText: [.en: "text", .ja: "内容"],
        .colRef: [.en: "ref", .ja: "参照"],
        .colId: [.en: "id", .ja: "ID"],
        .colTitle: [.en: "title", .ja: "件名"],
        .colCustomer: [.en: "customer", .ja: "顧客"],
        .colOwner: [.en: "owner", .ja: "担当"],
        .colStage: [.en: "stage", .ja: "ステージ"],
        .colStatus: [.en: "status", .ja: "状態"],
        .colAmount: [.en: "amount", .ja: "金額"],
        .colCurrency: [.en: "currency", .ja: "通貨"],
        .colExpectedClose: [.en: "expected_close", .ja: "受注予定日"],
        .colLastContact: [.en: "last_contact", .ja: "最終接触日"],
        .colLastContactWords: [.en: "last contact", .ja: "最終接触日"],
        .colDate: [.en: "date", .ja: "日付"],
        .colKindPoints: [.en: "kind_points", .ja: "種別点"],
        .colAttendeePoints: [.en: "attendee_points", .ja: "出席者点"],
        .colSignalPoints: [.en: "signal_points", .ja: "シグナル点"],
        .colPoints: [.en: "points", .ja: "点数"],
        .colReport: [.en: "report", .ja: "活動報告"],
        .colCur: [.en: "cur", .ja: "通貨"],
        .colDeals: [.en: "deals", .ja: "件数"],
        .colWeighted: [.en: "weighted", .ja: "加重金額"],
        .colGiven: [.en: "given", .ja: "発生日"],
        .colFor: [.en: "for", .ja: "担当"],
        .colAge: [.en: "age", .ja: "経過日数"],
        .colClosed: [.en: "closed", .ja: "終了日"],
        .colReason: [.en: "reason", .ja: "理由"],
        .colDays: [.en: "days", .ja: "日数"],
        .colContacts: [.en: "contacts", .ja: "接触回数"],
        .colAvgDays: [.en: "avg_days", .ja: "平均日数"],
        .colRole: [.en: "role", .ja: "役割"],
        .colStance: [.en: "stance", .ja: "スタンス"],
        .colName: [.en: "name", .ja: "氏名"],
        .colDepartment: [.en: "department", .ja: "部署"],
        .colReportsTo: [.en: "reports to", .ja: "上長"],
        .colContact: [.en: "contact", .ja: "接触"],
        .colLastMet: [.en: "last met", .ja: "最終面談"],
        .colIndicator: [.en: "indicator", .ja: "指標"],
        .colValue: [.en: "value", .ja: "回答"],
        .colStanding: [.en: "standing", .ja: "評価"],
        .colBy: [.en: "by", .ja: "記入者"],
        .colNote: [.en: "note", .ja: "メモ"],
        .colScore: [.en: "score", .ja: "スコア"],
        .colMin: [.en: "min", .ja: "最低"],
        .colUnanswered: [.en: "unanswered", .ja: "未回答"],
        .colOverdue: [.en: "overdue", .ja: "期限切れ"],
        .colWorsened: [.en: "worsened", .ja: "悪化"],
        .colNext: [.en: "next", .ja: "次"],
        .colAuthor: [.en: "author", .ja: "記入者"],
        .colAttendees: [.en: "attendees", .ja: "出席者"],
        .colPath: [.en: "path", .ja: "パス"],
        .colLogged: [.en: "logged", .ja: "記録日"],
        .colThreshold: [.en: "threshold", .ja: "基準"],
        .colEnergy: [.en: "energy", .ja: "エネルギー"],
        .colTrend: [.en: "trend", .ja: "推移"],
        .colQuality: [.en: "quality", .ja: "クオリティ"],
        .colHomework: [.en: "homework", .ja: "宿題"],
        .colSuggestion: [.en: "suggestion", .ja: "提案"],
        .colClose: [.en: "close", .ja: "受注予定"],
        .colProb: [.en: "prob", .ja: "確度"],
        .colEvidence: [.en: "evidence", .ja: "根拠"],
        .colTotal: [.en: "total", .ja: "合計"],
        .colPeople: [.en: "people", .ja: "人数"],
        .colTitles: [.en: "titles", .ja: "役職数"],
        .colDepts: [.en: "depts", .ja: "部署数"],
        .colKeyPersons: [.en: "key persons", .ja: "キーパーソン"],
        .colRoute: [.en: "route", .ja: "稟議ルート"],
        .colWeeks: [.en: "weeks", .ja: "週数"],
        .colGap: [.en: "gap", .ja: "最長空白"],
        .colMonth: [.en: "month", .ja: "月"],
        .colQuarter: [.en: "quarter", .ja: "四半期"],
        .colSource: [.en: "source", .ja: "発生源"],
        .colWon: [.en: "won", .ja: "受注"],
        .colWonAmount: [.en: "won amount", .ja: "受注金額"],
        .wordReopened: [.en: " (reopened {0})", .ja: "({0} 再開)"],
        .wordOpen: [.en: "open", .ja: "進行中"],
        .wordOverdueDays: [.en: "overdue {0}d", .ja: "期限切れ {0}日"],
        .wordDone: [.en: "done {0}", .ja: "完了 {0}"],
        .wordUnanswered: [.en: "unanswered", .ja: "未回答"],
        .wordGood: [.en: "good", .ja: "良"],
        .wordBad: [.en: "bad", .ja: "悪"],
        .wordUnknown: [.en: "unknown", .ja: "不明"],
        .wordRising: [.en: "rising", .ja: "上昇"],
        .wordFalling: [.en: "falling", .ja: "低下"],
        .wordFlat: [.en: "flat", .ja: "横ばい"],
        .wordNever: [.en: "never", .ja: "未面談"],
        .wordOverdue: [.en: "overdue", .ja: "期限切れ"],
        .wordTotal: [.en: "total", .ja: "合計"],
        .wordNoContact: [.en: "none (created {0})", .ja: "なし({0} 登録)"],
        .wordOverdueCount: [.en: " ({0} overdue)", .ja: "(期限切れ {0})"],
        .wordNoOwner: [.en: "(no owner)", .ja: "(担当なし)"],
        .colWonWeightedTarget: [.en: "(won+weighted)/target", .ja: "(受注+加重)/目標"],
        .colFourWeeks: [.en: "4 wk", .ja: "直近4週"],
        .colPrevFourWeeks: [.en: "prev 4 wk", .ja: "前の4週"],
        .colAchieved: [.en: "achieved", .ja: "達成率"],
        .colApprovalRoute: [.en: "approval route", .ja: "稟議ルート"],
        .colChange: [.en: "change", .ja: "増減"],
        .colChanges: [.en: "changes", .ja: "変化"],
        .colKeyPersonsMet: [.en: "key persons met", .ja: "面談済みキーパーソン"],
        .colNextAction: [.en: "next action", .ja: "次のアクション"],
        .colOpen: [.en: "open", .ja: "進行中"],
        .colPeriod: [.en: "period", .ja: "期間"],
        .colRep: [.en: "rep", .ja: "担当者"],
        .colSuggestions: [.en: "suggestions", .ja: "対応案"],
        .colTarget: [.en: "target", .ja: "目標"],
        .colWeek: [.en: "week", .ja: "週"],
        .colWorse: [.en: "worse in the window", .ja: "期間中に悪化"],
        .wordYes: [.en: "yes", .ja: "はい"],
        .wordNo: [.en: "no", .ja: "いいえ"]
    ]

    /// The heading of a table column whose English heading (and CSV key) is `key`, in the
    /// current language; a heading the catalogue does not know as it is.
    public static func heading(_ key: String) -> String {
        headings[key]?.text() ?? key
    }

    private static let headings: [String: Message] = Dictionary(
        Message.allCases.compactMap { message in  // in declaration order: the first of a heading wins
            message.rawValue.hasPrefix("col") ? table[message]?[.en].map { ($0, message) } : nil
        }, uniquingKeysWith: { first, _ in first })
}

extension Energy.Direction {
    /// rising, falling, flat as people read them.
    public var word: String {
        switch self {
        case .rising: Message.wordRising.text()
        case .falling: Message.wordFalling.text()
        case .flat: Message.wordFlat.text()
        }
    }
}
