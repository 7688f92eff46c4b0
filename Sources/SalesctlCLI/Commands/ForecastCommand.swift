import ArgumentParser
import SalesKit

extension Forecast.Grouping: ExpressibleByArgument {}
extension LostDeals.Grouping: ExpressibleByArgument {}

struct ForecastCommand: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast open deals (amount × stage probability, with the evidence) and deals won.",
        discussion: """
            Open deals, and deals won (deals on hold are left out until reopened). A won deal counts \
            at its amount in the month of the win (the date of its 'deal win'), shown as 'won' in \
            the prob column; won deals are listed when won within --from/--to, or since the start \
            of today's quarter without --from. The weighted pipeline holds open deals only. Weighted = amount × the \
            probability of the deal's stage / 100, rounded to the nearest unit (halves up); totals \
            add the rounded values, per currency (JPY is never added to USD). Evidence = checked \
            steps / all steps of the deal's stage and the stages before it. Deals whose expected \
            close date is before today are flagged 'overdue'. --from/--to filter on the expected \
            close date (inclusive); deals without one are listed (in group '-') only without a range.

            The table shows the deals, then the totals per group and currency. CSV/TSV give the deal \
            rows; JSON gives deals, groups and totals.

            Examples:
              salesctl forecast
              salesctl forecast --by quarter --from 2026-10-01 --to 2027-03-31
              salesctl forecast --by owner --format csv > forecast.csv
              salesctl forecast --format json | jq '.deals[] | select(.overdue)'
              salesctl forecast -q --to 2026-12-31 | xargs -n1 salesctl deal show
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only deals expected to close on or after DATE.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("Only deals expected to close on or before DATE.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(help: "Group by month, quarter (calendar), owner or stage.")
    var by: Forecast.Grouping = .month

    @Option(help: .listFormat)
    var format: ListFormat = .table

    @Flag(name: [.short, .long], help: "Print only the ids of the forecast deals, one per line.")
    var quiet = false

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        let (from, to) = (try parseDate(from, option: "--from"), try parseDate(to, option: "--to"))
        let deals = session.deals()
        let forecast = Forecast.build(deals: deals, config: store.config, today: today, from: from, to: to, by: by)
        if quiet {
            for line in forecast.lines { session.output.line(line.deal) }
            return
        }
        let config = store.config
        let table = format.isForPeople
        func stage(_ id: String) -> String { table ? config.stageLabel(id) : id }
        func group(_ g: String) -> String { by == .stage ? stage(g) : g }
        let header =
            table
            ? [
                by.rawValue, "id", "customer", "owner", "stage", "close", "amount", "cur", "prob", "weighted",
                "evidence", ""
            ]
            : [
                "group", "id", "title", "customer", "owner", "stage", "expected_close", "amount", "currency",
                "probability",
                "weighted", "steps_done", "steps_total", "overdue", "won"
            ]
        let rows = forecast.lines.map { l -> [String] in
            let close: String = (l.won ?? l.expectedClose)?.description ?? ""
            let probability: String = l.won == nil ? "\(l.probability)%" : Message.statusWon.text()
            let amount: String = l.amount.map { money($0, forTable: table) } ?? ""
            let head: [String] = [group(l.group), l.deal, l.customer, l.owner ?? "", stage(l.stage), close]
            let tail: [String] = [
                amount, l.currency, probability, money(l.weighted, forTable: table),
                "\(l.stepsDone)/\(l.stepsTotal)", l.overdue ? Message.wordOverdue.text() : ""
            ]
            return table
                ? head + tail
                : [
                    l.group, l.deal, l.title, l.customer, l.owner ?? "", l.stage, l.expectedClose?.description ?? "",
                    l.amount.map(String.init) ?? "", l.currency, String(l.probability), String(l.weighted),
                    String(l.stepsDone), String(l.stepsTotal), String(l.overdue), l.won?.description ?? ""
                ]
        }
        var out = ListView(
            header: header, rows: rows, rightAligned: table ? [6, 8, 9, 10] : [],
            json: { forecast.json }
        ).render(format.value, style: session.style)
        if table {
            let hasWon = forecast.totals.contains { $0.wonDeals > 0 }
            func cells(_ name: String, _ t: Forecast.Total) -> [String] {
                [
                    name, t.currency, String(t.deals), money(t.amount, forTable: table),
                    money(t.weighted, forTable: table)
                ]
                    + (hasWon ? [String(t.wonDeals), money(t.won, forTable: table)] : [])
            }
            let totals =
                forecast.groups.map { cells(group($0.group!), $0) }
                + forecast.totals.map { cells(Message.wordTotal.text(), $0) }
            out +=
                "\n"
                + ListView(
                    header: [by.rawValue, "cur", "deals", "amount", "weighted"] + (hasWon ? ["won", "won amount"] : []),
                    rows: totals, rightAligned: [2, 3, 4, 5, 6]
                ).render(format.value, style: session.style)
        }
        session.output.write(out)
    }
}
