import ArgumentParser
import SalesKit

struct CheckCommand: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check",
            help: .check)
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format: text, json, ndjson (one finding per line), or github (workflow annotations).")
    var format: CheckFormat = .text

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        session.noteHiddenReports()
        let today = try session.today()
        let findings = Language.english(if: format == .json) { StoreCheck.run(store, today: today) }
        let prefix = format == .github ? GitSetup.workTreePrefix(of: store.root) ?? "" : ""
        session.output.write(
            FindingsView.render(findings, format: format.value, palette: session.palette(), pathPrefix: prefix))
        // What to do, after the findings (stderr: talk, not data).
        let hints = format == .text ? FindingsView.hints(findings) : []
        if !hints.isEmpty {
            session.output.flush()
            for line in hints { session.output.error("hint: " + line) }
        }
        if format != .github, let warning = await Git.mergeDriverWarning(root: store.root) {
            session.output.flush()
            session.output.error(warning)
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
