import ArgumentParser
import SalesKit

struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Record the customer's key persons and draw their power structure.",
        discussion: """
            Key persons (キーパーソン) live in the deal file under key_persons. Each has a role \
            (D decision maker, A approver, I influencer), a stance (supporter ○, cooperative △, \
            neutral −, uncooperative ▽, opposed ×), organisational authority (strong or weak), \
            information (sufficient or insufficient) and whom they report to. add, set and rm \
            change only the lines they need and append a 'person' history event.

            Examples:
              salesctl person map tokai-erp
              salesctl person set tokai-erp "山田 浩二" --stance supporter
              salesctl person add tokai-erp "伊藤 花子" --title 課長 --department 経理部 --role I
            """,
        subcommands: [PersonAdd.self, PersonSet.self, PersonRemove.self, PersonMap.self]
    )
}

enum MapFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, markdown, mermaid
}

struct PersonMap: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Show a deal's power structure: roles, stances, reporting lines, contacts and warnings.",
        discussion: """
            People are grouped by role (D, A, I) with their stance symbol, whom they report to, \
            their kind of contact by authority × information (① strong/sufficient, ② strong/ \
            insufficient, ③ weak/sufficient, ④ weak/insufficient) and when they were last met \
            (the newest report of the deal that lists them as an attendee).

            Warnings (open and on-hold deals): no-decision-maker; never-met (a D or A nobody has \
            met); opposed-approver (an A who is opposed or uncooperative); weak-only-contact (every \
            key person we have met has weak authority: ask your own manager to meet their boss); \
            not-met-recently (open deals: a key person not met for more than --days days).

            mermaid prints a flowchart that GitHub renders in Markdown (```mermaid); markdown prints \
            a table, the warnings and the flowchart.

            Examples:
              salesctl person map tokai-erp
              salesctl person map kansai-logi --days 14
              salesctl person map tokai-erp --format json | jq '.warnings[].code'
              salesctl person map tokai-erp --format markdown > tokai-erp-map.md
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String

    @Option(help: "Output format: table, json, markdown or mermaid.")
    var format: MapFormat = .table

    @Option(
        help: "Warn about key persons not met for more than N days (default: stale_days of salesctl.yaml).",
        transform: wholeNumber)
    var days: Int?

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        if let days, days < 1 { throw SalesError.invalidArgument(ErrorText(.useAtLeast, "--days", 1, days)) }
        let deal = try store.loadDeal(id)
        let reports = session.reports(of: [deal.id], detail: .full)
        let map = Language.english(if: format == .json) {  // the warnings' messages: JSON is English
            PowerMap.build(deal: deal, reports: reports, today: today, days: days ?? store.config.staleDays)
        }
        switch format {
        case .table: session.output.write(map.text(palette: session.palette()))
        case .json: session.output.write(map.json(today: today).render())
        case .markdown: session.output.write(map.markdown)
        case .mermaid: session.output.write(map.mermaid)
        }
    }
}
