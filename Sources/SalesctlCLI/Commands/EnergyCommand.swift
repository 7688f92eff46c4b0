import ArgumentParser
import SalesKit

struct EnergyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "energy",
        abstract: "Customer energy (ユーザエネルギー) from activity reports.",
        discussion: """
            Each activity report earns points for its kind, for each attendee's title and for each \
            signal, as set in salesctl.yaml (kinds, titles, signals). See docs/METHOD.md, "User energy".

            Examples:
              salesctl energy score --today 2026-11-20
              salesctl energy score tokai-erp --explain
            """,
        subcommands: [EnergyScore.self]
    )
}

struct EnergyScore: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score deals by customer energy: cumulative, breadth and continuity.",
        discussion: """
            Without ids: a ranking of open deals by total points, with breadth (people met, key \
            persons met, approval route), continuity (active weeks, longest gap) and the trend (points \
            of the last 4 weeks vs the 4 before, and a 12-week sparkline). With ids: the three views \
            per deal. --explain lists every report with its points; the lines sum to the total.

            A report's points = kind + Σ attendees by title (most senior keyword first, else the \
            default) + Σ signals. Only reports up to --today (and from --since) count.

            Examples:
              salesctl energy score --today 2026-11-20
              salesctl energy score tokai-erp --explain --today 2026-11-20
              salesctl energy score kansai-logi tokai-erp --format json | jq '.[] | {deal, total, trend}'
              salesctl energy score --weeks 12 --format csv > energy.csv
              salesctl energy score -q | head -3 | xargs -n1 salesctl person map
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Deal ids (default: every open deal, ranked).", completion: .dealIDs)
    var ids: [String] = []

    @Option(help: ArgumentHelp("Count only reports on or after DATE.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(
        help: "Continuity window: the last N weeks, this week included (default: \(Energy.defaultWindowWeeks)).",
        transform: wholeNumber)
    var weeks: Int = Energy.defaultWindowWeeks

    @Flag(help: "List each report's points (kind + attendees + signals), summing to the total.")
    var explain = false

    @Option(help: .listFormat)
    var format: OutputFormat = .table

    @Flag(name: [.short, .long], help: "Print only deal ids, one per line, in ranking order.")
    var quiet = false

    func run(_ context: Context) async throws {
        guard weeks >= 1 && weeks <= 520 else {
            throw SalesError.invalidArgument("--weeks must be between 1 and 520, not \(weeks)")
        }
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        let sinceDate = try parseDate(since, option: "--since")
        let selected = try store.selectDeals(ids: ids)
        session.output.warnSkipped(selected.findings)
        let deals = selected.deals
        session.noteHiddenReports(from: sinceDate)
        let loaded = store.loadReports(deals: Set(deals.map(\.id)), since: sinceDate, until: today, detail: .summary)
        session.output.warnSkipped(loaded.findings)
        var scores = Energy.scores(
            deals: deals, reports: loaded.reports, config: store.config, today: today,
            since: sinceDate, windowWeeks: weeks,
            keepLines: explain || !ids.isEmpty)  // per-report lines: 80 MB at 200k reports
        if ids.isEmpty { scores.sort { ($1.total, $0.deal) < ($0.total, $1.deal) } }
        if quiet {
            for score in scores { session.output.line(score.deal) }
            return
        }
        let byID = Dictionary(uniqueKeysWithValues: deals.map { ($0.id, $0) })
        if format == .table && (!ids.isEmpty || explain) {
            session.output.write(
                scores.map { EnergyText.detail($0, deal: byID[$0.deal]!, config: store.config, explain: explain) }
                    .joined(separator: "\n"))
            return
        }
        let (header, rows) = EnergyText.rows(
            scores, deals: byID, config: store.config, explain: explain, table: format.isForPeople)
        session.write(
            ListView(
                header: header, rows: rows,
                rightAligned: [3, 4, 5, 6, 7, 8, 9, 10],  // the table (--explain tables were written above)
                json: { .array(scores.map { $0.json(deal: byID[$0.deal]!, explain: explain) }) }), format)
    }
}

/// Text of `energy score`: the per-deal view and the ranking rows.
enum EnergyText {
    static func detail(_ s: Energy.Score, deal: Deal, config: Config, explain: Bool) -> String {
        var out = "\(deal.id)  \(deal.title) (\(deal.customer))\n"
        guard s.reportCount > 0 else {
            return out
                + "  no activity reports yet: energy 0. Log a contact with 'salesctl report add --deal \(deal.id)'\n"
        }
        let b = s.breadth
        out +=
            "  cumulative   \(s.total) points from \(s.reportCount) report\(s.reportCount == 1 ? "" : "s"), last contact \(s.lastContact!)\n"
        out += "  breadth      \(b.people) people, \(b.titles) titles, \(b.departments) departments\n"
        if b.keyPersons.isEmpty {
            out += "               no key persons recorded\n"
        } else {
            let met = b.keyPersons.filter(\.met).map { "\($0.name) (\($0.role.rawValue))" }
            let notMet = b.keyPersons.filter { !$0.met }.map { "\($0.name) (\($0.role.rawValue))" }
            out += "               key persons met \(b.keyPersonsMet)/\(b.keyPersonsTotal)"
            out += met.isEmpty ? "" : ": " + met.joined(separator: ", ")
            out += notMet.isEmpty ? "\n" : "; not met: " + notMet.joined(separator: ", ") + "\n"
            out += "               approval route (every D and A): "
            if b.approvalRouteCovered {
                out += "covered\n"
            } else if !b.keyPersons.contains(where: { $0.role != .I }) {
                out += "unknown, no D or A recorded\n"
            } else {
                out +=
                    "not covered, missing "
                    + b.approvalRouteMissing.map { "\($0.name) (\($0.role.rawValue))" }.joined(separator: ", ") + "\n"
            }
        }
        let c = s.continuity
        out +=
            "  continuity   \(c.weeksActive) of the last \(c.windowWeeks) weeks active, longest gap \(c.longestGapDays.map { "\($0) days" } ?? "-")\n"
        out +=
            "  trend        \(sparkline(s.trend.weekly))  last 4 weeks \(s.trend.recent), previous 4 weeks \(s.trend.previous) (\(s.trend.direction.rawValue))\n"
        if explain {
            out += "  reports:\n"
            for line in s.lines { out += "    " + explainLine(line, config: config) + "\n" }
            out += "    total \(s.total)\n"
        }
        return out
    }

    /// `2026-10-07 web-meeting 3 + 山田 浩二 (部長) 5 + homework-given 3 = 11`
    static func explainLine(_ line: Energy.Line, config: Config) -> String {
        var parts = ["\(line.kind) \(line.kindPoints)"]
        parts += line.attendees.map { a in "\(a.name) (\(a.title ?? "no title")) \(a.points)" }
        parts += line.signals.map { "\($0.id) \($0.points)" }
        return "\(line.date) " + parts.joined(separator: " + ") + " = \(line.points)"
    }

    static func rows(
        _ scores: [Energy.Score], deals: [String: Deal], config: Config, explain: Bool,
        table: Bool
    ) -> ([String], [[String]]) {
        if explain {
            let header = ["deal", "date", "kind", "kind_points", "attendee_points", "signal_points", "points", "report"]
            let rows = scores.flatMap { s in
                s.lines.map { l in
                    [
                        s.deal, l.date.description, l.kind, String(l.kindPoints),
                        String(l.attendees.reduce(0) { $0 + $1.points }),
                        String(l.signals.reduce(0) { $0 + $1.points }), String(l.points), l.path
                    ]
                }
            }
            return (header, rows)
        }
        let header =
            table
            ? [
                "deal", "customer", "owner", "total", "people", "titles", "depts", "key persons", "route", "weeks",
                "gap", "trend"
            ]
            : [
                "deal", "customer", "owner", "total", "people", "titles", "departments", "key_persons_met",
                "key_persons_total",
                "approval_route_covered", "weeks_active", "window_weeks", "longest_gap_days", "trend_recent",
                "trend_previous",
                "trend_direction", "weekly"
            ]
        let rows = scores.map { s -> [String] in
            let d = deals[s.deal]!
            let b = s.breadth
            let c = s.continuity
            let t = s.trend
            let gap = c.longestGapDays.map(String.init) ?? ""
            if table {
                return [
                    s.deal, d.customer, d.owner ?? "", String(s.total), String(b.people), String(b.titles),
                    String(b.departments), "\(b.keyPersonsMet)/\(b.keyPersonsTotal)",
                    b.approvalRouteCovered ? Message.wordYes.text() : Message.wordNo.text(),
                    "\(c.weeksActive)/\(c.windowWeeks)", gap,
                    "\(sparkline(t.weekly)) \(t.recent)/\(t.previous)"
                ]
            }
            return [
                s.deal, d.customer, d.owner ?? "", String(s.total), String(b.people), String(b.titles),
                String(b.departments),
                String(b.keyPersonsMet), String(b.keyPersonsTotal), String(b.approvalRouteCovered),
                String(c.weeksActive), String(c.windowWeeks), gap, String(t.recent), String(t.previous),
                t.direction.rawValue, t.weekly.map(String.init).joined(separator: " ")
            ]
        }
        return (header, rows)
    }
}
