/// What `git setup` says it changed, and what the merge driver writes on stderr while git merges.
extension Message {
    static let gitTable: [Message: [Language: String]] = [
        // git setup: one line per change, or that nothing needed changing
        .gitSetConfig: [.en: "set git config {0} {1}", .ja: "git config {0} を {1} に設定しました"],
        .gitSetConfigWas: [.en: "set git config {0} {1} (was {2})", .ja: "git config {0} を {1} に設定しました(変更前: {2})"],
        .gitAttributes: [
            .en: "added to .gitattributes: {0} (commit it: every clone needs it)",
            .ja: ".gitattributes に追加しました: {0}(どのクローンにも必要なので、コミットしてください)"
        ],
        .gitHookInstalled: [
            .en: "installed pre-commit hook {0}: runs 'salesctl check' before each commit",
            .ja: "pre-commit フック {0} を入れました。コミットの前に毎回 'salesctl check' を実行します"
        ],
        .gitHookUpdated: [
            .en: "updated pre-commit hook {0}: runs 'salesctl check' before each commit",
            .ja: "pre-commit フック {0} を更新しました。コミットの前に毎回 'salesctl check' を実行します"
        ],
        .gitNothing: [
            .en: "nothing to change: the merge driver is set up", .ja: "変更はありません。マージドライバーは設定済みです"
        ],
        .gitNothingHook: [
            .en: "nothing to change: the merge driver is set up and the pre-commit hook installed",
            .ja: "変更はありません。マージドライバーも pre-commit フックも設定済みです"
        ],
        // The merge driver (DealMerge, merge-driver)
        .mrgLineByLine: [.en: "{0}; merging line by line", .ja: "{0}。行単位でマージします"],
        .mrgNoFit: [
            .en:
                "the three versions do not fit together field by field (a document marker, a list re-indented on one side?)",
            .ja: "3 つの版を項目単位では組み合わせられません(ドキュメントの区切りがあるか、片方でリストのインデントが変わっていませんか?)"
        ],
        .mrgConflictOne: [
            .en: "both sides changed {0}; conflict markers around that line only, every history event kept",
            .ja: "両方の側で {0} が変わりました。その行だけを衝突マーカーで囲み、履歴のイベントはすべて残しました"
        ],
        .mrgConflictMany: [
            .en: "both sides changed {0}; conflict markers around those lines only, every history event kept",
            .ja: "両方の側で {0} が変わりました。それらの行だけを衝突マーカーで囲み、履歴のイベントはすべて残しました"
        ],
        .mrgMore: [.en: "{0} and {1} more", .ja: "{0} ほか {1} か所"],
        .mrgTopOfFile: [.en: "(top of the file)", .ja: "(ファイルの先頭)"]
    ]
}
