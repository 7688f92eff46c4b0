/// The timeline's words (deal show, feed) and the success lines of the write commands.
extension Message {
    static let timelineTable: [Message: [Language: String]] = [
        .eventCreated: [.en: "created in {0}", .ja: "{0}で登録"],
        .eventStage: [.en: "stage {0} → {1}", .ja: "ステージ {0} → {1}"],
        .eventBack: [.en: " (back)", .ja: "(差し戻し)"],
        .eventBackReason: [.en: " (back: {0})", .ja: "(差し戻し: {0})"],
        .eventForced: [.en: " (forced: {0})", .ja: "(強制: {0})"],
        .eventMissing: [.en: "; missing: {0}", .ja: "。未完了のステップ: {0}"],
        .eventStatus: [.en: "status {0} → {1}", .ja: "状態 {0} → {1}"],
        .eventReason: [.en: " ({0})", .ja: "(理由: {0})"],
        .eventChecked: [.en: "checked {0}", .ja: "ステップ完了: {0}"],
        .eventUnchecked: [.en: "unchecked {0}", .ja: "ステップ取り消し: {0}"],
        .eventQuality: [.en: "quality {0}: {1}", .ja: "クオリティ {0}: {1}"],
        .eventHomeworkDone: [.en: "homework done {0}", .ja: "宿題完了 {0}"],
        .eventPersonAdded: [.en: "key person added: {0}", .ja: "キーパーソン追加: {0}"],
        .eventPersonRemoved: [.en: "key person removed: {0}", .ja: "キーパーソン削除: {0}"],
        .eventPerson: [.en: "key person {0}: {1}", .ja: "キーパーソン {0}: {1}"],
        .eventReportsTo: [.en: "reports to", .ja: "上長"],
        .eventRemoved: [.en: "(removed)", .ja: "(削除)"],
        .eventMemberAdded: [.en: "member added: {0}", .ja: "メンバー追加: {0}"],
        .eventMemberRemoved: [.en: "member removed: {0}", .ja: "メンバー削除: {0}"],
        .eventDays: [.en: " ({0} day{s1})", .ja: "({0}日)"],
        .eventNext: [.en: "next action: {0}", .ja: "次のアクション: {0}"],
        .eventNextDue: [.en: "due {0}", .ja: "期限 {0}"],
        .eventNextDone: [.en: "next action done: {0}", .ja: "次のアクション完了: {0}"],

        // The feed (text and Markdown)
        .feedHomeworkDone: [.en: "homework done: {0}", .ja: "宿題完了: {0}"],
        .feedHomeworkDue: [.en: "homework due: {0}", .ja: "宿題の期限: {0}"],
        .feedNotDone: [.en: " (not done)", .ja: "(未完了)"],
        .feedNext: [.en: "next: {0}", .ja: "次: {0}"],
        .feedLogged: [.en: " (logged {0})", .ja: "({0} 記録)"],
        .feedCommitted: [.en: " (committed by {0}, {1})", .ja: "({0} がコミット, {1})"],

        .fieldTitle: [.en: "title", .ja: "件名"],
        .fieldCustomer: [.en: "customer", .ja: "顧客"],
        .fieldOwner: [.en: "owner", .ja: "担当"],
        .fieldAmount: [.en: "amount", .ja: "金額"],
        .fieldCurrency: [.en: "currency", .ja: "通貨"],
        .fieldExpectedClose: [.en: "expected close", .ja: "受注予定日"],
        .fieldSource: [.en: "source", .ja: "発生源"],
        .fieldRole: [.en: "role", .ja: "役割"],
        .fieldStance: [.en: "stance", .ja: "スタンス"],
        .fieldDepartment: [.en: "department", .ja: "部署"],
        .fieldPersonTitle: [.en: "title", .ja: "役職"],

        .statusOpen: [.en: "open", .ja: "進行中"],
        .statusWon: [.en: "won", .ja: "受注"],
        .statusLost: [.en: "lost", .ja: "失注"],
        .statusDropped: [.en: "dropped", .ja: "廃棄"],
        .statusOnHold: [.en: "on-hold", .ja: "保留"],

        .stanceSupporter: [.en: "supporter", .ja: "後援者"],
        .stanceCooperative: [.en: "cooperative", .ja: "協力者"],
        .stanceNeutral: [.en: "neutral", .ja: "中立者"],
        .stanceUncooperative: [.en: "uncooperative", .ja: "非協力者"],
        .stanceOpposed: [.en: "opposed", .ja: "反対者"],

        // Success lines: English keeps `id: event`; Japanese says what was done.
        .doneStage: [.en: "{0}: {1}", .ja: "商談 {0} を{1}に進めました"],
        .doneBack: [.en: "{0}: {1}", .ja: "商談 {0} を{1}に戻しました"],
        .doneWon: [.en: "{0}: {1}", .ja: "商談 {0} を受注にしました"],
        .doneLost: [.en: "{0}: {1}", .ja: "商談 {0} を失注にしました"],
        .doneDropped: [.en: "{0}: {1}", .ja: "商談 {0} を廃棄にしました"],
        .doneOnHold: [.en: "{0}: {1}", .ja: "商談 {0} を保留にしました"],
        .doneReopened: [.en: "{0}: {1}", .ja: "商談 {0} を再開しました"],
        .doneOther: [.en: "{0}: {1}", .ja: "商談 {0}: {1}"],
        .doneQuality: [.en: "{0} {1} ({2}): {3}", .ja: "商談 {0} の{2}({1})を {3} にしました"],
        .doneHomework: [.en: "{0}: homework done {1}: {2}", .ja: "商談 {0} の宿題 {1} を完了にしました: {2}"],
        .doneInit: [.en: "Initialized empty salesctl store in {0}", .ja: "{0} に空の salesctl ストアを作成しました"],
        .doneExport: [.en: "exported {0} deal{s0} and {1} report{s1} to {2}", .ja: "商談 {0} 件と活動報告 {1} 件を {2} に書き出しました"],
        .doneImport: [.en: "imported {0}", .ja: "取り込みました: {0}"],
        .doneImportDry: [.en: "would import {0} (dry run: nothing written)", .ja: "取り込み予定: {0}(--dry-run のため何も書いていません)"]
    ]
}

extension Deal.Status {
    /// The status as people read it (the raw value is what files and scripts read).
    public var word: String {
        switch self {
        case .open: Message.statusOpen.text()
        case .won: Message.statusWon.text()
        case .lost: Message.statusLost.text()
        case .dropped: Message.statusDropped.text()
        case .onHold: Message.statusOnHold.text()
        }
    }

    /// A status as written in a file, as people read it; unknown text as it is.
    public static func word(_ raw: String?) -> String {
        guard let raw else { return "?" }
        return Deal.Status(rawValue: raw)?.word ?? raw
    }
}

extension KeyPerson.Stance {
    public var word: String {
        switch self {
        case .supporter: Message.stanceSupporter.text()
        case .cooperative: Message.stanceCooperative.text()
        case .neutral: Message.stanceNeutral.text()
        case .uncooperative: Message.stanceUncooperative.text()
        case .opposed: Message.stanceOpposed.text()
        }
    }
}
