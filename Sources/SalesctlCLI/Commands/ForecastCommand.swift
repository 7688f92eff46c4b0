import ArgumentParser
import SalesKit

extension Forecast.Grouping: ExpressibleByArgument {}
extension LostDeals.Grouping: ExpressibleByArgument {}

struct ForecastCommand: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "forecast",
            help: .forecast)
    }

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
