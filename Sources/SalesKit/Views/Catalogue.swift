import Foundation

/// The languages salesctl speaks to people. What scripts read (codes such as `[yaml-syntax]`,
/// ids, JSON keys and values, CSV/TSV headers) is never translated.
public enum Language: String, Sendable, CaseIterable, Equatable {
    case en, ja

    /// The language messages are written in: set once by the program (salesctl from
    /// `SALESCTL_LANG`, else salesctl.yaml's `language`, else English), scoped by tests with
    /// `Language.$scoped.withValue(.ja) { … }`. SalesKit never reads the environment.
    nonisolated(unsafe) private static var process = Language.en
    @TaskLocal public static var scoped: Language?

    public static func set(_ language: Language) { process = language }

    public static var current: Language { scoped ?? process }
}

/// Every message salesctl writes for people, by id, in English and Japanese: one Swift table.
///
/// Why a Swift table and not resources (.strings/.xcstrings in a bundle): the binary stays one
/// file with nothing to find at run time on Linux (Bundle.module needs the resource directory
/// beside the executable), a mistyped id is a compile error (the ids are an enum), and a test
/// (`CatalogueTests`) fails when a message lacks a language or the languages disagree on the
/// placeholders `{0}`, `{1}`, …. Arguments are inserted already quoted and escaped.
///
/// The cases are declared here, grouped by area; each area's texts are in a `Messages*.swift`
/// file beside this one, merged into `table`. docs/JAPANESE.md lists what is still English.
public enum Message: String, CaseIterable, Sendable {
    // SalesError's own cases and their hints
    case noStore, noStoreHint, storeExists, noDeal, didYouMean, dealExists, invalidID, ioError, lockTimeout,
        aborted, noMatch, knownNames, ambiguousName, couldBe, unknownEntry, unknownEntryGuess, validEntries,
        validEntriesInStage, moreNames
    case listStage, listStep, listKind, listSignal, listIndicator, listReason
    // Timeline events (deal show, feed) and the success lines of the write commands (MessagesTimeline)
    case eventCreated, eventStage, eventBack, eventBackReason, eventForced, eventMissing, eventStatus, eventReason,
        eventChecked, eventUnchecked, eventQuality, eventHomeworkDone, eventPersonAdded, eventPersonRemoved,
        eventPerson, eventReportsTo, eventRemoved, eventMemberAdded, eventMemberRemoved, eventDays,
        eventNext, eventNextDue, eventNextDone
    case feedHomeworkDone, feedHomeworkDue, feedNotDone, feedNext, feedLogged, feedCommitted
    case fieldTitle, fieldCustomer, fieldOwner, fieldAmount, fieldCurrency, fieldExpectedClose, fieldSource,
        fieldRole, fieldStance, fieldDepartment, fieldPersonTitle
    case statusOpen, statusWon, statusLost, statusDropped, statusOnHold
    case stanceSupporter, stanceCooperative, stanceNeutral, stanceUncooperative, stanceOpposed
    case doneStage, doneBack, doneWon, doneLost, doneDropped, doneOnHold, doneReopened, doneOther,
        doneQuality, doneHomework, doneInit, doneExport, doneImport, doneImportDry
    // stale list --suggest (MessagesStale)
    case sugHomework, sugHomeworkFor, sugHomeworkWhy, sugNext, sugNextWhy, sugQuality, sugQualityWhy, sugFirst,
        sugFirstWhy, sugMap, sugMapWhy, sugFindD, sugFindDWhy, sugMeetD, sugMeetDWhy, sugRoute, sugRouteWhy,
        sugHigher, sugHigherThan, sugHigherWhy, sugCall, sugCallStep, sugPerson, sugCustomer, sugCallWhy, sugAgree,
        sugAgreeWhy, sugLine
    // Table headings and the words in their cells (MessagesTables)
    case colMember, colDue, colLate, colDeal, colKind, colText, colRef
    case colId, colTitle, colCustomer, colOwner, colStage, colStatus, colAmount
    case colCurrency, colExpectedClose, colLastContact, colLastContactWords, colDate, colKindPoints, colAttendeePoints
    case colSignalPoints, colPoints, colReport, colCur, colDeals, colWeighted, colGiven
    case colFor, colAge, colClosed, colReason, colDays, colContacts, colAvgDays
    case colRole, colStance, colName, colDepartment, colReportsTo, colContact, colLastMet
    case colIndicator, colValue, colStanding, colBy, colNote, colScore, colMin
    case colUnanswered, colOverdue, colWorsened, colNext, colAuthor, colAttendees, colPath
    case colLogged, colThreshold, colEnergy, colTrend, colQuality, colHomework, colSuggestion
    case colClose, colProb, colEvidence, colTotal, colPeople, colTitles, colDepts
    case colKeyPersons, colRoute, colWeeks, colGap, colMonth, colQuarter, colSource
    case wordOpen, wordOverdueDays, wordDone, wordUnanswered, wordGood, wordBad, wordUnknown
    case wordRising, wordFalling, wordFlat, wordNever, wordOverdue, wordTotal, wordNoContact
    case wordOverdueCount, wordNoOwner, wordYes, wordNo, wordReopened, colWon, colWonAmount
    // Warnings, notes and hints (MessagesWarnings)
    case warnSkipped, warnLeftOut, hintSkipped, warnNoAuthor, warnSeparator, separatorHelp, whoAttendee, whoKeyPerson,
        whoAssignee, noteAttendeePrefix, warnAttendeeAmbiguous, warnAttendeeUnknown, warnDealUnreadable,
        hintDealUnreadable, warnOrphan, warnNoMergeDriver, warnAttributes
    // check's findings (MessagesCheck)
    case chkHistory, chkBadName, chkDefinedTwice, chkStepTwice, chkIDMismatch, chkUnknownStage, chkUnknownChecked,
        chkPersonTwice, chkUnknownMissing, chkBadStatus, chkUnknownReason, chkUnknownStep, chkUnknownIndicator,
        chkBadQuality, chkNoRef, chkBadRef, chkNoReport, chkNoItem, chkUnknownDeal, chkUnknownKind, chkUnknownSignal,
        chkDateMismatch, chkDealMismatch, chkBelongs, chkFuture
    // Sparse checkouts
    // The weekly review (ReviewStrings): page, section titles, captions and notes.
    case reviewTitle, reviewWindow, reviewOwner, reviewAllOwners, reviewNoData
    case reviewPipeline, reviewForecast, reviewMovement, reviewAttention, reviewEnergy, reviewQuality, reviewLost,
        reviewActivity
    case reviewStale, reviewNextActions, reviewHomework, reviewEnergyTrend, reviewFalls, reviewLostReasons,
        reviewPerWeek,
        reviewPeriods, reviewMovedDeals
    case reviewPipelineNote, reviewForecastNote, reviewMovementNote, reviewActivityNote, reviewMore,
        reviewFirstOf
    case hiddenReports

