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
        if let days, days < 1 { throw SalesError.invalidArgument("--days must be at least 1, not \(days)") }
        let deal = try store.loadDeal(id)
        let map = PowerMap.build(
            deal: deal, reports: session.reports(of: [deal.id], detail: .full), today: today,
            days: days ?? store.config.staleDays)
        switch format {
        case .json: session.output.write(map.json(today: today).render())
        case .markdown: session.output.write(map.markdown)
        case .mermaid: session.output.write(map.mermaid)
        default: session.output.write(map.text(palette: session.palette()))  // table
        }
    }
}

extension PowerMap {
    var header: [String] {  // "title" is the person's (役職), not the deal's (件名)
        [
            "role", "stance", "name", Message.fieldPersonTitle.text(), "department", "reports to", "contact",
            "last met", "days"
        ]
    }

    var rows: [[String]] {
        people.map { p in
            let k = p.keyPerson
            return [
                k.role?.rawValue ?? "-", k.stance.map { "\($0.symbol) \($0.word)" } ?? "", k.name, k.title ?? "",
                k.department ?? "", k.reportsTo ?? "", p.quadrant?.symbol ?? "",
                p.lastMet?.description ?? Message.wordNever.text(),
                p.daysSinceMet.map(String.init) ?? ""
            ]
        }
    }

    /// Seed 001's legend for the kinds of contact that appear.
    var legend: [String] {
        Quadrant.allCases.filter { q in people.contains { $0.quadrant == q } }
            .map { "\($0.symbol) \($0.label): \($0.advice)" }
    }

    func text(palette: Palette) -> String {
        var out = palette.bold("\(deal.id)  \(deal.title)") + "  \(deal.customer)\n\n"
        if people.isEmpty {
            out += "  (no key persons: add them with 'salesctl person add \(deal.id) NAME --role D ...')\n"
        } else {
            var table = TextTable(
                columns: header.enumerated().map { TextTable.Column(header: $1, alignment: $0 == 8 ? .right : .left) })
            table.rows = rows
            out += table.render()
            if !legend.isEmpty { out += "\n" + legend.map { "  " + $0 + "\n" }.joined() }
        }
        if !warnings.isEmpty {
            out += "\n" + palette.bold("Warnings") + "\n"
            for warning in warnings { out += "  " + palette.yellow("!") + " \(warning.message)\n" }
        }
        return out
    }

    var markdown: String {
        var out = "## \(deal.title) (\(deal.customer)): power structure\n\n"
        if !people.isEmpty {
            out += markdownTable(header: header, rows: rows, rightAligned: [8])
            if !legend.isEmpty { out += "\n" + legend.map { "- " + $0 + "\n" }.joined() }
        }
        if !warnings.isEmpty {
            out += "\n### Warnings\n\n" + warnings.map { "- \($0.message)\n" }.joined()
        }
        return out + "\n```mermaid\n" + mermaid + "```\n"
    }

    func json(today: CalendarDate) -> JSONValue {
        .object([
            ("deal", .string(deal.id)),
            ("title", .string(deal.title)),
            ("customer", .string(deal.customer)),
            ("status", .string(deal.status.rawValue)),
            ("today", .string(today.description)),
            ("days", .int(days)),
            (
                "people",
                .array(
                    people.map { p in
                        let k = p.keyPerson
                        return .object([
                            ("name", .string(k.name)), ("title", .optional(k.title)),
                            ("department", .optional(k.department)),
                            ("role", .optional(k.role?.rawValue)), ("stance", .optional(k.stance?.rawValue)),
                            ("stance_symbol", .optional(k.stance?.symbol)),
                            ("authority", .optional(k.authority?.rawValue)),
                            ("information", .optional(k.information?.rawValue)),
                            ("quadrant", p.quadrant.map { .int($0.rawValue) } ?? .null),
                            ("reports_to", .optional(k.reportsTo)),
                            ("direct_reports", .array(p.directReports.map { .string($0) })),
                            ("last_met", .optional(p.lastMet?.description)),
                            ("days_since_met", p.daysSinceMet.map { .int($0) } ?? .null),
                            ("meetings", .int(p.meetings))
                        ])
                    })
            ),
            (
                "warnings",
                .array(
                    warnings.map { w in
                        .object([
                            ("code", .string(w.code)), ("person", .optional(w.person)), ("message", .string(w.message))
                        ])
                    })
            )
        ])
    }
}
