import ArgumentParser
import SalesKit

struct ExportCommand: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            help: .export)
    }

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
                throw SalesError.refused("\(quoted(sqlite)) already exists\nhint: pass --force to replace it")
            }
            guard !FileSystem.isDirectory(target) else { throw SalesError.refused("\(quoted(sqlite)) is a directory") }
        }
        session.noteHiddenReports()
        let summary = try SQLiteExport.write(store, to: target, display: sqlite, today: today)
        session.output.warnSkipped(summary.findings)
        let deals = summary.rows["deals"] ?? 0
        let reports = summary.rows["reports"] ?? 0
        session.output.error(Message.doneExport.text(String(deals), String(reports), quoted(sqlite)))
    }
}
