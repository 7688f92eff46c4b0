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
        switch format {
        case .json:
            session.output.write(JSONValue.array(findings.map(\.json)).render())
        case .ndjson:
            for finding in findings { session.output.write(finding.json.render(pretty: false)) }
        case .github:
            let prefix = GitSetup.workTreePrefix(of: store.root) ?? ""
            for finding in findings { session.output.line(GitHubAnnotation.line(for: finding, pathPrefix: prefix)) }
        default:  // text
            let palette = session.palette()
            for finding in findings {
                session.output.line(
                    palette.enabled
                        ? "\(palette.bold(finding.location)): \(palette.red("error")): [\(finding.code)] \(finding.message)"
                        : finding.description)
            }
            // What to do, once per kind of finding that has a hint, after the findings (stderr:
            // talk, not data).
            var hinted = Set<String>()
            let hints = findings.filter { $0.hint != nil && hinted.insert($0.code).inserted }.compactMap(\.hint)
            if !hints.isEmpty {
                session.output.flush()
                for line in hints.joined() { session.output.error("hint: " + line) }
            }
        }
        if format != .github, let warning = await Git.mergeDriverWarning(root: store.root) {
            session.output.flush()
            session.output.error(warning)
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