    static let table: [Message: [Language: String]] = [
        errorTable, timelineTable, staleTable, tableTable, warningTable, checkTable
    ]
    .reduce(into: [:]) { all, part in all.merge(part) { first, _ in first } }

    private static let errorTable: [Message: [Language: String]] = [
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
        .reviewWindow: [.en: "{0} – {1} ({2} days)", .ja: "{0} – {1}({2}日間)"],
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
        .reviewActivityNote: [
            .en: "Activity reports by author, kind and week, weeks starting {0} to {1}.",
            .ja: "報告者・種別・週ごとの活動報告({0} の週から {1} の週まで)。"
        ]
    ]

    /// The message in `language` (default: the current one), `{n}` replaced by `arguments[n]`,
    /// `{sn}` by an English plural "s" unless `arguments[n]` is 1.
    public func text(_ arguments: String..., in language: Language = .current) -> String {
        Message.fill(Message.table[self]?[language] ?? Message.table[self]?[.en] ?? rawValue, arguments)
    }

    /// `template` with its placeholders filled in one pass over its bytes: an argument is
    /// inserted as it is, never searched for placeholders itself (a customer named `{0}` stays
    /// `{0}`). A placeholder without its argument stays as written. `stale list` fills a few
    /// messages per stale deal; Foundation's `replacingOccurrences` was a quarter of its time.
    static func fill(_ template: String, _ arguments: [String]) -> String {
        guard !arguments.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        let bytes = Array(template.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + arguments.reduce(0) { $0 + $1.utf8.count })
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "{"), let (plural, index, end) = placeholder(bytes, at: i),
                index < arguments.count
            {
                let argument = arguments[index]
                if plural {
                    if argument != "1" && argument != "-1" { out.append(UInt8(ascii: "s")) }
                } else {
                    out.append(contentsOf: argument.utf8)
                }
                i = end
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `{n}` or `{sn}` at `start`: whether it is the plural form, n, and the index after `}`.
    private static func placeholder(_ bytes: [UInt8], at start: Int) -> (Bool, Int, Int)? {
        var i = start + 1
        let plural = i < bytes.count && bytes[i] == UInt8(ascii: "s")
        if plural { i += 1 }
        var index = 0
        let digits = i
        while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]), i - digits < 3 {
            index = index * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            i += 1
        }
        guard i > digits, i < bytes.count, bytes[i] == UInt8(ascii: "}") else { return nil }
        return (plural, index, i + 1)
    }
}

extension Language {
    /// What scripts read (JSON, CSV, TSV) is the same in every language: `body` runs in English
    /// when `data` is true, in the current language otherwise.
    public static func english<T>(if data: Bool, _ body: () throws -> T) rethrows -> T {
        data ? try $scoped.withValue(.en, operation: body) : try body()
    }
}

extension ConfigList {
    /// The list's name for people, in the current language.
    var word: String {
        switch self {
        case .stage: Message.listStage.text()
        case .step: Message.listStep.text()
        case .kind: Message.listKind.text()
        case .signal: Message.listSignal.text()
        case .indicator: Message.listIndicator.text()
        case .reason: Message.listReason.text()
        }
    }
}
