/// The power map (`person map`): its warnings, seed 001's kinds of contact, its text, Markdown
/// and Mermaid labels.
extension Message {
    static let powerMapTable: [Message: [Language: String]] = [
        .pmNoDecisionMaker: [
            .en: "no decision maker (D) identified: find out who owns the project and raises the approval (稟議)",
            .ja: "意思決定者(D)がわかっていません。誰が案件の責任者で稟議を起こすのかを確かめてください"
        ],
        .pmNeverMetD: [
            .en: "decision maker {0} (D) has never been met: ask for a meeting",
            .ja: "意思決定者 {0}(D)にまだ会えていません。面談を申し込んでください"
        ],
        .pmNeverMetA: [
            .en:
                "approver {0} (A) has never been met: ask the decision maker to introduce you, or bring your own manager",
            .ja: "承認権限者 {0}(A)にまだ会えていません。意思決定者に紹介を頼むか、自社の上司に同行してもらってください"
        ],
        .pmOpposedApprover: [
            .en: "approver {0} is {1} ({2}): find out why, and who can persuade them",
            .ja: "承認権限者 {0} が{1}({2})です。その理由と、説得できる人を探ってください"
        ],
        .pmWeakOnlyOne: [
            .en: "our only contact {0} has weak authority: ask your own manager to meet {1}, or find another route",
            .ja: "接触できているのは権限の弱い {0} だけです。自社の上司から{1}に会ってもらうか、別のルートを探してください"
        ],
        .pmWeakAll: [
            .en:
                "everyone we have met ({0}) has weak authority: ask your own manager to meet {1}, or find another route",
            .ja: "会えている方({0})は全員、権限が弱い方です。自社の上司から{1}に会ってもらうか、別のルートを探してください"
        ],
        .pmTheirBoss: [.en: "their boss", .ja: "その上長"],
        .pmTheirBossNamed: [.en: "their boss ({0})", .ja: "その上長({0})"],
        .pmNotMet: [
            .en: "{0} not met for {1} day{s1} (last {2}); the limit is {3}",
            .ja: "{0} に {1} 日会っていません(最後は {2})。基準は {3} 日です"
        ],
        .pmQuadrantOne: [.en: "strong authority, sufficient information", .ja: "権限が強く、情報も十分"],
        .pmQuadrantTwo: [.en: "strong authority, insufficient information", .ja: "権限は強いが、情報が不十分"],
        .pmQuadrantThree: [.en: "weak authority, sufficient information", .ja: "権限は弱いが、情報は十分"],
        .pmQuadrantFour: [.en: "weak authority, insufficient information", .ja: "権限が弱く、情報も不十分"],
        .pmAdviceOne: [.en: "can decide and act; ask for the decision", .ja: "決めて動ける方。決断をお願いする"],
        .pmAdviceTwo: [
            .en: "has the power but not the facts; bring them information", .ja: "力はあるが事実を知らない方。情報を届ける"
        ],
        .pmAdviceThree: [
            .en: "knows but may not move their boss; ask your own manager to meet their boss",
            .ja: "事情は知っているが上長を動かせないかもしれない方。自社の上司からその上長に会ってもらう"
        ],
        .pmAdviceFour: [
            .en: "neither decides nor knows; look for another route", .ja: "決められず、事情も知らない方。別のルートを探す"
        ],
        .pmNoPersons: [
            .en: "  (no key persons: add them with 'salesctl person add {0} NAME --role D ...')",
            .ja: "  (キーパーソンが未登録です。'salesctl person add {0} NAME --role D ...' で登録してください)"
        ],
        .pmWarnings: [.en: "Warnings", .ja: "注意"],
        .pmTitle: [.en: "{0} ({1}): power structure", .ja: "{0}({1}): パワーストラクチャー"],
        .pmLastMet: [.en: "last met {0}", .ja: "最終面談 {0}"],
        .pmNeverMet: [.en: "never met", .ja: "未面談"],
        .pmNotKeyPerson: [.en: "(not a key person)", .ja: "(キーパーソン外)"]
    ]
}
