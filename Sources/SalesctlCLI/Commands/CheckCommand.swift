import ArgumentParser
import SalesKit

struct CheckCommand: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every file of the store.",
        discussion: """
            Reads salesctl.yaml, every deal and every report, and prints each problem as \
            path:line:col: error: [code] message. Prints nothing and exits 0 when the store is clean; \
            exits 1 when anything was found. Run it after a merge, in a pre-commit hook, or in CI.

            --format github prints GitHub Actions workflow annotations \
            (::error file=PATH,line=L,col=C,title=CODE::MESSAGE), with paths from the top of the \
            git work tree, so each finding shows on its line in a pull request.

            When the store is in a git clone whose merge driver is not set up, check says so once \
            on stderr (not under --format github: CI does not merge); 'salesctl git setup' fixes it.

            Codes: yaml-syntax, yaml-anchor, yaml-alias, yaml-tag, yaml-duplicate-key, yaml-key, \
            yaml-depth, yaml-multiple-documents, invalid-utf8, control-character, file-too-large, \
            value-too-long, missing-field, type, \
            bad-date, bad-value, bad-id, id-mismatch, duplicate-id, duplicate-person, unknown-stage, \
            unknown-step, unknown-reason, unknown-indicator, unknown-deal, unknown-kind, \
            unknown-signal, bad-name, name-mismatch, future-date, no-front-matter, merge-conflict.

            A deal file with git conflict markers gives one merge-conflict finding at the first \
            marker, with hints on stderr (resolve it, or set up 'salesctl merge-driver'); its \
            reports are not reported as of an unknown deal.

            Examples:
              salesctl check
              salesctl -C examples/broken check --today 2026-11-20
              salesctl check --format json | jq -r '.[].code' | sort | uniq -c
              salesctl check --format github     # in a GitHub Actions step
            """
    )

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
