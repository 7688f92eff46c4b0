/// The message part of `check`'s findings (the code in brackets, the place and `error:` stay).
extension Message {
    static let checkTable: [Message: [Language: String]] = [
        .chkHistory: [.en: "history: {0}", .ja: "履歴: {0}"],
        .chkBadName: [
            .en: "report file names look like YYYY-MM-DD-<deal>-<suffix>.md",
            .ja: "活動報告のファイル名は YYYY-MM-DD-<deal>-<suffix>.md の形にしてください"
        ],
        .chkDefinedTwice: [.en: "{0} {1} is defined twice", .ja: "{0} {1} が2回定義されています"],
        .chkStepTwice: [.en: "step of stage {0}: {1} is defined twice", .ja: "ステージ {0} のステップ {1} が2回定義されています"],
        .chkIDMismatch: [.en: "id {0} does not match the file name {1}", .ja: "id {0} がファイル名 {1} と一致しません"],
        .chkUnknownStage: [
            .en: "stage {0} is not in salesctl.yaml (stages: {1})", .ja: "ステージ {0} は salesctl.yaml にありません(stages: {1})"
        ],
        .chkUnknownChecked: [
            .en: "checklist step {0} is not a step of any stage in salesctl.yaml",
            .ja: "チェック済みのステップ {0} は salesctl.yaml のどのステージにもありません"
        ],
        .chkPersonTwice: [.en: "key person {0} is listed twice", .ja: "キーパーソン {0} が2回書かれています"],
        .chkUnknownMissing: [
            .en: "missing step {0} is not a step of any stage in salesctl.yaml",
            .ja: "未完了のステップ {0} は salesctl.yaml のどのステージにもありません"
        ],
        .chkBadStatus: [
            .en: "status {0}; valid: open, won, lost, dropped, on-hold",
            .ja: "状態 {0} は使えません。使えるもの: open, won, lost, dropped, on-hold"
        ],
        .chkUnknownReason: [
            .en: "reason {0} is not in salesctl.yaml (lost_reasons: {1})",
            .ja: "理由 {0} は salesctl.yaml にありません(lost_reasons: {1})"
        ],
        .chkUnknownStep: [
            .en: "step {0} is not a step of any stage in salesctl.yaml",
            .ja: "ステップ {0} は salesctl.yaml のどのステージにもありません"
        ],
        .chkUnknownIndicator: [
            .en: "quality indicator {0} is not in salesctl.yaml (quality: {1})",
            .ja: "クオリティ指標 {0} は salesctl.yaml にありません(quality: {1})"
        ],
        .chkBadQuality: [
            .en: "quality value {0}; valid: yes, no, unknown",
            .ja: "クオリティの値 {0} は使えません。使えるもの: yes, no, unknown"
        ],
        .chkNoRef: [.en: "homework-done has no 'ref'", .ja: "homework-done に 'ref' がありません"],
        .chkBadRef: [.en: "homework reference {0} is not REPORT#N", .ja: "宿題の参照 {0} が REPORT#N の形ではありません"],
        .chkNoReport: [.en: "homework {0} points at no report in reports/", .ja: "宿題 {0} の活動報告が reports/ にありません"],
        .chkNoItem: [.en: "homework {0}: the report has {1} homework item{s1}", .ja: "宿題 {0}: その活動報告の宿題は {1} 件です"],
        .chkUnknownDeal: [.en: "deal {0} does not exist in deals/", .ja: "商談 {0} は deals/ にありません"],
        .chkUnknownKind: [
            .en: "kind {0} is not in salesctl.yaml (kinds: {1})", .ja: "活動種別 {0} は salesctl.yaml にありません(kinds: {1})"
        ],
        .chkUnknownSignal: [
            .en: "signal {0} is not in salesctl.yaml (signals: {1})",
            .ja: "シグナル {0} は salesctl.yaml にありません(signals: {1})"
        ],
        .chkDateMismatch: [.en: "date {0} does not match the file name's {1}", .ja: "日付 {0} がファイル名の {1} と一致しません"],
        .chkDealMismatch: [.en: "deal {0} does not match the file name's {1}", .ja: "商談 {0} がファイル名の {1} と一致しません"],
        .chkBelongs: [.en: "report belongs in {0}", .ja: "この活動報告の置き場所は {0} です"],
        .chkFuture: [.en: "date {0} is after today ({1})", .ja: "日付 {0} が今日({1})より後です"]
    ]
}
