/// How `forecast` shows its result: for people (table, Markdown) the deals with labels and grouped
/// amounts, then the totals per group and currency; for scripts (CSV, TSV, Excel) the deals with
/// ids and plain numbers; JSON from `Forecast.json`.
public enum ForecastView {
    public static func write(
        _ forecast: Forecast, format: OutputFormat, config: Config, style: TextStyle, to emit: (String) -> Void
    ) {
        let table = format.isForPeople
        deals(forecast, table: table, config: config).write(format, style: style, to: emit)
        if table {
            emit("\n")
            totals(forecast, config: config).write(format, style: style, to: emit)
        }
    }

    public static func render(_ forecast: Forecast, format: OutputFormat, config: Config, style: TextStyle) -> String {
        var text = ""
        write(forecast, format: format, config: config, style: style) { text += $0 }
        return text
    }

    /// A group's name as people read it: a stage's label, else the group as it is.
    private static func group(_ g: String, of forecast: Forecast, config: Config, table: Bool) -> String {
        forecast.grouping == .stage && table ? config.stageLabel(g) : g
    }

    /// The deals, a row each.
    static func deals(_ forecast: Forecast, table: Bool, config: Config) -> ListView {
        func stage(_ id: String) -> String { table ? config.stageLabel(id) : id }
        let header =
            table
            ? [
                forecast.grouping.rawValue, "id", "customer", "owner", "stage", "close", "amount", "cur", "prob",
                "weighted", "evidence", ""
            ]
            : [
                "group", "id", "title", "customer", "owner", "stage", "expected_close", "amount", "currency",
                "probability", "weighted", "steps_done", "steps_total", "overdue", "won"
            ]
        let rows = forecast.lines.map { l -> [String] in
            guard table else {
                return [
                    l.group, l.deal, l.title, l.customer, l.owner ?? "", l.stage, l.expectedClose?.description ?? "",
                    l.amount.map(String.init) ?? "", l.currency, String(l.probability), String(l.weighted),
                    String(l.stepsDone), String(l.stepsTotal), String(l.overdue), l.won?.description ?? ""
                ]
            }
            let close: String = (l.won ?? l.expectedClose)?.description ?? ""
            let probability: String = l.won == nil ? "\(l.probability)%" : Message.statusWon.text()
            let amount: String = l.amount.map { money($0, forTable: table) } ?? ""
            return [
                group(l.group, of: forecast, config: config, table: table), l.deal, l.customer, l.owner ?? "",
                stage(l.stage), close, amount, l.currency, probability, money(l.weighted, forTable: table),
                "\(l.stepsDone)/\(l.stepsTotal)", l.overdue ? Message.wordOverdue.text() : ""
            ]
        }
        return ListView(header: header, rows: rows, rightAligned: table ? [6, 8, 9, 10] : [], json: { forecast.json })
    }

    /// The totals for people: per group and currency, then per currency; won columns when
    /// something was won.
    static func totals(_ forecast: Forecast, config: Config) -> ListView {
        let hasWon = forecast.totals.contains { $0.wonDeals > 0 }
        func cells(_ name: String, _ t: Forecast.Total) -> [String] {
            [name, t.currency, String(t.deals), money(t.amount, forTable: true), money(t.weighted, forTable: true)]
                + (hasWon ? [String(t.wonDeals), money(t.won, forTable: true)] : [])
        }
        let rows =
            forecast.groups.map { cells(group($0.group!, of: forecast, config: config, table: true), $0) }
            + forecast.totals.map { cells(Message.wordTotal.text(), $0) }
        return ListView(
            header: [forecast.grouping.rawValue, "cur", "deals", "amount", "weighted"]
                + (hasWon ? ["won", "won amount"] : []),
            rows: rows, rightAligned: [2, 3, 4, 5, 6])
    }
}
