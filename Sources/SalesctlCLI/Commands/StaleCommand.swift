import ArgumentParser
import SalesKit

struct StaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stale",
        abstract: "Deals nobody has contacted for too long (未接触のお客様リスト).",
        discussion: """
            The manager's weekly list: open deals whose newest activity report is older than the \
            stage's stale_days (else salesctl.yaml's stale_days), with energy, quality, homework and \
            suggestions for re-contacting the customer. See docs/METHOD.md, "Stale deals".

            Examples:
              salesctl stale list --today 2026-11-20
              salesctl stale list --suggest --format markdown > stale.md
            """,
        subcommands: [StaleList.self]
    )
}

/// `stale list` formats: the list formats plus Markdown for a weekly mail.
extension Staleness.Sort: ExpressibleByArgument {}

struct StaleList: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List open deals whose last contact is older than a threshold, with energy and quality.",
        discussion: """
            The last contact is the date of the deal's newest activity report (a deal without reports \
            counts from its creation date). A deal is stale when more days than the threshold have \
            passed by --as-of: exactly N days is not stale, N+1 is. The threshold is --days, else the \
            stage's stale_days in salesctl.yaml, else stale_days (30). Editing the deal or planning a \
            next step does not reset it; only a report does.

            Columns: last contact, days since, threshold, energy total and 12-week trend, quality \
            score, open homework (overdue), and the last report's next step. The table is grouped by \
            owner. --suggest adds a concrete next action per deal, with the fact behind it. \
            --exit-code exits 1 when the list is not empty, for cron scripts.

            Examples:
              salesctl stale list --today 2026-11-20
              salesctl stale list --as-of 2026-11-20 --suggest --owner "鈴木 大輔"
              salesctl stale list --days 14 --sort amount --format markdown > stale.md
              salesctl stale list --format json | jq -r '.[] | "\\(.owner)\\t\\(.deal)\\t\\(.days_since)"'
              salesctl stale list --exit-code --format csv > stale.csv || mail -s "stale deals" team < stale.csv
              salesctl stale list -q --stage 決定 | xargs -n1 salesctl energy score --explain
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(
        help: "Stale after N days without contact (default: the stage's stale_days, else salesctl.yaml's stale_days).",
        transform: wholeNumber)
    var days: Int?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Count days up to DATE (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: "Only deals owned by this rep.", completion: .people)
    var owner: String?

    @Option(help: "Only deals in this stage (id or label).", completion: .stages)
    var stage: String?

    @Option(help: "Only deals whose customer contains this text.")
    var customer: String?

    @Option(help: "Order: days (most days first), amount, energy or quality (highest first).")
    var sort: Staleness.Sort = .days

    @Flag(help: "Add a concrete next action per deal, with its reason.")
    var suggest = false

    @Flag(name: .customLong("exit-code"), help: "Exit 1 when the list is not empty.")
    var exitCode = false

    @Option(help: .listFormat)
    var format: OutputFormat = .table

    @Flag(name: [.short, .long], help: "Print only deal ids, one per line, in list order.")
    var quiet = false

    func run(_ context: Context) async throws {
        if let days, days < 0 { throw SalesError.invalidArgument("--days must not be negative") }
        let session = try global.open(context)
        let store = session.store
        let date = try parseDate(asOf, option: "--as-of") ?? session.today()
        let deals = session.deals()
        let query = try DealQuery(
            status: "open", stage: stage, owner: owner, customer: customer, config: store.config,
            deals: deals)
        session.noteHiddenReports()
        let listing = store.listReports()  // once, for the last contacts and the reports then read
        let stale = Staleness.find(
            deals: query.select(deals), lastContacts: store.lastContacts(until: date, in: listing),
            config: store.config, asOf: date, days: days)
        let reports = store.loadReports(
            deals: Set(stale.map(\.deal.id)), until: date, detail: .summary, listing: listing)
        session.output.warnSkipped(reports.findings)
        let rows = Language.english(if: !format.isForPeople) {
            Staleness.rows(stale, reports: reports.reports, config: store.config, asOf: date, sort: sort)
        }
        if quiet {
            for row in rows { session.output.line(row.deal.id) }
        } else {
            session.output.write(
                StaleText.render(
                    rows, format: format, suggest: suggest, config: store.config, palette: session.palette(),
                    width: session.output.terminalWidth))
        }
        if exitCode && !rows.isEmpty { throw ExitCode(1) }
    }
}

enum StaleText {
    static func render(
        _ rows: [Staleness.Row], format: OutputFormat, suggest: Bool, config: Config, palette: Palette, width: Int?
    ) -> String {
        let people = format.isForPeople
        var header = [
            "deal", "customer", "owner", "stage", "last_contact", "days_since", "threshold", "energy", "trend",
            "quality", "open_homework", "overdue_homework", "next"
        ]
        if people {
            header = [
                "deal", "customer", "owner", "stage", "last contact", "days", "threshold", "energy", "trend",
                "quality", "homework", "next"
            ]
        }
        if suggest && format != .table { header += people ? ["suggestion"] : ["suggestion", "reason"] }
        let cells = rows.map { r -> [String] in
            let overdue = r.overdueHomework.count
            let stageText: String = people ? config.stageLabel(r.deal.stage) : r.deal.stage
            let created: String = people ? Message.wordNoContact.text(r.deal.created.description) : ""
            let direction: String = people ? r.energy.trend.direction.word : r.energy.trend.direction.rawValue
            let trend: String = people ? sparkline(r.energy.trend.weekly) + " " + direction : direction
            var row: [String] = [
                r.deal.id, r.deal.customer, r.deal.owner ?? "", stageText,
                r.stale.lastContact?.description ?? created,
                String(r.stale.daysSince), String(r.stale.threshold), String(r.energy.total), trend,
                r.quality.score.map(String.init) ?? ""
            ]
            if people {
                let late: String = overdue > 0 ? Message.wordOverdueCount.text(String(overdue)) : ""
                row.append(r.homework.isEmpty ? "" : String(r.homework.count) + late)
            } else {
                row += [String(r.homework.count), String(overdue)]
            }
            row.append(r.nextStep ?? "")
            if suggest && format != .table {
                let first = r.suggestions.first
                row +=
                    people
                    ? [first.map { Message.sugLine.text($0.action, $0.reason) } ?? ""]
                    : [first?.action ?? "", first?.reason ?? ""]
            }
            return row
        }
        switch format {
        case .json:
            return JSONValue.array(rows.map { json($0, suggest: suggest) }).render()
        case .ndjson:
            return rows.map { json($0, suggest: suggest).render(pretty: false) }.joined()
        case .csv:
            return Delimited.csv(header: header, rows: cells)
        case .tsv:
            return Delimited.tsv(header: header, rows: cells)
        case .excel:
            return Delimited.excel(header: header, rows: cells)
        case .markdown:
            return rows.isEmpty ? "" : markdownTable(header: header, rows: cells, rightAligned: [5, 6, 7, 9])
        case .table:
            guard !rows.isEmpty else { return "" }
            return groupedTable(rows, header: header, cells: cells, suggest: suggest, palette: palette, width: width)
        }
    }

    /// One table (aligned across groups) without the owner column, a heading line per owner, and
    /// the suggestions under their deal.
    static func groupedTable(
        _ rows: [Staleness.Row], header: [String], cells: [[String]], suggest: Bool, palette: Palette, width: Int?
    ) -> String {
        let order = rows.indices.sorted { (rows[$0].deal.owner ?? "", $0) < (rows[$1].deal.owner ?? "", $1) }
        let dropOwner = { (row: [String]) in row.enumerated().filter { $0.offset != 2 }.map(\.element) }
        let table = TextTable(
            columns: dropOwner(header).enumerated().map { i, title in
                TextTable.Column(
                    header: title, alignment: [4, 5, 6, 8].contains(i) ? .right : .left, keepsWidth: i == 0)
            }, rows: order.map { dropOwner(cells[$0]) })
        let lines = table.render(maxWidth: width, colorHeader: palette.bold)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out = lines[0] + "\n"
        var owner: String?
        for (line, index) in zip(lines.dropFirst(), order) {
            let row = rows[index]
            if owner != (row.deal.owner ?? "") {  // nil before the first row
                owner = row.deal.owner ?? ""
                let count = rows.filter { ($0.deal.owner ?? "") == owner }.count
                out += "\n" + palette.bold("\(owner!.isEmpty ? Message.wordNoOwner.text() : owner!) (\(count))") + "\n"
            }
            out += line + "\n"
            if suggest {
                for s in row.suggestions { out += "    → " + Message.sugLine.text(s.action, s.reason) + "\n" }
            }
        }
        return out
    }

    static func json(_ r: Staleness.Row, suggest: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("deal", .string(r.deal.id)),
            ("title", .string(r.deal.title)),
            ("customer", .string(r.deal.customer)),
            ("owner", .optional(r.deal.owner)),
            ("stage", .string(r.deal.stage)),
            ("amount", r.deal.amount.map { .int($0) } ?? .null),
            ("currency", .optional(r.deal.currency)),
            ("created", .string(r.deal.created.description)),
            ("last_contact", .optional(r.stale.lastContact?.description)),
            ("days_since", .int(r.stale.daysSince)),
            ("threshold", .int(r.stale.threshold)),
            (
                "energy",
                .object([
                    ("total", .int(r.energy.total)),
                    (
                        "trend",
                        .object([
                            ("recent", .int(r.energy.trend.recent)),
                            ("previous", .int(r.energy.trend.previous)),
                            ("direction", .string(r.energy.trend.direction.rawValue)),
                            ("weekly", .array(r.energy.trend.weekly.map { .int($0) }))
                        ])
                    )
                ])
            ),
            ("quality", r.quality.score.map { .int($0) } ?? .null),
            (
                "open_homework",
                .array(
                    r.homework.map { h in
                        .object([
                            ("ref", .string(h.ref)), ("text", .string(h.text)), ("for", .optional(h.assignee)),
                            ("due", .optional(h.due?.description)),
                            ("overdue", .bool(h.status(today: r.stale.asOf) == .overdue))
                        ])
                    })
            ),
            ("next", .optional(r.nextStep))
        ]
        if suggest {
            members.append(
                (
                    "suggestions",
                    .array(
                        r.suggestions.map { .object([("action", .string($0.action)), ("reason", .string($0.reason))]) })
                ))
        }
        return .object(members)
    }
}
