/// The words of the weekly views: `pipeline changes`' kinds of change, `results`' and
/// `customer list`'s headings, `quality check`'s cells, the review's chart titles and cells.
extension Message {
    static let weekTable: [Message: [Language: String]] = [
        .pcNew: [.en: "new", .ja: "新規"],
        .pcAdvanced: [.en: "advanced", .ja: "前進"],
        .pcBackward: [.en: "backward", .ja: "後退"],
        .pcWon: [.en: "won", .ja: "受注"],
        .pcLost: [.en: "lost", .ja: "失注"],
        .pcDropped: [.en: "dropped", .ja: "廃棄"],
        .pcReopened: [.en: "reopened", .ja: "再開"],
        .pcOnHold: [.en: "on-hold", .ja: "保留"],
        .pcAmountUp: [.en: "amount-up", .ja: "増額"],
        .pcAmountDown: [.en: "amount-down", .ja: "減額"],
        .pcCloseSlipped: [.en: "close-slipped", .ja: "受注予定日の延期"],
        .pcClosePulledIn: [.en: "close-pulled-in", .ja: "受注予定日の前倒し"],
        .nextNone: [.en: "none", .ja: "なし"],
        .nextOverdue: [.en: "overdue", .ja: "期限切れ"],
        .nextOpen: [.en: "open", .ja: "あり"],
        .nextMissingLong: [.en: "no next action", .ja: "次のアクションなし"],
        .wordDaysShort: [.en: "{0}d", .ja: "{0}日"],
        .wordNone: [.en: "none", .ja: "なし"],
        .wordUnknownMark: [.en: " (unknown)", .ja: "(不明)"],
        .wordRouteCovered: [.en: "covered", .ja: "全員と面談済み"],
        .wordRouteNoDA: [.en: "no D or A recorded", .ja: "D も A も未登録"],
        .wordRouteMissing: [.en: "missing {0}", .ja: "未面談: {0}"],
        .wordTotalIn: [.en: "total {0}", .ja: "合計 {0}"],
        .wordWonPlus: [.en: "won {0} + ", .ja: "受注 {0} + "],
        .rcOpenPerStage: [.en: "Open deals per stage", .ja: "ステージ別の進行中の商談"],
        .rcForecastPerMonth: [
            .en: "Won and weighted forecast per month, {0}", .ja: "月別の受注と加重フォーキャスト({0})"
        ],
        .rcPerChange: [.en: "Deals per change in the window", .ja: "期間中の変化別の商談数"],
        .rcNeedAction: [.en: "Deals and items that need action", .ja: "対応が必要な商談と項目"],
        .rcStale: [.en: "stale", .ja: "未接触"],
        .rcNextAction: [.en: "next action", .ja: "次のアクション"],
        .rcHomework: [.en: "homework", .ja: "宿題"],
        .rcEnergy: [.en: "Energy points per open deal", .ja: "進行中の商談別のエネルギー"],
        .rcQuality: [.en: "Quality score per open deal (0-100)", .ja: "進行中の商談別のクオリティ(0〜100)"],
        .rcLost: [.en: "Lost and dropped deals per reason", .ja: "理由別の失注・廃棄"],
        .rcActivity: [.en: "Activity reports per rep and kind", .ja: "担当者・種別ごとの活動報告"],
        .colLost: [.en: "lost", .ja: "失注"],
        .colLostAmount: [.en: "lost amount", .ja: "失注金額"],
        .colWinRate: [.en: "win %", .ja: "受注率"],
        .colWinRateAmount: [.en: "win % amt", .ja: "受注率(金額)"],
        .colDaysToWin: [.en: "days to win", .ja: "受注までの日数"],
        .colAvgWon: [.en: "avg won", .ja: "平均受注額"],
        .colGapToTarget: [.en: "gap", .ja: "目標との差"],
        .colOpenAmount: [.en: "open amount", .ja: "進行中の金額"]
    ]
}

extension PipelineChanges.Change {
    /// The kind of change as people read it (the raw value is what scripts read).
    public var word: String {
        switch self {
        case .new: Message.pcNew.text()
        case .advanced: Message.pcAdvanced.text()
        case .backward: Message.pcBackward.text()
        case .won: Message.pcWon.text()
        case .lost: Message.pcLost.text()
        case .dropped: Message.pcDropped.text()
        case .reopened: Message.pcReopened.text()
        case .onHold: Message.pcOnHold.text()
        case .amountUp: Message.pcAmountUp.text()
        case .amountDown: Message.pcAmountDown.text()
        case .closeSlipped: Message.pcCloseSlipped.text()
        case .closePulledIn: Message.pcClosePulledIn.text()
        }
    }
}

extension NextAction.Standing {
    /// `none`, `overdue`, `open` as people read them.
    public var word: String {
        switch self {
        case .missing: Message.nextNone.text()
        case .overdue: Message.nextOverdue.text()
        case .open: Message.nextOpen.text()
        }
    }
}
