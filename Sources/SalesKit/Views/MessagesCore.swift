/// SalesError's own messages and their hints, the sparse-checkout note, and the weekly review's
/// page, section titles, captions and notes (`ReviewStrings`).
extension Message {
    static let coreTable: [Message: [Language: String]] = [
        .noStore: [
            .en: "not a salesctl store (or any parent up to /): {0}",
            .ja: "salesctl のストアではありません(親ディレクトリも / まで探しました): {0}"
        ],
        .noStoreHint: [
            .en: "run 'salesctl init' to create one, or pass -C DIR",
            .ja: "'salesctl init' で作成するか、-C DIR でストアを指定してください"
        ],
        .storeExists: [.en: "a store already exists at {0}", .ja: "{0} にはすでにストアがあります"],
        .hiddenReports: [
            .en: "reports before {0} are not checked out here (git sparse checkout): counted from {0} on",
            .ja: "{0} より前の報告はチェックアウトされていません(git の sparse checkout)。{0} 以降だけで集計しています"
        ],
        .noDeal: [.en: "no deal {0}", .ja: "商談 {0} はありません"],
        .didYouMean: [.en: "did you mean {0}?", .ja: "{0} のことですか?"],
        .dealExists: [.en: "deal {0} already exists", .ja: "商談 {0} はすでにあります"],
        .invalidID: [.en: "invalid deal id {0}: {1}", .ja: "商談ID {0} は使えません: {1}"],
        .ioError: [.en: "{0}: {1}", .ja: "{0}: {1}"],
        .lockTimeout: [
            .en: "another salesctl is changing this store (lock {0} held for 5 s); try again",
            .ja: "別の salesctl がこのストアを更新中です(ロック {0} が5秒間解放されません)。少し待ってからやり直してください"
        ],
        .aborted: [.en: "aborted: {0}", .ja: "中止しました: {0}"],
        .noMatch: [.en: "no {0} matches {1}", .ja: "{1} に当てはまる{0}がいません"],
        .knownNames: [.en: "known: {0}", .ja: "登録済み: {0}"],
        .ambiguousName: [.en: "{0} {1} is ambiguous", .ja: "{0} {1} は複数に当てはまります"],
        .couldBe: [.en: "it could be {0}", .ja: "候補: {0}"],
        .unknownEntry: [.en: "unknown {0} {1}", .ja: "{0} {1} は salesctl.yaml にありません"],
        .unknownEntryGuess: [
            .en: "unknown {0} {1}; did you mean {2}?", .ja: "{0} {1} は salesctl.yaml にありません。{2} のことですか?"
        ],
        .validEntries: [.en: "valid: {0}", .ja: "使えるもの: {0}"],
        .validEntriesInStage: [.en: "valid in stage {0}: {1}", .ja: "ステージ {0} で使えるもの: {1}"],
        .moreNames: [.en: "{0} and {1} more", .ja: "{0} ほか{1}件"],
        .listStage: [.en: "stage", .ja: "ステージ"],
        .listStep: [.en: "step", .ja: "ステップ"],
        .listKind: [.en: "kind", .ja: "活動種別"],
        .listSignal: [.en: "signal", .ja: "シグナル"],
        .listIndicator: [.en: "quality indicator", .ja: "クオリティ指標"],
        .listReason: [.en: "lost reason", .ja: "失注理由"],
        .reviewTitle: [.en: "Weekly sales review", .ja: "週次営業レビュー"],
        .reviewWindow: [.en: "{0} – {1} ({2} day{s2})", .ja: "{0} – {1}({2}日間)"],
        .reviewOwner: [.en: "Owner: {0}", .ja: "担当: {0}"],
        .reviewAllOwners: [.en: "All owners", .ja: "全担当者"],
        .reviewNoData: [.en: "Nothing to show.", .ja: "該当なし。"],
        .reviewPipeline: [.en: "Pipeline by stage", .ja: "ステージ別パイプライン"],
        .reviewForecast: [.en: "Forecast and results against targets", .ja: "フォーキャストと実績(目標対比)"],
        .reviewMovement: [.en: "Pipeline movement", .ja: "パイプラインの動き"],
        .reviewAttention: [.en: "Deals that need action", .ja: "対応が必要な商談"],
        .reviewEnergy: [.en: "Customer energy", .ja: "ユーザエネルギー"],
        .reviewQuality: [.en: "Deal quality", .ja: "商談クオリティ"],
        .reviewLost: [.en: "Lost and dropped deals", .ja: "失注・廃棄"],
        .reviewActivity: [.en: "Activity per rep", .ja: "担当者別の活動"],
        .reviewStale: [.en: "Stale deals, with suggestions", .ja: "未接触の商談と対応案"],
        .reviewNextActions: [.en: "No next action, or an overdue one", .ja: "次のアクションがない、または期限切れの商談"],
        .reviewHomework: [.en: "Overdue homework", .ja: "期限切れの宿題"],
        .reviewEnergyTrend: [
            .en: "Trend per open deal (points per week, last 12 weeks)", .ja: "商談別の推移(週ごとのポイント、直近12週)"
        ],
        .reviewFalls: [.en: "Biggest falls (last 4 weeks against the 4 before)", .ja: "落ち込みの大きい商談(直近4週とその前の4週)"],
        .reviewLostReasons: [.en: "By reason", .ja: "理由別"],
        .reviewPerWeek: [.en: "Reports per week (the week starting on the Monday shown)", .ja: "週別の報告数(表示は週の月曜日)"],
        .reviewPeriods: [
            .en: "Results by quarter and year (as salesctl results --period counts them)",
            .ja: "四半期・年の実績(salesctl results --period と同じ集計)"
        ],
        .reviewMovedDeals: [
            .en: "Deals that moved (as salesctl pipeline changes lists them)",
            .ja: "動いた商談(salesctl pipeline changes と同じ)"
        ],
        .reviewPipelineNote: [
            .en: "Open deals (on hold left out), as `salesctl forecast --by stage` counts them.",
            .ja: "進行中の商談(保留を除く)。`salesctl forecast --by stage` と同じ集計です。"
        ],
        .reviewForecastNote: [
            .en:
                "Deals won, in the month of the win (dark), and open deals by expected close month, weighted by the stage's probability (light), as `salesctl forecast` counts them; a dashed line marks the month's target.",
            .ja: "受注済みの商談は受注月に(濃い色)、進行中の商談は受注予定月にステージの確度を掛けて(薄い色)、`salesctl forecast` と同じ集計で示します。破線はその月の目標です。"
        ],
        .reviewMovementNote: [
            .en:
                "What moved in the window: new deals, stage advances and backward moves, wins, losses, drops, amounts up or down, expected close dates slipped or pulled in.",
            .ja: "期間中の動き: 新規、ステージの前進と後退、受注、失注、廃棄、金額の増減、受注予定日の延期と前倒し。"
        ],
        .reviewMore: [
            .en: "… and {0} more: `{1}` lists them all", .ja: "…ほか {0} 件。すべては `{1}` で表示できます"
        ],
        .reviewFirstOf: [.en: "(first {0} of {1})", .ja: "(上位 {0} 件、全 {1} 件)"],
        .reviewSparkTitle: [.en: "points per week: {0}", .ja: "週ごとのポイント: {0}"],
        .reviewActivityNote: [
            .en: "Activity reports by author, kind and week, weeks starting {0} to {1}.",
            .ja: "報告者・種別・週ごとの活動報告({0} の週から {1} の週まで)。"
        ]
    ]
}
