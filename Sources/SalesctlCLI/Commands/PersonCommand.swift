import ArgumentParser
import SalesKit

struct PersonCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "person",
            help: .person,
            subcommands: [PersonAdd.self, PersonSet.self, PersonRemove.self, PersonMap.self])
    }
}

struct PersonMap: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "map",
            help: .personMap)
    }

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
