/// Warnings, notes and hints on stderr (the `warning:`, `note:` and `hint:` prefixes stay, as
/// SalesError's `hint:` does: people grep for them).
extension Message {
    static let warningTable: [Message: [Language: String]] = [
        .warnSkipped: [.en: "warning: skipped {0}", .ja: "warning: 読めないため飛ばしました: {0}"],
        .warnLeftOut: [
            .en: "{0} deal{s0} left out of this output and its totals: {1}",
            .ja: "商談 {0} 件をこの出力と合計から除きました: {1}"
        ],
        .hintSkipped: [
            .en: "hint: fix the skipped files by hand; 'salesctl check' lists every problem in the store",
            .ja: "hint: 飛ばしたファイルは手で直してください。'salesctl check' でストアの問題をすべて確認できます"
        ],
        .warnNoAuthor: [
            .en: "warning: nobody to record as the author; pass --author, set SALESCTL_AUTHOR or git's user.name",
            .ja: "warning: 記録者がわかりません。--author を付けるか、SALESCTL_AUTHOR か git の user.name を設定してください"
        ],
        .warnSeparator: [
            .en:
                "warning: {0} name {1} contains {2}; if it separates a name from a title, the wrong separator was typed ({3})",
            .ja: "warning: {0}の名前 {1} に {2} が入っています。名前と役職を分けるつもりなら、区切り文字が違います({3})"
        ],
        .separatorHelp: [
            .en: "fields are separated by , ， 、 and homework fields by ; ；",
            .ja: "項目の区切りは , ， 、 宿題の項目の区切りは ; ；"
        ],
        .whoAttendee: [.en: "attendee", .ja: "出席者"],
        .whoKeyPerson: [.en: "key person", .ja: "キーパーソン"],
        .whoAssignee: [.en: "homework assignee", .ja: "宿題の担当者"],
        .noteAttendeePrefix: [
            .en: "note: attendee {0} written as {1}, the only person known at {2} whose name starts so",
            .ja: "note: 出席者 {0} を {1} として記録しました({2} でこの名前で始まるのはこの方だけです)"
        ],
        .warnAttendeeAmbiguous: [
            .en: "warning: attendee {0} has no title and could be any of {1}; give the full name or a title",
            .ja: "warning: 出席者 {0} は役職がなく、{1} のどなたか分かりません。フルネームか役職を書いてください"
        ],
        .warnAttendeeUnknown: [
            .en:
                "warning: attendee {0} has no title and matches no key person or earlier contact at {1}; give one as \"name,title[,department]\" so energy counts it",
            .ja: "warning: 出席者 {0} は役職がなく、{1} のキーパーソンにも過去の接触相手にも当たりません。エネルギーに数えるには \"氏名,役職[,部署]\" と書いてください"
        ],
        .warnDealUnreadable: [
            .en: "warning: the report is written, but deal {0} does not read: {1}",
            .ja: "warning: 活動報告は書きましたが、商談 {0} が読めません: {1}"
        ],
        .hintDealUnreadable: [
            .en:
                "hint: fix {0} ('salesctl check' says where); the report's attendees were not matched to the deal's key persons",
            .ja: "hint: {0} を直してください(場所は 'salesctl check' で分かります)。出席者は商談のキーパーソンと照合していません"
        ],
        .warnOrphan: [
            .en: "warning: {0} still reports to {1}; fix it with 'salesctl person set {2} \"{0}\" --reports-to ...'",
            .ja: "warning: {0} の上長がまだ {1} のままです。'salesctl person set {2} \"{0}\" --reports-to ...' で直してください"
        ],
        .warnNoMergeDriver: [
            .en:
                "warning: this git clone has no merge driver for deal files, so same-day edits of one deal conflict\nhint: run 'salesctl git setup' once in this clone",
            .ja:
                "warning: この git クローンには商談ファイルのマージドライバがないため、同じ日に同じ商談を編集すると衝突します\nhint: このクローンで一度 'salesctl git setup' を実行してください"
        ],
        .warnAttributes: [
            .en:
                "warning: .gitattributes does not send deal files to salesctl's merge driver, so same-day edits of one deal conflict\nhint: run 'salesctl git setup' once in this clone",
            .ja:
                "warning: .gitattributes が商談ファイルを salesctl のマージドライバに渡していないため、同じ日に同じ商談を編集すると衝突します\nhint: このクローンで一度 'salesctl git setup' を実行してください"
        ]
    ]
}
