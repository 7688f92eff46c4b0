import ArgumentParser
import SalesKit

struct ExportCommand: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the whole store as an SQLite database for BI tools and spreadsheets.",
        discussion: """
            Writes normalised tables: deals, deal_members, events (the history of every deal) and \
            event_fields, key_persons, checklist, quality_judgements, next_actions, reports, attendees, signals, \
            homework, plus stages, kinds and meta. docs/EXPORT.md documents every column and has \
            example queries. Dates are text YYYY-MM-DD; amounts are whole numbers.

            The database is written to a temporary file beside FILE and renamed over it when \
            complete. An existing FILE is replaced only with --force. Files of the store that do not \
            read are skipped with a warning, as list commands skip them.

            Examples:
              salesctl export --sqlite sales.db
              salesctl export --sqlite sales.db --force && sqlite3 sales.db \\
                "SELECT owner, count(*) FROM deals WHERE status = 'open' GROUP BY owner"
              salesctl -C examples/basic export --sqlite /tmp/basic.db --today 2026-11-20
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp("Write the SQLite database FILE.", valueName: "FILE"),
        completion: .file(extensions: ["db", "sqlite"]))
    var sqlite: String

    @Flag(help: "Replace FILE if it exists.")
    var force = false

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        let target = context.path(sqlite)
        if FileSystem.exists(target) {
            guard force else {
                throw SalesError.refused(ErrorText(.useFileExists, quoted(sqlite), "--force"))
            }
            guard !FileSystem.isDirectory(target) else {
                throw SalesError.refused(ErrorText(.useIsDirectory, quoted(sqlite)))
            }
        }
        session.noteHiddenReports()
        let summary = try SQLiteExport.write(store, to: target, display: sqlite, today: today)
        session.output.warnSkipped(summary.findings)
        let deals = summary.rows["deals"] ?? 0
        let reports = summary.rows["reports"] ?? 0
        session.output.error(Message.doneExport.text(String(deals), String(reports), quoted(sqlite)))
    }
}
