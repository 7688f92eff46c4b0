import ArgumentParser
import SalesKit

/// `salesctl generate-man DIR` (hidden): writes the man pages generated from the command tree.
/// `scripts/generate-docs` runs it; `DocsDriftTests` checks the committed `man/` against it.
struct GenerateManCommand: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "generate-man", help: .generateMan, shouldDisplay: false)
    }

    /// The date in every page footer. Change it with the version, never to today's date.
    static let date = "2026-11-20"

    @Argument(help: "The directory to write the pages into (created when missing).")
    var directory: String

    func run(_ context: Context) async throws {
        var json = ""
        do { _ = try Salesctl.parseAsRoot(["--experimental-dump-help"]) } catch {
            json = Salesctl.fullMessage(for: error)
        }
        let tree = try CommandDoc.parse(dumpHelp: json).localizingOptions()
        let japanese = Language.current == .ja
        let pages = ManPage.pages(
            for: tree, version: BuildInfo.version, date: Self.date,
            rootSections: japanese ? Self.rootSectionsJA : Self.rootSections,
            words: japanese ? .japanese : .english)
        let directory = context.path(self.directory)
        try FileSystem.createDirectories(directory)
        for page in pages {
            try FileSystem.writeAtomically(Array(page.text.utf8), to: directory + "/" + page.fileName)
            context.output.line(page.fileName)
        }
    }

    static let rootSections: [(title: String, paragraphs: [String])] = [
        (
            "Environment",
            [
                "SALESCTL_DIR\tThe store to use when -C/--dir is not given.",
                "SALESCTL_TODAY\tToday's date (YYYY-MM-DD) when --today is not given.",
                "SALESCTL_AUTHOR\tThe author of new deals and reports (else git's user.name).",
                "SALESCTL_LANG\tThe language of messages, --help and tables: ja or en (else salesctl.yaml's language, else en).",
                "NO_COLOR\tAny non-empty value turns colour off unless --color always; TERM=dumb does too.",
                "GIT_EDITOR, VISUAL, EDITOR\tThe editor of report add, in git's order (else vi)."
            ]
        ),
        (
            "Exit status",
            [
                "0\tSuccess; check found nothing.",
                "1\tFailure, or findings of check.",
                "2\tUsage error: unknown option, bad option value.",
                "75\tAnother salesctl holds the store lock; try again."
            ]
        ),
        (
            "Files",
            [
                "salesctl.yaml\tThe team's settings: stages, kinds, signals, quality indicators.",
                "deals/<id>.yaml\tOne deal.",
                "reports/YYYY/MM/<date>-<deal>-<suffix>.md\tOne customer contact."
            ]
        )
    ]

    /// `rootSections` in Japanese (`SALESCTL_LANG=ja salesctl generate-man man/ja/man1`).
    static let rootSectionsJA: [(title: String, paragraphs: [String])] = [
        (
            "環境変数",
            [
                "SALESCTL_DIR\t-C/--dir がないときに使うストア。",
                "SALESCTL_TODAY\t--today がないときの今日の日付 (YYYY-MM-DD)。",
                "SALESCTL_AUTHOR\t新しい商談と活動報告の作成者 (ないときは git の user.name)。",
                "SALESCTL_LANG\tメッセージ、--help、表の言語: ja または en (ないときは salesctl.yaml の language、それもなければ en)。",
                "NO_COLOR\t空でない値なら、--color always のとき以外は色を付けない。TERM=dumb も同じ。",
                "GIT_EDITOR, VISUAL, EDITOR\treport add で使うエディター。git と同じ順に探す (どれもなければ vi)。"
            ]
        ),
        (
            "終了ステータス",
            [
                "0\t成功。check では問題なし。",
                "1\t失敗、または check が問題を見つけた。",
                "2\t使い方の誤り: 不明なオプション、不正な値。",
                "75\t別の salesctl がストアをロックしている。少し待ってからやり直す。"
            ]
        ),
        (
            "ファイル",
            [
                "salesctl.yaml\tチームの設定: ステージ、活動種別、シグナル、クオリティ指標。",
                "deals/<id>.yaml\t商談 1 件。",
                "reports/YYYY/MM/<date>-<deal>-<suffix>.md\t顧客との接触 1 回の活動報告。"
            ]
        )
    ]
}

extension CommandDoc {
    /// The tree with the help of every argument and option in `Language.current` (`OptionHelp`).
    func localizingOptions() -> CommandDoc {
        var copy = self
        copy.arguments = arguments?.map { argument in
            var argument = argument
            argument.abstract = argument.abstract.map(OptionHelp.text)
            return argument
        }
        copy.subcommands = subcommands?.map { $0.localizingOptions() }
        return copy
    }
}
