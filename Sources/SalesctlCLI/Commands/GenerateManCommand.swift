import ArgumentParser
import SalesKit

/// `salesctl generate-man DIR` (hidden): writes the man pages generated from the command tree.
/// `scripts/generate-docs` runs it; `DocsDriftTests` checks the committed `man/` against it.
struct GenerateManCommand: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-man",
        abstract: "Write the man pages of every command into a directory.",
        discussion: """
            Writes DIR/salesctl.1 and one page per command (salesctl-deal-new.1, ...), generated \
            from the same command tree as --help, with a fixed date so the output is reproducible. \
            Used by scripts/generate-docs; prints the names of the pages it wrote.

            Examples:
              salesctl generate-man man
              salesctl generate-man /tmp/man && man -l /tmp/man/salesctl-deal-new.1
            """,
        shouldDisplay: false
    )

    /// The date in every page footer. Change it with the version, never to today's date.
    static let date = "2026-11-20"

    @Argument(help: "The directory to write the pages into (created when missing).")
    var directory: String

    func run(_ context: Context) async throws {
        var json = ""
        do { _ = try Salesctl.parseAsRoot(["--experimental-dump-help"]) } catch {
            json = Salesctl.fullMessage(for: error)
        }
        let tree = try CommandDoc.parse(dumpHelp: json)
        let pages = ManPage.pages(
            for: tree, version: BuildInfo.version, date: Self.date,
            rootSections: Self.rootSections)
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
}
