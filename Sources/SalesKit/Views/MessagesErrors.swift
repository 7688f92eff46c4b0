/// The texts of the errors the actions throw (`invalidArgument`, `notFound`, `refused`): `{n}`
/// may be a field, which the CLI spells as its flag (`--reason`), or a word of another message.
extension Message {
    static let actionErrorTable: [Message: [Language: String]] = [
        // deal step, advance, win|lose|drop|hold|reopen
        .errStepNotChecked: [.en: "step {0} of deal {1} is not checked", .ja: "商談 {1} のステップ {0} は完了になっていません"],
        .errStepChecked: [
            .en:
                "step {0} of deal {1} is already checked ({2})\nhint: to record it again, uncheck it first: salesctl deal step {3} {4} {5} {6} TEXT",
            .ja: "商談 {1} のステップ {0} はすでに完了しています({2})\nhint: 記録し直すには、先に取り消してください: salesctl deal step {3} {4} {5} {6} TEXT"
        ],
        .errForceNeedsReason: [
            .en: "{0} needs {1} TEXT: say why the deal moves without the missing steps",
            .ja: "{0} には {1} TEXT が必要です。未完了のステップを残したまま進める理由を書いてください"
        ],
        .errOnHoldReopen: [
            .en: "deal {0} is on hold; reopen it first: salesctl deal reopen {1}",
            .ja: "商談 {0} は保留中です。先に再開してください: salesctl deal reopen {1}"
        ],
        .errClosedCannotAdvance: [
            .en: "deal {0} is {1}; a closed deal cannot advance", .ja: "商談 {0} は{1}です。終わった商談のステージは進められません"
        ],
        .errStageNotInConfig: [
            .en: "deal {0} is in stage {1}, which is not in salesctl.yaml; valid: {2}",
            .ja: "商談 {0} のステージ {1} は salesctl.yaml にありません。使えるもの: {2}"
        ],
        .errLastStage: [
            .en: "deal {0} is already in the last stage {1} ({2})", .ja: "商談 {0} はすでに最後のステージ {1}({2})にあります"
        ],
        .errAlreadyInStage: [.en: "deal {0} is already in stage {1} ({2})", .ja: "商談 {0} はすでにステージ {1}({2})にあります"],
        .errMissingStep: [
            .en:
                "deal {0} cannot move to {1} ({2}): 1 step is not checked: {3}\nhint: check them with 'salesctl deal step {4} STEP {5} TEXT', or pass {6} {7} TEXT",
            .ja:
                "商談 {0} は {1}({2})に進めません。未完了のステップがあります: {3}\nhint: 'salesctl deal step {4} STEP {5} TEXT' で完了にするか、{6} {7} TEXT を付けてください"
        ],
        .errMissingSteps: [
            .en:
                "deal {0} cannot move to {1} ({2}): {3} steps are not checked: {4}\nhint: check them with 'salesctl deal step {5} STEP {6} TEXT', or pass {7} {8} TEXT",
            .ja:
                "商談 {0} は {1}({2})に進めません。未完了のステップが {3} 件あります: {4}\nhint: 'salesctl deal step {5} STEP {6} TEXT' で完了にするか、{7} {8} TEXT を付けてください"
        ],
        .errNeedsReasonCode: [
            .en: "'deal {0}' needs {1} CODE; valid: {2}", .ja: "'deal {0}' には {1} CODE が必要です。使えるもの: {2}"
        ],
        .errReasonNotHere: [
            .en: "{0} is for lose, drop and hold; use {1} to say why",
            .ja: "{0} は lose、drop、hold で使います。理由は {1} に書いてください"
        ],
        .errAlreadyStatus: [.en: "deal {0} is already {1}", .ja: "商談 {0} はすでに{1}です"],
        .errReopenFirst: [
            .en: "deal {0} is {1}; reopen it first: salesctl deal reopen {2}",
            .ja: "商談 {0} は{1}です。先に再開してください: salesctl deal reopen {2}"
        ],
        .errOpenPostSale: [
            .en:
                "deal {0} is open; it enters {1} ({2}) once won\nhint: record the win first: salesctl deal win {3} {4} TEXT",
            .ja: "商談 {0} は進行中です。{1}({2})に入るのは受注してからです\nhint: 先に受注を記録してください: salesctl deal win {3} {4} TEXT"
        ],
        .errWonPostSale: [
            .en: "deal {0} is won; it moves only through the post-sale stages: {1}",
            .ja: "商談 {0} は受注済みです。進められるのは受注後のステージだけです: {1}"
        ],
        // key persons
        .errUnknownRole: [
            .en: "unknown role {0}; valid: D, A, I",
            .ja: "役割 {0} は使えません。使えるもの: D(意思決定者)、A(承認権限者)、I(影響力保持者)"
        ],
        .errUnknownStance: [
            .en: "unknown stance {0}; valid: supporter ○, cooperative △, neutral −, uncooperative ▽, opposed ×",
            .ja:
                "スタンス {0} は使えません。使えるもの: supporter ○(後援者)、cooperative △(協力者)、neutral −(中立者)、uncooperative ▽(非協力者)、opposed ×(反対者)"
        ],
        .errUnknownAuthority: [
            .en: "unknown authority {0}; valid: strong, weak", .ja: "権限 {0} は使えません。使えるもの: strong(強い)、weak(弱い)"
        ],
        .errUnknownInformation: [
            .en: "unknown information {0}; valid: sufficient, insufficient",
            .ja: "情報量 {0} は使えません。使えるもの: sufficient(十分)、insufficient(不十分)"
        ],
        .errPersonNeedsName: [.en: "a key person needs a name", .ja: "キーパーソンには名前が必要です"],
        .errPersonExists: [
            .en: "key person {0} is already in deal {1}; change them with 'salesctl person set'",
            .ja: "キーパーソン {0} は商談 {1} にすでにいます。変更は 'salesctl person set' でしてください"
        ],
        .errNothingToChangeFields: [
            .en: "nothing to change; give at least one of {0}", .ja: "変更する項目がありません。{0} のどれかを指定してください"
        ],
        .errPersonUnchanged: [
            .en: "key person {0} already has these values; nothing changed", .ja: "キーパーソン {0} はすでにこの値です。何も変更していません"
        ],
        .errFlowList: [
            .en: "'key_persons' in {0} is a flow list; edit it by hand",
            .ja: "{0} の 'key_persons' はフロー形式のリストです。手で編集してください"
        ],
        .errNoPerson: [.en: "no key person {0} in deal {1}", .ja: "商談 {1} にキーパーソン {0} はいません"],
        .errAddPersonHint: [
            .en: "add one with 'salesctl person add {0} NAME'", .ja: "'salesctl person add {0} NAME' で登録してください"
        ],
        .errNotBlockMapping: [
            .en: "key person {0} in {1} is not written as a block mapping; edit it by hand",
            .ja: "{1} のキーパーソン {0} はブロック形式で書かれていません。手で編集してください"
        ],
        .errReportsToSelf: [
            .en: "key person {0} cannot report to themselves", .ja: "キーパーソン {0} の上長を本人にはできません"
        ],
        .errPersonNoName: [
            .en: "key person {0} has no name (expected \"name,title,department,role,stance\")",
            .ja: "キーパーソン {0} に名前がありません(\"名前,役職,部署,役割,スタンス\" の形で書いてください)"
        ],
        .errPersonTooMany: [
            .en: "key person {0} has more than 5 parts (expected \"name,title,department,role,stance\")",
            .ja: "キーパーソン {0} の項目が5つを超えています(\"名前,役職,部署,役割,スタンス\" の形で書いてください)"
        ],
        .errPersonTwice: [.en: "key person {0} is given twice", .ja: "キーパーソン {0} が2回指定されています"],
        // deal new, deal set, members
        .errNothingToChange: [.en: "nothing to change: no field given", .ja: "変更する項目が指定されていません"],
        .errDealUnchanged: [
            .en: "deal {0} already has these values; nothing changed", .ja: "商談 {0} はすでにこの値です。何も変更していません"
        ],
        .errAlreadyMember: [.en: "{0} is already a member of deal {1}", .ja: "{0} はすでに商談 {1} のメンバーです"],
        .errMember: [.en: "member", .ja: "メンバー"],
        .errMustNotBeEmpty: [.en: "{0} must not be empty", .ja: "{0} は空にできません"],
        .errNotWholeAmount: [.en: "amount {0} is not a whole number", .ja: "金額 {0} が整数ではありません"],
        .errNegativeAmount: [.en: "amount must not be negative", .ja: "金額はマイナスにできません"],
        .errBadCloseDate: [
            .en: "invalid date {0} for the expected close (expected YYYY-MM-DD)",
            .ja: "受注予定日 {0} は日付として読めません(YYYY-MM-DD の形で書いてください)"
        ],
        .errBadCurrency: [
            .en: "currency {0} is not a three-letter code such as JPY, USD or EUR",
            .ja: "通貨 {0} は JPY、USD、EUR のような3文字のコードではありません"
        ],
        .errUnknownStatus: [
            .en: "unknown status {0}; valid: open, won, lost, dropped, on-hold, closed, all",
            .ja: "状態 {0} は使えません。使えるもの: open(進行中)、won(受注)、lost(失注)、dropped(廃棄)、on-hold(保留)、closed(終了)、all(すべて)"
        ],
        // next actions
        .errNextNeedsText: [.en: "a next action needs a text", .ja: "次のアクションには内容が必要です"],
        .errNextClosed: [
            .en: "deal {0} is {1}; reopen it before planning a next action",
            .ja: "商談 {0} は{1}です。次のアクションを立てるには、先に再開してください"
        ],
        .errNoNextAction: [
            .en: "deal {0} has no open next action\nhint: set one with 'salesctl next set {1} TEXT {2} YYYY-MM-DD'",
            .ja: "商談 {0} には未完了の次のアクションがありません\nhint: 'salesctl next set {1} TEXT {2} YYYY-MM-DD' で設定してください"
        ],
        .errNextDueNeedsText: [
            .en: "a next action due date needs the next action's text", .ja: "次のアクションの期限を付けるには、アクションの内容も書いてください"
        ],
        // reports and homework
        .errHomeworkBeforeReport: [
            .en: "homework {0} is due {1}, before the report's date {2}", .ja: "宿題 {0} の期限 {1} が活動報告の日付 {2} より前です"
        ],
        .errNoReport: [.en: "no report {0}", .ja: "活動報告 {0} はありません"],
        .errReportAmbiguous: [
            .en: "report {0} is ambiguous: {1} reports match", .ja: "活動報告 {0} は {1} 件に当てはまります。もっと長く書いてください"
        ],
        .errBadHomeworkRef: [
            .en:
                "invalid homework reference {0} (expected REPORT#N, like 2026-08-04-tokai-erp-65298b#1; see 'salesctl homework list')",
            .ja:
                "宿題の参照 {0} が正しくありません(2026-08-04-tokai-erp-65298b#1 のような REPORT#N の形です。'salesctl homework list' で確認できます)"
        ],
        .errHomeworkNoReport: [
            .en: "no report {0} for homework {1}; see 'salesctl homework list'",
            .ja: "宿題 {1} の活動報告 {0} はありません。'salesctl homework list' で確認してください"
        ],
        .errHomeworkNoItem: [
            .en: "report {0} has {1} homework item{s1}; there is no #{2}", .ja: "活動報告 {0} の宿題は {1} 件です。#{2} はありません"
        ],
        .errHomeworkDone: [.en: "homework {0} is already done ({1})", .ja: "宿題 {0} はすでに完了しています({1})"],
        .errDoneBeforeGiven: [
            .en: "done date {0} is before the homework was given ({1})", .ja: "完了日 {0} が宿題の出された日({1})より前です"
        ],
        .errAttendeeForm: [
            .en: "attendee {0} must be \"name,title[,department]\"", .ja: "出席者 {0} は \"名前,役職[,部署]\" の形で書いてください"
        ],
        .errHomeworkForm: [
            .en: "homework {0} must be \"text[;for[;due]]\"", .ja: "宿題 {0} は \"内容[;担当者[;期限]]\" の形で書いてください"
        ],
        .errHomeworkDue: [
            .en: "homework due date {0} is not a date YYYY-MM-DD", .ja: "宿題の期限 {0} が YYYY-MM-DD の日付ではありません"
        ],
        .errBadQualityValue: [
            .en: "invalid value {0} for {1}; valid: yes, no, unknown",
            .ja: "{1} の値 {0} は使えません。使えるもの: yes(はい)、no(いいえ)、unknown(不明)"
        ],
        // dates, input
        .errBadDateFor: [
            .en: "invalid date {0} for {1} (expected YYYY-MM-DD)", .ja: "{1} の日付 {0} が読めません(YYYY-MM-DD の形で書いてください)"
        ],
        .errAfterToday: [.en: "{0} {1} is after today ({2})", .ja: "{0} {1} が今日({2})より後です"],
        .errWhatDate: [.en: "date", .ja: "日付"],
        .errWhatReportDate: [.en: "report date", .ja: "活動報告の日付"],
        .errWhatDoneDate: [.en: "done date", .ja: "完了日"],
        .errStdinTooLarge: [.en: "standard input is larger than {0} bytes", .ja: "標準入力が {0} バイトを超えています"],
        .errControlCharacter: [
            .en: "a value contains a control character ({0}); salesctl does not store control characters",
            .ja: "値に制御文字({0})が入っています。salesctl は制御文字を保存しません"
        ]
    ]
}

extension Deal.Status {
    /// The catalogue message of the status as people read it.
    public var message: Message {
        switch self {
        case .open: .statusOpen
        case .won: .statusWon
        case .lost: .statusLost
        case .dropped: .statusDropped
        case .onHold: .statusOnHold
        }
    }
}
